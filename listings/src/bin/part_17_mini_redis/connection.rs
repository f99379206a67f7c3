//! One client's connection, in its own task: read what has arrived, answer
//! every complete request in it, write the replies, and close politely.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::watch;

use super::log::{shorten, Log};
use super::protocol::{parse_frame, Dialect, ProtocolError, Reply};
use super::store::{Command, Store};

// ANCHOR: connection
/// Room made in the input buffer before each read.
const READ_CHUNK: usize = 8 * 1024;
/// Replies are collected and written once per read; past this size they are
/// written early, so that the output buffer stays bounded too.
const MAX_OUTPUT: usize = 64 * 1024;

/// Serves one client until it leaves (EOF or QUIT), sends a request we cannot
/// parse, or the server shuts down.
pub async fn handle_connection(
    socket: &mut TcpStream,
    store: &Store,
    log: &Log,
    id: u64,
    mut shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    // Both buffers live as long as the connection and are reused for every
    // request: once they have grown to fit, they are never reallocated.
    let mut input = Vec::with_capacity(READ_CHUNK);
    let mut output = Vec::with_capacity(READ_CHUNK);
    let mut dialect = None;
    loop {
        input.reserve(READ_CHUNK);
        let read = tokio::select! {
            // `biased`: once shutdown is signalled, read no new requests.
            biased;
            _ = shutdown.wait_for(|&stop| stop) => None,
            read = socket.read_buf(&mut input) => Some(read?),
        };
        let Some(read) = read else {
            return close(socket).await; // shutdown: no replies owed
        };
        if read == 0 {
            // EOF: the client has finished sending. Its replies were all
            // written after their read, so we are done. (An unfinished
            // request at the end is dropped.)
            return Ok(());
        }

        // Answer every complete request this read brought in, into one
        // output buffer, then write it with one call: a client that sends
        // 16 requests at once (pipelining) gets 16 replies in one packet.
        let mut used = 0;
        let mut closing = false;
        while !closing {
            let frame = match parse_frame(&input[used..]) {
                Ok(Some(frame)) => frame,
                Ok(None) => break, // the rest is an unfinished request
                Err(ProtocolError(reason)) => {
                    let dialect = dialect.unwrap_or(match input[used] {
                        b'*' => Dialect::Resp,
                        _ => Dialect::Line,
                    });
                    let reply = Reply::Error(format!("Protocol error: {reason}"));
                    log.line(|| format!("#{id} -> {}", reply.describe()));
                    reply.write_to(dialect, &mut output);
                    closing = true;
                    break;
                }
            };
            used += frame.len;
            let dialect = *dialect.get_or_insert_with(|| Dialect::of_first(&frame));
            log.line(|| {
                let words: Vec<String> = frame.words.iter().map(|w| shorten(w)).collect();
                format!("#{id} <- {}", words.join(" "))
            });
            let reply = match Command::from_words(&frame.words) {
                Ok(Command::Quit) => {
                    closing = true;
                    Reply::Ok
                }
                Ok(command) => command.execute(store),
                Err(reason) => Reply::Error(reason),
            };
            log.line(|| format!("#{id} -> {}", reply.describe()));
            reply.write_to(dialect, &mut output);
            if output.len() >= MAX_OUTPUT {
                socket.write_all(&output).await?;
                output.clear();
            }
        }
        // Keep the unfinished request (if any) for the next read.
        input.drain(..used);
        socket.write_all(&output).await?;
        output.clear();
        if closing {
            return close(socket).await;
        }
    }
}
// ANCHOR_END: connection

// ANCHOR: close
/// How long `close` waits for the client to stop sending.
const LINGER: Duration = Duration::from_secs(2);

/// Closes our side without losing the replies just written. If a socket is
/// closed while unread requests sit in its receive buffer, Linux answers
/// with a reset (RST) and throws away the replies it has not sent yet. So:
/// send FIN after the replies, then read and discard whatever the client
/// still sends until it closes too (for at most `LINGER`).
async fn close(socket: &mut TcpStream) -> std::io::Result<()> {
    socket.shutdown().await?;
    let mut sink = [0; 4096];
    let drain = async { while let Ok(1..) = socket.read(&mut sink).await {} };
    let _ = tokio::time::timeout(LINGER, drain).await;
    Ok(())
}
// ANCHOR_END: close

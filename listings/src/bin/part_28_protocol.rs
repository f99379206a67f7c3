//! Part 28: a small line protocol, written against `AsyncRead + AsyncWrite`
//! so that its tests can drive it without a socket.
//!
//! Commands, one per line: `PING` (answer `PONG`), `ECHO <text>` (answer the
//! text), `QUIT` (answer `BYE` and stop). Anything else gets `ERR unknown`.
//! A client that sends nothing for 30 s gets `TIMEOUT`, and the handler stops.
use std::time::Duration;
use tokio::io::{
    self, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
};
use tokio::time::timeout;

// ANCHOR: serve
/// How long the handler waits for the next line.
pub const IDLE: Duration = Duration::from_secs(30);

/// Serves one client until `QUIT`, end of input, or 30 s of silence; returns
/// how many commands it answered.
pub async fn serve<S: AsyncRead + AsyncWrite + Unpin>(stream: S) -> io::Result<u32> {
    // A BufReader over the stream reads lines and passes writes through.
    let mut stream = BufReader::new(stream);
    let mut line = String::new();
    let mut answered = 0;
    loop {
        line.clear();
        let Ok(read) = timeout(IDLE, stream.read_line(&mut line)).await else {
            stream.write_all(b"TIMEOUT\n").await?;
            return Ok(answered);
        };
        if read? == 0 {
            return Ok(answered); // the client closed its end
        }
        let reply = match line.trim_end() {
            "PING" => "PONG".to_owned(),
            "QUIT" => "BYE".to_owned(),
            command => match command.strip_prefix("ECHO ") {
                Some(text) => text.to_owned(),
                None => "ERR unknown".to_owned(),
            },
        };
        stream.write_all(format!("{reply}\n").as_bytes()).await?;
        answered += 1;
        if reply == "BYE" {
            return Ok(answered);
        }
    }
}
// ANCHOR_END: serve

// ANCHOR: main
/// The handler on one end of an in-memory pipe, a scripted client on the
/// other: no port, no network.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (mut client, server) = io::duplex(1024);
    let handler = tokio::spawn(serve(server));
    client
        .write_all(b"PING\nECHO hello there\nNOPE\nQUIT\n")
        .await
        .unwrap();
    let mut replies = String::new();
    client.read_to_string(&mut replies).await.unwrap();
    print!("{replies}");
    println!("answered {}", handler.await.unwrap().unwrap());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_28_protocol.rs"]
mod tests;

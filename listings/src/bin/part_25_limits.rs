//! Part 25: limits. A codec with a maximum frame length turns a frame that
//! is too long into an error instead of a buffer that grows without end.
//! What the error looks like for `LinesCodec` and `LengthDelimitedCodec`,
//! what the stream does after it, and a line server (`Framed`, reading and
//! writing) that answers the error and hangs up.
//!
//! Run it: cargo run -p listings --bin part_25_limits

use std::fmt::{Debug, Display};

use futures::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWriteExt, DuplexStream};
use tokio_util::codec::{Decoder, Framed, FramedRead, LengthDelimitedCodec, LinesCodec};

// ANCHOR: items
/// What a `FramedRead` yields from `input`, up to and with its first `None`,
/// then what one more `next()` gives after that `None`.
async fn items<R, C>(input: R, codec: C) -> (Vec<String>, String)
where
    R: AsyncRead + Unpin,
    C: Decoder,
    C::Item: Debug,
    C::Error: Display,
{
    let mut frames = FramedRead::new(input, codec);
    let mut seen = Vec::new();
    loop {
        let item = frames.next().await;
        let end = item.is_none();
        seen.push(describe(item));
        if end {
            break;
        }
    }
    let again = describe(frames.next().await);
    (seen, again)
}

/// `Ok(frame)` in Debug form, an error by its message, or `None`.
fn describe<T: Debug, E: Display>(item: Option<Result<T, E>>) -> String {
    match item {
        Some(Ok(frame)) => format!("Ok({frame:?})"),
        Some(Err(error)) => format!("Err: {error}"),
        None => "None".to_owned(),
    }
}
// ANCHOR_END: items

// ANCHOR: inputs
/// A short line, a 40-byte one, another short one; the limit is 16.
const LINES: &[u8] = b"short\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nafter\n";

/// A 5-byte frame, then a header that announces 1 000 000 bytes; the limit
/// is 1024.
const LENGTHS: &[u8] = b"\0\0\0\x05hello\0\x0f\x42\x40";
// ANCHOR_END: inputs

// ANCHOR: server
/// A line server: answers each line with "ok <line>". A line over the limit
/// gets the error as its answer, and the server hangs up: a policy, not a
/// necessity (LinesCodec could go on), since the peer broke the protocol.
async fn line_server(stream: DuplexStream) {
    let mut framed = Framed::new(stream, LinesCodec::new_with_max_length(16));
    while let Some(line) = framed.next().await {
        let (answer, go_on) = match line {
            Ok(line) => (format!("ok {line}"), true),
            Err(error) => (format!("error: {error}"), false),
        };
        if framed.send(answer).await.is_err() || !go_on {
            break;
        }
    }
}

/// Sends `LINES` to `line_server` in one write and collects its answers
/// until it hangs up.
async fn talk_to_line_server() -> Vec<String> {
    let (mut client, server) = tokio::io::duplex(1024);
    let server = tokio::spawn(line_server(server));
    client.write_all(LINES).await.expect("the server is there");
    let mut answers = Vec::new();
    let mut replies = FramedRead::new(client, LinesCodec::new());
    while let Some(Ok(answer)) = replies.next().await {
        answers.push(answer);
    }
    server.await.expect("the server did not panic");
    answers
}
// ANCHOR_END: server

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (seen, again) = items(LINES, LinesCodec::new_with_max_length(16)).await;
    println!("LinesCodec, max 16:             {}", seen.join(", "));
    println!("                       next() again: {again}");

    let codec = LengthDelimitedCodec::builder()
        .max_frame_length(1024)
        .new_codec();
    let (seen, again) = items(LENGTHS, codec).await;
    println!("LengthDelimitedCodec, max 1024: {}", seen.join(", "));
    println!("                       next() again: {again}");

    println!("line server answers: {:?}", talk_to_line_server().await);
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_limits.rs"]
mod tests;

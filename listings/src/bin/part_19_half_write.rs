//! Part 19: what the other end sees when a timeout cuts a write halfway. The
//! connection is an in-memory pipe (`tokio::io::duplex`) with a 64-byte
//! buffer, and the peer reads slowly, so a 1004-byte frame cannot go out in
//! time: the peer gets a prefix of it.
//!
//! Run it: cargo run -p listings --bin part_19_half_write
//! (It runs on tokio's paused clock, so the byte counts and times print the
//! same on every run.)

use std::time::Duration;
use tokio::io::{duplex, AsyncReadExt, AsyncWriteExt, DuplexStream};
use tokio::time::{sleep, timeout, Instant};

// ANCHOR: frames
/// How many bytes the pipe holds before a write has to wait.
const PIPE: usize = 64;
/// The peer reads this many bytes every 100 ms.
const CHUNK: usize = 16;

/// A frame: the body's length (4 bytes, big-endian), then the body.
fn frame(body: &[u8]) -> Vec<u8> {
    let mut bytes = (body.len() as u32).to_be_bytes().to_vec();
    bytes.extend_from_slice(body);
    bytes
}

/// Reads frames back out of what the peer received.
fn frames(mut bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    while bytes.len() >= 4 {
        let length = u32::from_be_bytes(bytes[..4].try_into().unwrap()) as usize;
        let body = &bytes[4..];
        if body.len() < length {
            let tail = String::from_utf8_lossy(&body[body.len().saturating_sub(9)..]);
            found.push(format!(
                "a frame of {length} bytes, cut after {}; it ends {tail:?}",
                body.len()
            ));
            return found;
        }
        found.push(format!("a whole frame of {length} bytes"));
        bytes = &body[length..];
    }
    found
}
// ANCHOR_END: frames

// ANCHOR: peer
/// The other end: reads `CHUNK` bytes every 100 ms until the stream ends.
async fn slow_peer(mut stream: DuplexStream) -> Vec<u8> {
    let mut received = Vec::new();
    let mut chunk = [0; CHUNK];
    loop {
        sleep(Duration::from_millis(100)).await;
        match stream.read(&mut chunk).await {
            Ok(0) | Err(_) => return received, // the writer closed its end
            Ok(n) => received.extend_from_slice(&chunk[..n]),
        }
    }
}
// ANCHOR_END: peer

// ANCHOR: writer
/// What the writer does once its write has timed out.
#[derive(Clone, Copy, Debug)]
enum Then {
    /// Drops the connection: the right move.
    Close,
    /// Sends its next frame on the same connection: the mistake.
    SendNext,
}

/// Writes one 1000-byte frame with a 250 ms limit, then does `then`.
/// Returns what the peer received.
async fn send(then: Then, start: Instant) -> Vec<u8> {
    let (mut ours, theirs) = duplex(PIPE);
    let peer = tokio::spawn(slow_peer(theirs));

    let big = frame(&[b'a'; 1000]);
    let outcome = timeout(Duration::from_millis(250), ours.write_all(&big)).await;
    let elapsed = start.elapsed().as_secs_f64();
    println!(
        "{elapsed:.2}s  write_all of {} bytes: {outcome:?}",
        big.len()
    );

    if let Then::SendNext = then {
        ours.write_all(&frame(b"hello"))
            .await
            .expect("the peer is reading");
    }
    drop(ours); // closes our end: the peer's read answers 0 once it is empty
    peer.await.expect("the peer does not panic")
}
// ANCHOR_END: writer

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for then in [Then::Close, Then::SendNext] {
        let start = Instant::now();
        println!("{then:?}:");
        let received = send(then, start).await;
        let at = start.elapsed().as_secs_f64();
        println!(
            "{at:.2}s  the peer got {} bytes, then the end of the stream",
            received.len()
        );
        for found in frames(&received) {
            println!("       the peer reads {found}");
        }
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_19_half_write.rs"]
mod tests;

//! Part 25: frames that arrive in pieces. A peer writes lines, then
//! length-prefixed frames, a few bytes at a time over an in-memory pipe
//! (`tokio::io::duplex`), and a `FramedRead` turns the bytes back into
//! frames: it keeps what it has read in its buffer and hands out a frame only
//! once the whole of it is there. On tokio's paused clock, so the times are
//! exact.
//!
//! Run it: cargo run -p listings --bin part_25_frames

use std::fmt::Debug;
use std::time::Duration;

use bytes::Bytes;
use futures::{SinkExt, StreamExt};
use listings::timeline::Timeline;
use tokio::io::{AsyncWriteExt, DuplexStream};
use tokio::time::sleep;
use tokio_util::codec::{Decoder, FramedRead, FramedWrite, LengthDelimitedCodec, LinesCodec};

// ANCHOR: peer
/// Writes `pieces` to `pipe`, one every 100 ms, then closes it (EOF).
async fn slow_peer(mut pipe: DuplexStream, pieces: &[&[u8]], timeline: &Timeline) {
    for (i, piece) in pieces.iter().enumerate() {
        if i > 0 {
            sleep(Duration::from_millis(100)).await;
        }
        pipe.write_all(piece).await.expect("the reader is there");
        timeline.mark("peer writes");
        println!(
            "{:.1}s  peer writes {:?}",
            secs(timeline),
            Bytes::copy_from_slice(piece)
        );
    }
}
// ANCHOR_END: peer

// ANCHOR: reader
/// Reads frames with `codec` while `slow_peer` writes `pieces`, printing
/// each frame and how many bytes of the next one wait in the buffer.
/// Returns each frame with the time it came out, in ms.
async fn read_frames<C>(codec: C, pieces: &[&[u8]]) -> Vec<(u64, C::Item)>
where
    C: Decoder,
    C::Item: Debug + Clone,
    C::Error: Debug,
{
    let timeline = Timeline::new(Duration::from_millis(100));
    let (writer, reader) = tokio::io::duplex(64);
    let mut frames = FramedRead::new(reader, codec);
    let read = async {
        let mut got = Vec::new();
        while let Some(frame) = frames.next().await {
            let frame = frame.expect("a well-formed frame");
            timeline.mark("frame out");
            let waiting = frames.read_buffer().len();
            println!(
                "{:.1}s    frame {frame:?} ({waiting} bytes wait in the buffer)",
                secs(&timeline)
            );
            got.push((timeline.elapsed().as_millis() as u64, frame));
        }
        got
    };
    let ((), got) = tokio::join!(slow_peer(writer, pieces, &timeline), read);
    print!("{timeline}");
    got
}
// ANCHOR_END: reader

fn secs(timeline: &Timeline) -> f64 {
    timeline.elapsed().as_secs_f64()
}

// ANCHOR: pieces
/// Three lines, cut where the peer's writes happen to end.
const LINE_PIECES: &[&[u8]] = &[b"GET a", b"pple\nGET ", b"banana\nGET cherry\n"];

/// Two frames, each a 4-byte big-endian length and then that many bytes:
/// the first header is itself cut in two.
const LENGTH_PIECES: &[&[u8]] = &[b"\0\0", b"\0\x05hel", b"lo\0\0\0\x02hi"];
// ANCHOR_END: pieces

// ANCHOR: encode
/// What `LengthDelimitedCodec` writes for one frame: its length, then it.
async fn encoded(frame: &'static [u8]) -> Vec<u8> {
    let mut out = FramedWrite::new(Vec::new(), LengthDelimitedCodec::new());
    out.send(Bytes::from_static(frame))
        .await
        .expect("a Vec takes anything");
    out.into_inner()
}
// ANCHOR_END: encode

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("LinesCodec:");
    read_frames(LinesCodec::new_with_max_length(1024), LINE_PIECES).await;
    println!("\nLengthDelimitedCodec:");
    read_frames(LengthDelimitedCodec::new(), LENGTH_PIECES).await;
    let wire = Bytes::from(encoded(b"hello").await);
    println!("\nLengthDelimitedCodec writes b\"hello\" as {wire:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_frames.rs"]
mod tests;

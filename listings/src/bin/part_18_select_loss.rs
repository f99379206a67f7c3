//! Part 18: `select!` drops the branches that lose. A `read_line` that has
//! read half a line when a tick wins loses that half, and the next line comes
//! out cut. Two fixes: a cancel-safe API (`Lines::next_line` keeps the half
//! line in its own buffer), or one read future kept across the loop's turns.
//!
//! The peer is scripted over `tokio::io::duplex` on the paused clock, so the
//! half line is always in flight when the tick comes, on every run.
//!
//! Run it: cargo run -p listings --bin part_18_select_loss

use std::io;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::time::{interval_at, Instant, Interval};

/// The reading side of the connection, buffered.
type Reader = BufReader<DuplexStream>;

// ANCHOR: peer
/// What the peer writes, and when (ms after the start). "bravo" comes in two
/// pieces, 150 ms apart: a slow network, or a big message.
const SCRIPT: [(u64, &str); 4] = [
    (0, "alpha\n"),
    (100, "bra"),
    (250, "vo\n"),
    (300, "charlie\n"),
];

/// Plays the script into one end of an in-memory pipe, then hangs up.
async fn peer(mut pipe: DuplexStream, start: Instant) {
    for (at, piece) in SCRIPT {
        tokio::time::sleep_until(start + Duration::from_millis(at)).await;
        pipe.write_all(piece.as_bytes())
            .await
            .expect("the reader is there");
    }
}
// ANCHOR_END: peer

/// A tick every 200 ms, the first at 0.20s: the other branch of the loop.
fn ticker(start: Instant) -> Interval {
    let every = Duration::from_millis(200);
    interval_at(start + every, every)
}

fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

// ANCHOR: lossy
/// Not cancel safe: when the tick wins, the `read_line` future is dropped
/// with the bytes it has taken from the reader.
async fn lossy(mut reader: Reader, start: Instant) -> io::Result<Vec<String>> {
    let mut lines = Vec::new();
    let mut ticks = ticker(start);
    loop {
        let mut line = String::new();
        tokio::select! {
            read = reader.read_line(&mut line) => {
                if read? == 0 {
                    return Ok(lines); // the peer hung up
                }
                println!("{}  line {:?}", at(start), line.trim_end());
                lines.push(line.trim_end().to_owned());
            }
            _ = ticks.tick() => println!("{}  tick", at(start)),
        }
    }
}
// ANCHOR_END: lossy

// ANCHOR: next_line
/// Fix 1, a cancel-safe API: `Lines` keeps a half line in its own buffer,
/// so a `next_line` future dropped by a tick loses nothing.
async fn with_next_line(reader: Reader, start: Instant) -> io::Result<Vec<String>> {
    let mut received = Vec::new();
    let mut lines = reader.lines();
    let mut ticks = ticker(start);
    loop {
        tokio::select! {
            line = lines.next_line() => {
                let Some(line) = line? else { return Ok(received) };
                println!("{}  line {line:?}", at(start));
                received.push(line);
            }
            _ = ticks.tick() => println!("{}  tick", at(start)),
        }
    }
}
// ANCHOR_END: next_line

// ANCHOR: kept
/// Reads one line and hands the reader back, so that the future owns
/// everything it needs and can outlive one turn of the loop.
async fn read_one(mut reader: Reader) -> (Reader, io::Result<String>) {
    let mut line = String::new();
    let read = reader.read_line(&mut line).await;
    (reader, read.map(|_| line))
}

/// Fix 2, keep the in-flight future: the same `read_one` future is polled
/// on every turn, and a new one is made only once it has finished.
async fn with_kept_future(reader: Reader, start: Instant) -> io::Result<Vec<String>> {
    let mut lines = Vec::new();
    let mut ticks = ticker(start);
    let mut reading = std::pin::pin!(read_one(reader));
    loop {
        tokio::select! {
            (reader, read) = &mut reading => {
                let line = read?;
                if line.is_empty() {
                    return Ok(lines); // the peer hung up
                }
                println!("{}  line {:?}", at(start), line.trim_end());
                lines.push(line.trim_end().to_owned());
                reading.set(read_one(reader)); // the next line's future
            }
            _ = ticks.tick() => println!("{}  tick", at(start)),
        }
    }
}
// ANCHOR_END: kept

/// Which loop reads the lines.
#[derive(Clone, Copy, Debug)]
enum Loop {
    Lossy,
    NextLine,
    KeptFuture,
}

/// Runs the scripted peer against one loop, and returns the lines it got.
async fn run(which: Loop) -> io::Result<Vec<String>> {
    let start = Instant::now();
    let (ours, theirs) = tokio::io::duplex(64);
    let peer = tokio::spawn(peer(theirs, start));
    let reader = BufReader::new(ours);
    let lines = match which {
        Loop::Lossy => lossy(reader, start).await?,
        Loop::NextLine => with_next_line(reader, start).await?,
        Loop::KeptFuture => with_kept_future(reader, start).await?,
    };
    peer.await.expect("the peer does not panic");
    Ok(lines)
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() -> io::Result<()> {
    for (which, title) in [
        (Loop::Lossy, "read_line in select! (not cancel safe)"),
        (Loop::NextLine, "fix 1: Lines::next_line (cancel safe)"),
        (
            Loop::KeptFuture,
            "fix 2: one read_line future kept across turns",
        ),
    ] {
        println!("-- {title}:");
        let lines = run(which).await?;
        println!("   got {lines:?}");
    }
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_18_select_loss.rs"]
mod tests;

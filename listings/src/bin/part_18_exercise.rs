//! Part 18 exercise, solved: a sensor sends 4-byte readings, and a `select!`
//! loop reads them between heartbeat ticks. `read_u32` is not cancel safe:
//! dropped by a tick with half a reading read, it loses those bytes and every
//! later reading comes out shifted. The fix keeps one read future across the
//! loop's turns, so a tick only pauses it.
//!
//! Run it: cargo run -p listings --bin part_18_exercise

use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt, DuplexStream};
use tokio::time::{interval_at, sleep_until, Instant, Interval};

// ANCHOR: helpers
/// The sensor sends 1000, 2000 and 3000 as 4-byte big-endian numbers. The
/// network splits them: 6 bytes at 0.00s, the other 6 at 0.25s.
async fn sensor(mut pipe: DuplexStream, start: Instant) {
    let bytes: Vec<u8> = [1000u32, 2000, 3000]
        .iter()
        .flat_map(|reading| reading.to_be_bytes())
        .collect();
    for (at, piece) in [(0, &bytes[..6]), (250, &bytes[6..])] {
        sleep_until(start + Duration::from_millis(at)).await;
        pipe.write_all(piece).await.expect("the reader is there");
    }
}

/// A heartbeat every 200 ms, the first at 0.20s.
fn heartbeat(start: Instant) -> Interval {
    let every = Duration::from_millis(200);
    interval_at(start + every, every)
}
// ANCHOR_END: helpers

// ANCHOR: solution
/// Reads one reading and hands the pipe back, so the future owns its pipe.
async fn read_one(mut pipe: DuplexStream) -> (DuplexStream, std::io::Result<u32>) {
    let reading = pipe.read_u32().await;
    (pipe, reading)
}

/// Reads every reading until the sensor hangs up, saying "tick" on each
/// heartbeat, and loses nothing: the tick only pauses the read in flight.
async fn collect(pipe: DuplexStream, start: Instant) -> Vec<u32> {
    let mut readings = Vec::new();
    let mut ticks = heartbeat(start);
    let mut reading = std::pin::pin!(read_one(pipe));
    loop {
        tokio::select! {
            (pipe, read) = &mut reading => match read {
                Ok(value) => {
                    readings.push(value);
                    reading.set(read_one(pipe)); // the next reading's future
                }
                Err(_) => return readings, // the sensor hung up
            },
            _ = ticks.tick() => println!("tick"),
        }
    }
}
// ANCHOR_END: solution

// ANCHOR: main
// The paused clock replays the same timeline on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let (ours, theirs) = tokio::io::duplex(64); // a pipe that buffers 64 bytes
    tokio::spawn(sensor(theirs, start));
    let readings = collect(ours, start).await;
    println!("got {readings:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_18_exercise.rs"]
mod tests;

//! Part 11 exercise, solved: wait for every delay at once, keeping the
//! results in the order of the delays.
//!
//! Run it: cargo run -p listings --bin part_11_exercise

use std::time::Duration;

use futures::future::join_all;
use tokio::time::{sleep, Instant};

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: solution
/// Waits `units` for each delay, all at the same time, and returns ten times
/// each delay, in the order of `delays`.
async fn wait_all(delays: &[u32]) -> Vec<u32> {
    let waits = delays.iter().map(|&units| async move {
        sleep(UNIT * units).await;
        units * 10
    });
    join_all(waits).await
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let started = Instant::now();
    let results = wait_all(&[2, 3, 1]).await;
    // One after another takes the sum, 6 units; at once, the longest, 3.
    let overlapped = started.elapsed() < UNIT * 6;
    println!("{results:?}, overlapped: {overlapped}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_11_exercise.rs"]
mod tests;

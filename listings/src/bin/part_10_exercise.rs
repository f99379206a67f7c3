//! Part 10 exercise, solved: tickers that stop when asked, finishing cleanly
//! and reporting their count, instead of being aborted.
//!
//! Run it: cargo run -p listings --bin part_10_exercise

use std::time::Duration;

use tokio::sync::watch;
use tokio::time::{interval_at, sleep, timeout, Instant};

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: solution
/// Ticks every `every` until `stop` changes; returns how many times it ticked.
async fn ticker(every: Duration, mut stop: watch::Receiver<bool>) -> u32 {
    let mut ticks = interval_at(Instant::now() + every, every);
    let mut count = 0;
    loop {
        tokio::select! {
            _ = ticks.tick() => count += 1,
            // A change, or the sender gone: either way, time to stop.
            _ = stop.changed() => return count,
        }
    }
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (stop, stop_requested) = watch::channel(false);
    let tasks: Vec<_> = [1, 2, 3]
        .map(|units| tokio::spawn(ticker(UNIT * units, stop_requested.clone())))
        .into();
    sleep(UNIT * 13 / 2).await; // six and a half units
    stop.send_replace(true);
    for task in tasks {
        // Give each ticker one unit to finish; one that ignores the request
        // is dropped with the runtime when main returns.
        match timeout(UNIT, task).await {
            Ok(Ok(count)) => println!("stopped after {count} ticks"),
            Ok(Err(error)) => println!("panicked: {error}"),
            Err(_) => println!("did not stop when asked"),
        }
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_10_exercise.rs"]
mod tests;

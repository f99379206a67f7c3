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
    // Whole units, rounded: the real clock is a few milliseconds late.
    let units = (started.elapsed().as_secs_f64() / UNIT.as_secs_f64()).round();
    println!("{results:?} after about {units} units (longest 3, sum 6)");
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn takes_the_longest_delay_and_keeps_the_order() {
        let started = Instant::now();
        assert_eq!(wait_all(&[2, 3, 1]).await, [20, 30, 10]);
        assert_eq!(started.elapsed(), UNIT * 3);
    }

    #[tokio::test(start_paused = true)]
    async fn no_delays_no_wait() {
        assert!(wait_all(&[]).await.is_empty());
    }
}

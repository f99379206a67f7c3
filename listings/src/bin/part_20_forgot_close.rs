//! Part 20 pitfall: `TaskTracker::wait` returns only when the tracker is
//! empty *and* closed. Forget `close`, and it waits forever, even with no
//! task left.
//!
//! Run it: cargo run -p listings --bin part_20_forgot_close

// ANCHOR: main
use std::time::Duration;
use tokio::time::{sleep, timeout, Instant};
use tokio_util::task::TaskTracker;

// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let tracker = TaskTracker::new();
    tracker.spawn(sleep(Duration::from_millis(100)));
    // Forgot `tracker.close()`: `wait` cannot know that no task will come.
    if timeout(Duration::from_secs(10), tracker.wait())
        .await
        .is_err()
    {
        println!(
            "{:.2}s  still waiting, with {} tasks; closed: {}",
            start.elapsed().as_secs_f64(),
            tracker.len(),
            tracker.is_closed()
        );
    }
    tracker.close();
    tracker.wait().await; // empty and closed: returns at once
    println!(
        "{:.2}s  closed: wait returns",
        start.elapsed().as_secs_f64()
    );
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_20_forgot_close.rs"]
mod tests;

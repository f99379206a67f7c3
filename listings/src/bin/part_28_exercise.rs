//! Part 28's exercise, solved: test a retry loop's back-off on the paused
//! clock, exactly and at once.
use std::time::Duration;
use tokio::time::{sleep, Instant};

// ANCHOR: retry
/// Calls `attempt` until it succeeds, waiting 100 ms, 200 ms, 400 ms, ...
/// between tries; returns when each try started, counted from the first.
async fn retry(mut attempt: impl FnMut(u32) -> bool) -> Vec<Duration> {
    let start = Instant::now();
    let mut started = Vec::new();
    let mut wait = Duration::from_millis(100);
    for n in 1.. {
        started.push(start.elapsed());
        if attempt(n) {
            break;
        }
        sleep(wait).await;
        wait *= 2;
    }
    started
}
// ANCHOR_END: retry

// ANCHOR: solution
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let real = std::time::Instant::now();
    let started = retry(|n| n == 4).await; // fails three times
    let expected: Vec<Duration> = [0, 100, 300, 700].map(Duration::from_millis).to_vec();
    assert_eq!(started, expected, "exact on the paused clock");
    assert!(
        real.elapsed() < Duration::from_millis(100),
        "and no real waiting"
    );
    println!("tries started at {started:?}");
}
// ANCHOR_END: solution

#[cfg(test)]
#[path = "../../tests/units/part_28_exercise.rs"]
mod tests;

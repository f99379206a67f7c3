//! Part 03 exercise, solved: retry a fallible async operation. A future runs
//! once, so each attempt needs a new future: `retry` takes a closure that
//! makes one.
//!
//! Run it: cargo run -p listings --bin part_03_exercise

use std::future::Future;
use std::time::Duration;

/// The pause between two attempts: one unit.
const PAUSE: Duration = Duration::from_millis(100);

// ANCHOR: solution
/// Runs `operation` until it succeeds, at most `attempts` times (at least
/// once), pausing one unit between attempts. Returns the first `Ok`, or the
/// last `Err`.
async fn retry<T, E, F, Fut>(attempts: u32, mut operation: F) -> Result<T, E>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, E>>,
{
    let mut tried = 0;
    loop {
        tried += 1;
        // A new future for every attempt: a finished one cannot run again.
        match operation().await {
            Ok(value) => return Ok(value),
            Err(error) if tried >= attempts => return Err(error),
            Err(_) => tokio::time::sleep(PAUSE).await,
        }
    }
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let calls = std::cell::Cell::new(0);
    let calls = &calls;
    // Fails twice, then answers.
    let flaky = move || async move {
        calls.set(calls.get() + 1);
        println!("  attempt {}", calls.get());
        if calls.get() < 3 {
            Err(format!("attempt {} failed", calls.get()))
        } else {
            Ok(42)
        }
    };
    println!("up to 5 attempts: {:?}", retry(5, flaky).await);

    calls.set(0);
    println!("up to 2 attempts: {:?}", retry(2, flaky).await);
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_03_exercise.rs"]
mod tests;

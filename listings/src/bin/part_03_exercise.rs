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
mod tests {
    use super::*;
    use std::cell::Cell;
    use tokio::time::Instant;

    /// An operation that fails `failures` times, then succeeds; it counts its
    /// calls in `calls` and names the attempt in its error.
    fn failing(
        failures: u32,
        calls: &Cell<u32>,
    ) -> impl FnMut() -> std::future::Ready<Result<u32, u32>> + '_ {
        move || {
            calls.set(calls.get() + 1);
            std::future::ready(if calls.get() <= failures {
                Err(calls.get())
            } else {
                Ok(calls.get())
            })
        }
    }

    #[tokio::test(start_paused = true)]
    async fn retries_until_success_pausing_between_attempts() {
        let calls = Cell::new(0);
        let started = Instant::now();
        assert_eq!(retry(5, failing(2, &calls)).await, Ok(3));
        assert_eq!(calls.get(), 3);
        assert_eq!(started.elapsed(), 2 * PAUSE);
    }

    #[tokio::test(start_paused = true)]
    async fn gives_up_with_the_last_error() {
        let calls = Cell::new(0);
        let started = Instant::now();
        assert_eq!(retry(4, failing(u32::MAX, &calls)).await, Err(4));
        assert_eq!(calls.get(), 4);
        assert_eq!(started.elapsed(), 3 * PAUSE);
    }

    #[tokio::test(start_paused = true)]
    async fn a_first_success_is_not_delayed() {
        let calls = Cell::new(0);
        let started = Instant::now();
        assert_eq!(retry(3, failing(0, &calls)).await, Ok(1));
        assert_eq!(calls.get(), 1);
        assert_eq!(started.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn zero_attempts_still_tries_once() {
        let calls = Cell::new(0);
        assert_eq!(retry(0, failing(5, &calls)).await, Err(1));
        assert_eq!(calls.get(), 1);
    }
}

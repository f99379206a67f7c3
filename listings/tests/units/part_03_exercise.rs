//! The tests of `listings/src/bin/part_03_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

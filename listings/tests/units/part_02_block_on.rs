//! The tests of `listings/src/bin/part_02_block_on.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::sync::atomic::{AtomicU32, Ordering};

/// Counts the polls of a future, without printing.
async fn count_polls<F: Future + Unpin>(mut future: F, polls: &AtomicU32) -> F::Output {
    std::future::poll_fn(|cx| {
        polls.fetch_add(1, Ordering::SeqCst);
        Pin::new(&mut future).poll(cx)
    })
    .await
}

#[test]
fn a_ready_future_is_polled_once() {
    let polls = AtomicU32::new(0);
    assert_eq!(block_on(count_polls(std::future::ready(7), &polls)), 7);
    assert_eq!(polls.load(Ordering::SeqCst), 1);
}

#[test]
fn a_delay_is_polled_twice_and_waits_its_time() {
    let polls = AtomicU32::new(0);
    let started = std::time::Instant::now();
    block_on(count_polls(Delay::new(Duration::from_millis(30)), &polls));
    assert!(started.elapsed() >= Duration::from_millis(30));
    assert_eq!(polls.load(Ordering::SeqCst), 2);
}

#[test]
fn block_on_returns_the_output() {
    assert_eq!(block_on(start_wait_end()), 42);
}

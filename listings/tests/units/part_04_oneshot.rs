//! The tests of `listings/src/bin/part_04_oneshot.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn a_value_sent_first_is_awaited_at_once() {
    let started = Instant::now();
    assert_eq!(set_then_await().await, "the answer");
    assert_eq!(started.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn the_receiver_waits_until_the_other_task_sends() {
    let started = Instant::now();
    assert_eq!(set_by_another_task().await, Ok(42));
    assert_eq!(started.elapsed(), UNIT);
}

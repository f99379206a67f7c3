//! The tests of `listings/src/bin/part_06_forgot_waker.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn as_a_task_it_never_finishes() {
    let started = Instant::now();
    assert_eq!(run_as_task().await, (false, 1), "one poll, then silence");
    assert_eq!(started.elapsed(), PATIENCE, "the timeout gave up, on time");
}

#[tokio::test(start_paused = true)]
async fn inside_a_timeout_it_finishes_late_on_the_timers_wake() {
    let started = Instant::now();
    assert_eq!(run_inside_timeout().await, (Some(1), 2));
    // It could have been ready at once; it waited for the whole timeout.
    assert_eq!(started.elapsed(), PATIENCE);
}

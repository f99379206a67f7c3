//! The tests of `listings/src/bin/part_06_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn measures_from_the_first_poll_not_from_creation() {
    let measured = timed(work());
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(measured.await, ("done", Duration::from_millis(200)));
}

#[tokio::test(start_paused = true)]
async fn a_ready_future_takes_no_time() {
    assert_eq!(timed(async { 7 }).await, (7, Duration::ZERO));
}

#[tokio::test(start_paused = true)]
async fn works_for_futures_that_are_not_unpin() {
    // An async block holding a borrow across an await is not Unpin; the
    // Box is what lets Timed poll it.
    let measured = timed(async {
        let numbers = [1, 2, 3];
        let first = &numbers[0];
        tokio::time::sleep(Duration::from_millis(100)).await;
        *first
    });
    assert_eq!(measured.await, (1, Duration::from_millis(100)));
}

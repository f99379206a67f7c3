//! The tests of `listings/src/bin/part_02_run_until_complete.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// Under tokio's paused clock, time moves only when every task waits, so
// the one-unit sleep is measured exactly.
#[tokio::test(start_paused = true)]
async fn takes_exactly_one_unit_of_time() {
    let started = tokio::time::Instant::now();
    assert_eq!(start_and_end().await, "done");
    assert_eq!(started.elapsed(), Duration::from_millis(100));
}

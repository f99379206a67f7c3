//! The tests of `listings/src/bin/part_00_ten_thousand_waits.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// The paused clock moves only when every task waits: ten thousand
// concurrent sleeps take one sleep's time, not ten thousand.
#[tokio::test(start_paused = true)]
async fn all_the_waits_overlap() {
    let started = tokio::time::Instant::now();
    assert_eq!(run_all().await, TASKS * (TASKS - 1) / 2);
    assert_eq!(started.elapsed(), Duration::from_millis(100));
}

//! The tests of `listings/src/bin/part_21_bounded.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn never_more_than_two_jobs_run_and_each_starts_when_a_permit_frees() {
    let start = Instant::now();
    let timeline = bounded().await;
    assert_eq!(timeline.max_concurrent(), AT_ONCE);
    // Job 5 (3 units) gets the permit job 4 frees at 4 units: done at 7.
    assert_eq!(start.elapsed(), UNIT * 7);
    let starts: Vec<_> = timeline.rows().iter().map(|row| row.start).collect();
    let units = |n: u32| Some(UNIT * n);
    assert_eq!(
        starts,
        [units(0), units(0), units(1), units(3), units(3), units(4)]
    );
}

#[tokio::test(start_paused = true)]
async fn a_permit_bound_to_underscore_bounds_nothing() {
    let start = Instant::now();
    let timeline = permit_dropped_at_once().await;
    assert_eq!(timeline.max_concurrent(), JOBS.len());
    assert_eq!(start.elapsed(), UNIT * 3); // the longest job alone
}

//! The tests of `listings/src/bin/part_05_detached.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn a_detached_task_runs_to_its_end() {
    let started = Instant::now();
    assert_eq!(drop_the_handle().await, Ok("finished"));
    assert_eq!(started.elapsed(), UNIT);
}

#[tokio::test(start_paused = true)]
async fn a_dropped_join_set_aborts_its_task_at_once() {
    let started = Instant::now();
    assert!(drop_the_set().await.is_err());
    assert_eq!(started.elapsed(), Duration::ZERO);
}

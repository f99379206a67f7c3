//! The tests of `listings/src/bin/part_11_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn takes_the_longest_job_and_keeps_the_order() {
    let started = Instant::now();
    assert_eq!(run_jobs(&[(2, 1), (1, 3), (3, 0)]).await, [3, 4, 3]);
    assert_eq!(started.elapsed(), UNIT * 4);
}

// A job's steps do not overlap: one job of 1 + 1 units takes 2.
#[tokio::test(start_paused = true)]
async fn the_steps_of_a_job_stay_in_order() {
    let started = Instant::now();
    assert_eq!(run_jobs(&[(1, 1)]).await, [2]);
    assert_eq!(started.elapsed(), UNIT * 2);
}

#[tokio::test(start_paused = true)]
async fn no_jobs_no_wait() {
    let started = Instant::now();
    assert!(run_jobs(&[]).await.is_empty());
    assert_eq!(started.elapsed(), Duration::ZERO);
}

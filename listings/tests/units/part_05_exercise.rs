//! The tests of `listings/src/bin/part_05_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn a_task_within_the_deadline_gives_its_output_when_it_ends() {
    let (done, _) = oneshot::channel();
    let started = Instant::now();
    let result = finish_within(tokio::spawn(work(1, done)), 3 * UNIT).await;
    assert_eq!(result.unwrap(), 1);
    assert_eq!(started.elapsed(), UNIT);
}

#[tokio::test(start_paused = true)]
async fn a_late_task_is_cancelled_at_the_deadline_and_never_finishes() {
    let (done, slow_done) = oneshot::channel();
    let started = Instant::now();
    let result = finish_within(tokio::spawn(work(5, done)), 2 * UNIT).await;
    assert!(result.unwrap_err().is_cancelled());
    assert_eq!(started.elapsed(), 2 * UNIT);
    // The task is gone: its sender was dropped, not used.
    assert!(slow_done.await.is_err());
    assert_eq!(started.elapsed(), 2 * UNIT);
}

#[tokio::test(start_paused = true)]
async fn a_panicking_task_reports_its_panic() {
    let task = tokio::spawn(async { panic!("on purpose") });
    let error = finish_within::<u32>(task, UNIT).await.unwrap_err();
    assert!(error.is_panic());
}

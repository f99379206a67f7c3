//! The tests of `listings/src/bin/part_05_tasks.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn awaiting_the_handle_waits_for_the_task() {
    let started = Instant::now();
    assert_eq!(spawn_then_await().await.unwrap(), "rested");
    assert_eq!(started.elapsed(), UNIT);
}

#[tokio::test(start_paused = true)]
async fn a_task_finishes_without_its_handle_being_awaited() {
    let handle = tokio::spawn(nap());
    tokio::time::sleep(2 * UNIT).await; // the paused clock makes this exact
    assert!(handle.is_finished());
    let started = Instant::now();
    assert_eq!(handle.await.unwrap(), "rested");
    assert_eq!(started.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn the_unawaited_demo_takes_one_unit_and_finishes_the_task() {
    let started = Instant::now();
    assert_eq!(runs_unawaited().await.unwrap(), "rested");
    assert_eq!(started.elapsed(), UNIT);
}

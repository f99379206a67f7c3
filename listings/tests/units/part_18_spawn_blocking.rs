//! The tests of `listings/src/bin/part_18_spawn_blocking.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test]
async fn abort_does_not_stop_a_running_blocking_closure() {
    assert_eq!(abort_after_step_one().await.unwrap(), STEPS);
}

#[tokio::test]
async fn a_token_the_closure_checks_stops_it_after_the_step_it_is_in() {
    assert_eq!(cancel_after_step_one().await.unwrap(), 1);
}

#[tokio::test]
async fn an_aborted_async_task_by_contrast_is_cancelled() {
    // The same abort() on an async task's handle does stop it.
    let handle = tokio::spawn(std::future::pending::<()>());
    handle.abort();
    assert!(handle.await.unwrap_err().is_cancelled());
}

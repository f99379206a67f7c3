//! The tests of `listings/src/bin/part_20_forgot_close.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn an_open_empty_tracker_keeps_wait_waiting() {
    let tracker = TaskTracker::new();
    tracker.spawn(sleep(Duration::from_millis(100)));
    assert!(timeout(Duration::from_secs(10), tracker.wait())
        .await
        .is_err());
    assert!(tracker.is_empty(), "the task ended long ago");
}

#[tokio::test(start_paused = true)]
async fn a_closed_tracker_waits_for_its_tasks_then_returns() {
    let start = Instant::now();
    let tracker = TaskTracker::new();
    tracker.spawn(sleep(Duration::from_millis(100)));
    tracker.close();
    tracker.wait().await;
    assert_eq!(start.elapsed(), Duration::from_millis(100));
}

#[tokio::test(start_paused = true)]
async fn closing_does_not_stop_spawning_and_dropping_does_not_abort() {
    // `close` is only a flag for `wait`: tasks can still be spawned, and a
    // dropped tracker leaves its tasks running.
    let tracker = TaskTracker::new();
    tracker.close();
    let handle = tracker.spawn(async { 7 });
    drop(tracker);
    assert_eq!(handle.await.unwrap(), 7);
}

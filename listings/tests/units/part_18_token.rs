//! The tests of `listings/src/bin/part_18_token.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn a_child_stops_alone_the_parent_stops_the_rest_and_abort_skips_the_flush() {
    let start = Instant::now();
    let report = run().await;
    assert_eq!(
        report,
        Report {
            a: Some(4), // 4 items of 200 ms by 0.90s, then asked to stop
            b: Some(2), // asked at 0.50s
            c: None,    // aborted: no report, no flush
            shutdown_cancelled_with_b: false,
        }
    );
    // a's flush takes 100 ms after the parent is cancelled at 0.90s.
    assert_eq!(start.elapsed(), Duration::from_millis(1000));
}

#[tokio::test(start_paused = true)]
async fn a_child_of_a_cancelled_token_is_born_cancelled() {
    let parent = CancellationToken::new();
    parent.cancel();
    let start = Instant::now();
    assert_eq!(worker("late", parent.child_token(), start).await, 0);
    assert_eq!(start.elapsed(), Duration::from_millis(100)); // just the flush
}

#[tokio::test(start_paused = true)]
async fn a_worker_nobody_cancels_keeps_working() {
    let token = CancellationToken::new();
    let start = Instant::now();
    let outcome = tokio::time::timeout(Duration::from_secs(2), worker("w", token, start)).await;
    assert!(outcome.is_err(), "it runs until something stops it");
}

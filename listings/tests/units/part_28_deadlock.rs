//! The tests of `listings/src/bin/part_28_deadlock.rs`: what its chapter claims.

use super::*;

// ANCHOR: test
#[tokio::test(start_paused = true)]
async fn two_tasks_waiting_for_each_other_are_caught_by_a_timeout() {
    let start = Instant::now();
    let outcome = timeout(Duration::from_secs(5), swap(false)).await;
    assert!(outcome.is_err(), "expected Elapsed, got {outcome:?}");
    // On the paused clock the wait is all virtual: exactly the 5 s.
    assert_eq!(start.elapsed(), Duration::from_secs(5));
}
// ANCHOR_END: test

#[tokio::test(start_paused = true)]
async fn sending_first_breaks_the_cycle() {
    let start = Instant::now();
    let (a, b) = timeout(Duration::from_secs(5), swap(true))
        .await
        .expect("no deadlock when a sends first");
    assert_eq!((a.as_str(), b.as_str()), ("hi from b", "hi from a"));
    assert_eq!(start.elapsed(), Duration::ZERO);
}

//! The tests of `listings/src/bin/part_15_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test]
async fn runs_on_rayon_and_returns_the_value() {
    let (sum, index) = on_rayon(|| (range_sum(10), rayon::current_thread_index())).await;
    assert_eq!(sum, 55);
    assert!(index.is_some(), "not on a rayon thread");
}

#[tokio::test]
async fn a_panic_reaches_the_awaiting_task_with_its_message() {
    let failing = tokio::spawn(on_rayon(|| -> u64 { panic!("the job failed") }));
    let error = failing.await.unwrap_err();
    assert!(error.is_panic());
    let payload = error.into_panic();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"the job failed"));
}

#[tokio::test(flavor = "current_thread")]
async fn waiting_leaves_the_runtime_thread_free() {
    // The job waits (at most 30 s) for a message from another task on this
    // one-thread runtime: it gets one only if awaiting on_rayon does not
    // hold the thread.
    let (ran, seen) = std::sync::mpsc::channel();
    let other = tokio::spawn(async move { ran.send(()).unwrap() });
    let wait = std::time::Duration::from_secs(30);
    let saw = on_rayon(move || seen.recv_timeout(wait).is_ok()).await;
    other.await.unwrap();
    assert!(saw, "the other task never ran while the job waited");
}

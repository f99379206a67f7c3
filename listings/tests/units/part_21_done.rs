//! The tests of `listings/src/bin/part_21_done.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn the_watcher_sees_the_answer_and_the_cancellation() {
    let start = Instant::now();
    let lines = done_callbacks(start).await;
    assert_eq!(
        lines,
        [
            "0.10s  watcher: a answered 10",
            "0.20s  watcher: b was cancelled"
        ]
    );
}

// `inspect` runs only if the future completes: not for an aborted task.
#[tokio::test(start_paused = true)]
async fn inspect_runs_only_when_the_output_is_ready() {
    let ran = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = std::sync::Arc::clone(&ran);
    let task = tokio::spawn(
        job(5).inspect(move |_| flag.store(true, std::sync::atomic::Ordering::SeqCst)),
    );
    task.abort();
    assert!(task.await.unwrap_err().is_cancelled());
    assert!(!ran.load(std::sync::atomic::Ordering::SeqCst));
}

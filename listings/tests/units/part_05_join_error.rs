//! The tests of `listings/src/bin/part_05_join_error.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn an_aborted_task_is_cancelled_at_once_and_never_resumes() {
    let woke = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let error = abort_a_sleeper(Arc::clone(&woke)).await;
    assert!(error.is_cancelled() && !error.is_panic());
    assert_eq!(started.elapsed(), Duration::ZERO);
    tokio::time::sleep(20 * UNIT).await; // long past the sleeper's wake-up
    assert!(!woke.load(Ordering::SeqCst));
}

#[tokio::test]
async fn a_panic_becomes_a_join_error_with_its_message() {
    let error = a_task_panics().await;
    assert!(error.is_panic() && !error.is_cancelled());
    let payload = error.into_panic();
    assert_eq!(
        listings::panic_message(&*payload),
        "the task needs digits: ParseIntError { kind: InvalidDigit }"
    );
}

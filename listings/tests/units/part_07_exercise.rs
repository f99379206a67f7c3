//! The tests of `listings/src/bin/part_07_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn counts_while_running_and_not_after() {
    let in_flight = AtomicUsize::new(0);
    let mut running = std::pin::pin!(request(2, &in_flight));
    // Poll it once: it starts, counts itself, and waits on its sleep.
    assert!(futures::poll!(running.as_mut()).is_pending());
    assert_eq!(in_flight.load(Ordering::SeqCst), 1);
    assert_eq!(running.await, 2);
    assert_eq!(in_flight.load(Ordering::SeqCst), 0);
}

#[tokio::test(start_paused = true)]
async fn a_cancelled_request_is_no_longer_counted() {
    let in_flight = AtomicUsize::new(0);
    let patience = Duration::from_millis(100);
    let result = tokio::time::timeout(patience, request(3, &in_flight)).await;
    assert!(result.is_err());
    assert_eq!(in_flight.load(Ordering::SeqCst), 0);
}

#[tokio::test(start_paused = true)]
async fn a_request_never_polled_was_never_counted() {
    let in_flight = AtomicUsize::new(0);
    drop(request(1, &in_flight)); // created, not polled: its body never ran
    assert_eq!(in_flight.load(Ordering::SeqCst), 0);
}

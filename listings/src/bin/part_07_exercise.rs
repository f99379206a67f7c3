//! Part 07 exercise, solved: a guard that counts requests in flight, and
//! keeps the count right on every way out, cancellation included.
//!
//! Run it: cargo run -p listings --bin part_07_exercise

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

// ANCHOR: solution
/// Counts one request in flight for as long as it lives.
struct InFlight<'a>(&'a AtomicUsize);

impl<'a> InFlight<'a> {
    fn new(counter: &'a AtomicUsize) -> InFlight<'a> {
        counter.fetch_add(1, Ordering::SeqCst);
        InFlight(counter)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// A request that takes `units` of 100 ms.
async fn request(units: u64, in_flight: &AtomicUsize) -> u64 {
    let _guard = InFlight::new(in_flight); // `_guard`, not `_`: `_` would drop it at once
    tokio::time::sleep(Duration::from_millis(100 * units)).await;
    units
} // dropped here, or wherever the future itself is dropped
  // ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let in_flight = AtomicUsize::new(0);

    let units = request(1, &in_flight).await;
    println!(
        "finished after {units} unit(s); in flight: {}",
        in_flight.load(Ordering::SeqCst)
    );

    // The timeout gives up after 1 unit and drops the request's future.
    let patience = Duration::from_millis(100);
    let result = tokio::time::timeout(patience, request(3, &in_flight)).await;
    println!(
        "timed out: {}; in flight: {}",
        result.is_err(),
        in_flight.load(Ordering::SeqCst)
    );
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
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
}

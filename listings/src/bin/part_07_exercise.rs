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
#[path = "../../tests/units/part_07_exercise.rs"]
mod tests;

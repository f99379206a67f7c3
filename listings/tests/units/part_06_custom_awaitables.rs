//! The tests of `listings/src/bin/part_06_custom_awaitables.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use futures::task::noop_waker;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::task::{Wake, Waker};
use tokio::time::Instant;

/// A waker that counts its wake-ups.
#[derive(Default)]
struct CountingWaker(AtomicU32);

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn one_future_is_pending_once_and_wakes_itself() {
    let counter = Arc::new(CountingWaker::default());
    let waker = Waker::from(Arc::clone(&counter));
    let mut cx = Context::from_waker(&waker);
    let mut future = One.into_future();
    assert_eq!(Pin::new(&mut future).poll(&mut cx), Poll::Pending);
    assert_eq!(counter.0.load(Ordering::SeqCst), 1, "woke before Pending");
    assert_eq!(Pin::new(&mut future).poll(&mut cx), Poll::Ready(1));
}

#[tokio::test(start_paused = true)]
async fn sleep_then_one_waits_one_unit_then_answers_1() {
    let started = Instant::now();
    let mut future = SleepThenOne.into_future();
    let waker = noop_waker();
    let mut cx = Context::from_waker(&waker);
    // Before the unit has passed, it is Pending (the sleep holds it back).
    assert!(Pin::new(&mut future).poll(&mut cx).is_pending());
    assert_eq!(future.await, 1);
    assert_eq!(started.elapsed(), UNIT);
}

#[tokio::test(start_paused = true)]
async fn every_await_of_the_same_value_runs_again() {
    let started = Instant::now();
    let sleeper = SleepThenOne;
    assert_eq!(sleeper.await + sleeper.await + sleeper.await, 3);
    assert_eq!(
        started.elapsed(),
        3 * UNIT,
        "three sleeps, one after another"
    );
}

#[tokio::test(start_paused = true)]
async fn a_shared_future_runs_once() {
    let started = Instant::now();
    let shared = SleepThenOne.into_future().shared();
    assert_eq!(shared.clone().await, 1);
    assert_eq!(shared.clone().await, 1);
    assert_eq!(shared.await, 1);
    assert_eq!(started.elapsed(), UNIT, "one sleep, however many awaits");
}

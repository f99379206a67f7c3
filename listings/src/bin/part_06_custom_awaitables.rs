//! Part 06: awaitables written by hand. Two futures implement `Future::poll`
//! themselves; two plain types implement `IntoFuture`, so `.await` accepts
//! them and builds a fresh future each time. A `Shared` future, by contrast,
//! runs once and hands every awaiter the same result.
//!
//! Run it: cargo run -p listings --bin part_06_custom_awaitables

use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use futures::FutureExt; // for .shared()
use tokio::time::Sleep;

/// One unit of time: the original's 1 s, scaled down.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: one_future
/// Hands control back to the executor once, then answers 1. (Part 02's
/// `YieldOnce`, with an output.)
struct OneFuture {
    yielded: bool,
}

impl Future for OneFuture {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if self.yielded {
            return Poll::Ready(1);
        }
        self.yielded = true;
        cx.waker().wake_by_ref(); // the waker contract: someone must wake us
        Poll::Pending
    }
}
// ANCHOR_END: one_future

// ANCHOR: sleep_then_one_future
/// Sleeps one unit, then delegates to a `OneFuture` (the original used
/// `yield from` for this).
struct SleepThenOneFuture {
    /// Tokio's `Sleep` must not move once polled, so it lives in a `Box`
    /// and we hold it through `Pin`. `None` once it has finished.
    sleep: Option<Pin<Box<Sleep>>>,
    then: OneFuture,
}

impl Future for SleepThenOneFuture {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<u32> {
        if let Some(sleep) = self.sleep.as_mut() {
            // `ready!` returns Pending for us if the sleep is Pending; the
            // sleep has registered cx's waker with tokio's timer.
            ready!(sleep.as_mut().poll(cx));
            self.sleep = None; // never poll a finished future again
        }
        Pin::new(&mut self.then).poll(cx) // OneFuture is Unpin: Pin::new is enough
    }
}
// ANCHOR_END: sleep_then_one_future

// ANCHOR: awaitables
/// Plain values, like the original's two classes. They are `Copy`, so each
/// `.await` takes a copy, and `into_future` builds a brand-new future.
#[derive(Clone, Copy)]
struct One;

#[derive(Clone, Copy)]
struct SleepThenOne;

impl IntoFuture for One {
    type Output = u32;
    type IntoFuture = OneFuture;

    fn into_future(self) -> OneFuture {
        println!("  One::into_future builds a OneFuture");
        OneFuture { yielded: false }
    }
}

impl IntoFuture for SleepThenOne {
    type Output = u32;
    type IntoFuture = SleepThenOneFuture;

    fn into_future(self) -> SleepThenOneFuture {
        println!("  SleepThenOne::into_future builds a SleepThenOneFuture");
        SleepThenOneFuture {
            sleep: Some(Box::pin(tokio::time::sleep(UNIT))),
            then: OneFuture { yielded: false },
        }
    }
}
// ANCHOR_END: awaitables

// ANCHOR: main
// tokio's paused clock (see the introduction): time stands still while a task
// can run and jumps to the next timer when none can, so the stamps are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let say = |what: &str, value: u32| {
        println!("[+{}ms] {what}: {value}", start.elapsed().as_millis());
    };
    let (one, sleeper) = (One, SleepThenOne);
    say("await one", one.await);
    say("await sleeper", sleeper.await);
    say("await sleeper", sleeper.await);

    // One future, shared: it runs once, and each clone gets a copy of its output.
    let shared = sleeper.into_future().shared();
    say("await shared", shared.clone().await);
    say("await shared", shared.await);
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_06_custom_awaitables.rs"]
mod tests;

//! Part 08: an async iterator is a `Stream`. This one is written by hand:
//! `poll_next` waits one unit on a tokio `Sleep`, then answers the next
//! number, and answers `None` after the last.
//!
//! Run it: cargo run -p listings --bin part_08_async_iterators

use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use futures::{Stream, StreamExt}; // StreamExt: for .next()
use tokio::time::Sleep;

/// One unit of time: the original's 0.1 s.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: counter
/// Counts from `first` to `last`, waiting one unit before each number.
struct Counter {
    next: u32,
    last: u32,
    /// The wait for the next number, once someone has asked for it. Boxed,
    /// because a `Sleep` must not move once polled (part 06).
    sleep: Option<Pin<Box<Sleep>>>,
}

impl Counter {
    fn new(first: u32, last: u32) -> Counter {
        Counter {
            next: first,
            last,
            sleep: None,
        }
    }
}

impl Stream for Counter {
    type Item = u32;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<u32>> {
        if self.next > self.last {
            return Poll::Ready(None); // the end: Python's StopAsyncIteration
        }
        // The wait starts at the first poll for this number, as Python's
        // `__anext__` starts its sleep when it is called.
        let sleep = self
            .sleep
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(UNIT)));
        ready!(sleep.as_mut().poll(cx)); // Pending: the timer has our waker
        self.sleep = None;
        let item = self.next;
        self.next += 1;
        Poll::Ready(Some(item))
    }
}
// ANCHOR_END: counter

// ANCHOR: main
// tokio's paused clock (see the introduction): time stands still while a task
// can run and jumps to the next timer when none can, so the stamps are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let stamp = || format!("[+{}ms]", start.elapsed().as_millis());
    let mut counter = Counter::new(0, 10);
    while let Some(n) = counter.next().await {
        println!("{} {n}", stamp());
    }
    println!("{} the stream ended", stamp());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_08_async_iterators.rs"]
mod tests;

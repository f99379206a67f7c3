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
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut counter = Counter::new(0, 10);
    while let Some(n) = counter.next().await {
        println!("{n}");
    }
    println!("the stream ended");
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::Instant;

    #[tokio::test(start_paused = true)]
    async fn yields_zero_to_ten_one_unit_apart() {
        let started = Instant::now();
        let mut counter = Counter::new(0, 10);
        for expected in 0..=10u32 {
            assert_eq!(counter.next().await, Some(expected));
            assert_eq!(started.elapsed(), UNIT * (expected + 1));
        }
        assert_eq!(counter.next().await, None);
        assert_eq!(started.elapsed(), UNIT * 11, "the end costs no wait");
    }

    #[tokio::test(start_paused = true)]
    async fn after_the_end_it_keeps_answering_none() {
        let mut counter = Counter::new(3, 3);
        assert_eq!(counter.next().await, Some(3));
        assert_eq!(counter.next().await, None);
        assert_eq!(counter.next().await, None);
    }

    #[tokio::test(start_paused = true)]
    async fn the_wait_starts_when_the_consumer_asks() {
        // A slow consumer: the stream does not run ahead while it is away.
        let mut counter = Counter::new(0, 1);
        assert_eq!(counter.next().await, Some(0));
        tokio::time::sleep(5 * UNIT).await;
        let asked = Instant::now();
        assert_eq!(counter.next().await, Some(1));
        assert_eq!(asked.elapsed(), UNIT);
    }

    #[tokio::test(start_paused = true)]
    async fn an_empty_range_ends_at_once() {
        let started = Instant::now();
        assert_eq!(Counter::new(1, 0).next().await, None);
        assert_eq!(started.elapsed(), Duration::ZERO);
    }
}

//! Part 06 exercise, solved: `Timed`, a future that wraps another and
//! answers its output together with how long it took from its first poll.
//!
//! Run it: cargo run -p listings --bin part_06_exercise

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::time::Instant;

// ANCHOR: solution
/// Runs `inner`, and answers its output with the time it took.
struct Timed<F> {
    inner: Pin<Box<F>>, // pinned on the heap, so `Timed` itself is Unpin
    started: Option<Instant>,
}

impl<F: Future> Future for Timed<F> {
    type Output = (F::Output, Duration);

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // A future does nothing until polled, so the clock starts here, not
        // when `timed` was called.
        let started = *self.started.get_or_insert_with(Instant::now);
        match self.inner.as_mut().poll(cx) {
            Poll::Ready(output) => Poll::Ready((output, started.elapsed())),
            Poll::Pending => Poll::Pending, // inner has our waker: it wakes us
        }
    }
}
// ANCHOR_END: solution

fn timed<F: Future>(inner: F) -> Timed<F> {
    Timed {
        inner: Box::pin(inner),
        started: None,
    }
}

// ANCHOR: main
async fn work() -> &'static str {
    tokio::time::sleep(Duration::from_millis(200)).await;
    "done"
}

// tokio's paused clock (see the introduction): time jumps from one timer to the
// next, so the times printed are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let created = Instant::now();
    let measured = timed(work()); // made now, first polled only below
    tokio::time::sleep(Duration::from_millis(100)).await;
    let (output, took) = measured.await;
    println!("{output}");
    println!("Timed says the work took {took:?}");
    println!("since timed() was called: {:?}", created.elapsed());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_06_exercise.rs"]
mod tests;

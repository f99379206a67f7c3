//! Part 08 exercise, solved: `Pairs`, a stream adapter written by hand. It
//! yields each item of the inner stream together with the one before it.
//!
//! Run it: cargo run -p listings --bin part_08_exercise

use std::pin::Pin;
use std::task::{Context, Poll};

use futures::{Stream, StreamExt}; // StreamExt: .next() and .poll_next_unpin()

// ANCHOR: pairs
/// Yields `(previous, current)` for each item of `inner` after the first.
struct Pairs<S: Stream> {
    inner: S,
    previous: Option<S::Item>,
}

impl<S: Stream> Pairs<S> {
    fn new(inner: S) -> Pairs<S> {
        Pairs {
            inner,
            previous: None,
        }
    }
}
// ANCHOR_END: pairs

// ANCHOR: solution
impl<S> Stream for Pairs<S>
where
    S: Stream + Unpin,      // so that we can poll `inner` without pinning it
    S::Item: Clone + Unpin, // so that `Pairs` is Unpin and its fields writable
{
    type Item = (S::Item, S::Item);

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        // Loop: the first item makes no pair, so ask for another at once.
        loop {
            // Pending from `inner` is our Pending too: `inner` has the waker.
            let Some(current) = std::task::ready!(self.inner.poll_next_unpin(cx)) else {
                return Poll::Ready(None); // `inner` ended, so do we
            };
            if let Some(previous) = self.previous.replace(current.clone()) {
                return Poll::Ready(Some((previous, current)));
            }
        }
    }
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut pairs = Pairs::new(futures::stream::iter(["a", "b", "c", "d"]));
    while let Some((previous, current)) = pairs.next().await {
        println!("{previous} -> {current}");
    }
    println!("no more pairs");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_08_exercise.rs"]
mod tests;

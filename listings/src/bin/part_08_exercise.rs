//! Part 08 exercise, solved: `Pairs`, a stream adapter written by hand. It
//! yields each item of the inner stream together with the one before it.
//!
//! Run it: cargo run -p listings --bin part_08_exercise

use std::pin::Pin;
use std::task::{ready, Context, Poll};

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
            let Some(current) = ready!(self.inner.poll_next_unpin(cx)) else {
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
mod tests {
    use super::*;
    use std::time::Duration;
    use tokio::time::Instant;

    #[tokio::test]
    async fn pairs_each_item_with_the_one_before() {
        let pairs: Vec<_> = Pairs::new(futures::stream::iter(1..=4)).collect().await;
        assert_eq!(pairs, [(1, 2), (2, 3), (3, 4)]);
    }

    #[tokio::test]
    async fn fewer_than_two_items_make_no_pair() {
        let none: Vec<(u8, u8)> = Pairs::new(futures::stream::iter([])).collect().await;
        assert!(none.is_empty());
        let one: Vec<_> = Pairs::new(futures::stream::iter([7])).collect().await;
        assert!(one.is_empty());
    }

    #[tokio::test(start_paused = true)]
    async fn waits_for_a_slow_inner_stream_without_spinning() {
        // Each item of the inner stream takes one unit; the first pair needs
        // two items, so it arrives after two units, the next after three.
        let unit = Duration::from_millis(100);
        let slow = futures::stream::iter(0..3).then(|n| async move {
            tokio::time::sleep(unit).await;
            n
        });
        let started = Instant::now();
        let mut pairs = Pairs::new(Box::pin(slow)); // `then` is not Unpin: box it
        assert_eq!(pairs.next().await, Some((0, 1)));
        assert_eq!(started.elapsed(), 2 * unit);
        assert_eq!(pairs.next().await, Some((1, 2)));
        assert_eq!(started.elapsed(), 3 * unit);
        assert_eq!(pairs.next().await, None);
    }
}

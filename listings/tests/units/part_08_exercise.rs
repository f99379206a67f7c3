//! The tests of `listings/src/bin/part_08_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

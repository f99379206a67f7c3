//! The tests of `listings/src/bin/part_08_async_iterators.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

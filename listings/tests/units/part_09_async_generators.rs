//! The tests of `listings/src/bin/part_09_async_generators.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::pin::pin;
use tokio::time::Instant;

/// Collects a stream, noting when each item arrived, in units.
async fn timeline(stream: impl Stream<Item = u32>) -> Vec<(u32, u32)> {
    let started = Instant::now();
    let units = |d: Duration| (d.as_millis() / UNIT.as_millis()) as u32;
    stream
        .map(|n| (n, units(started.elapsed())))
        .collect()
        .await
}

const ONE_PER_UNIT: [(u32, u32); 5] = [(1, 1), (2, 2), (3, 3), (4, 4), (5, 5)];

#[tokio::test(start_paused = true)]
async fn all_three_yield_one_number_per_unit() {
    assert_eq!(timeline(numbers(1, 5)).await, ONE_PER_UNIT);
    assert_eq!(timeline(numbers_then(1, 5)).await, ONE_PER_UNIT);
    assert_eq!(timeline(numbers_from_a_task(1, 5)).await, ONE_PER_UNIT);
}

#[tokio::test(start_paused = true)]
async fn map_is_the_generator_expression() {
    let started = Instant::now();
    let tens: Vec<u32> = numbers(1, 5).map(|n| n * 10).collect().await;
    assert_eq!(tens, [10, 20, 30, 40, 50]);
    assert_eq!(started.elapsed(), 5 * UNIT);
}

#[tokio::test(start_paused = true)]
async fn take_stops_the_generator_early() {
    // The third multiple of 3 is 9: nine units, not twenty.
    let started = Instant::now();
    assert_eq!(picked().collect::<Vec<_>>().await, [30, 60, 90]);
    assert_eq!(started.elapsed(), 9 * UNIT);
}

#[tokio::test(start_paused = true)]
async fn an_empty_range_ends_at_once() {
    let started = Instant::now();
    assert_eq!(numbers(2, 1).collect::<Vec<_>>().await, Vec::<u32>::new());
    assert_eq!(
        numbers_from_a_task(2, 1).collect::<Vec<_>>().await,
        Vec::<u32>::new()
    );
    assert_eq!(started.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn the_task_runs_ahead_by_one_more_than_the_capacity() {
    // A consumer that waits 10 units before asking: the unfold generator
    // has done nothing meanwhile, the task has produced item 1 (sent into
    // the channel's one slot) and item 2 (waiting for room in `send`), and
    // not item 3.
    let mut lazy = pin!(numbers(1, 5));
    let mut eager = numbers_from_a_task(1, 5);
    tokio::time::sleep(10 * UNIT).await;
    let asked = Instant::now();
    assert_eq!(lazy.next().await, Some(1));
    assert_eq!(asked.elapsed(), UNIT, "unfold starts its wait only now");
    let asked = Instant::now();
    assert_eq!(eager.next().await, Some(1));
    assert_eq!(eager.next().await, Some(2));
    assert_eq!(asked.elapsed(), Duration::ZERO, "both were ready");
    let asked = Instant::now();
    assert_eq!(eager.next().await, Some(3));
    assert_eq!(asked.elapsed(), UNIT, "item 3 was begun only now");
}

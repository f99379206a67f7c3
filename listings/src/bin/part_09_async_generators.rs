//! Part 09: async generators, without the syntax. Rust has no stable
//! `async gen` blocks, so a stream that would be a generator is built from
//! `stream::unfold`, from `stream::iter` plus `then`, or from a task that
//! sends into a channel. Combinators (`map`, `filter`, `take`) play the part
//! of Python's async generator expressions.
//!
//! Run it: cargo run -p listings --bin part_09_async_generators

use std::future;
use std::time::Duration;

use futures::stream::{self, Stream, StreamExt};
use tokio::sync::mpsc;
use tokio_stream::wrappers::ReceiverStream;

/// One unit of time: the original's 0.1 s.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: unfold
/// The original's async generator: `first..=last`, one unit before each.
fn numbers(first: u32, last: u32) -> impl Stream<Item = u32> {
    // The state is the next number. Each call of the closure is one step of
    // the generator: it answers the item and the state for the next step,
    // or None to end.
    stream::unfold(first, move |next| async move {
        if next > last {
            return None;
        }
        tokio::time::sleep(UNIT).await;
        Some((next, next + 1))
    })
}
// ANCHOR_END: unfold

// ANCHOR: iter_then
/// The same stream: an iterator of numbers, each passed through an async step.
fn numbers_then(first: u32, last: u32) -> impl Stream<Item = u32> {
    stream::iter(first..=last).then(|n| async move {
        tokio::time::sleep(UNIT).await;
        n
    })
}
// ANCHOR_END: iter_then

// ANCHOR: channel
/// The same stream again, produced by a task that sends into a channel.
fn numbers_from_a_task(first: u32, last: u32) -> impl Stream<Item = u32> {
    // Capacity 1: one item waits in the channel, and one more waits in the
    // producer's pending `send`, so the producer gets at most two items ahead.
    let (sender, receiver) = mpsc::channel(1);
    tokio::spawn(async move {
        for n in first..=last {
            tokio::time::sleep(UNIT).await;
            if sender.send(n).await.is_err() {
                break; // the stream was dropped: nobody is listening
            }
        }
        // `sender` is dropped here, and the stream ends after the last item.
    });
    ReceiverStream::new(receiver)
}
// ANCHOR_END: channel

// ANCHOR: combinators
/// Multiples of 3 from 1..=20, times ten, the first three only.
fn picked() -> impl Stream<Item = u32> {
    numbers(1, 20)
        .filter(|n| future::ready(n % 3 == 0)) // futures' filter takes an async test
        .map(|n| n * 10)
        .take(3) // after the third, nothing polls `numbers`: 10..=20 never run
}
// ANCHOR_END: combinators

// ANCHOR: after_a_break
/// Leaves a stream alone for ten units, then asks it for two items and says
/// how long they took to come.
async fn after_a_break(name: &str, stream: impl Stream<Item = u32>) {
    let mut stream = std::pin::pin!(stream);
    tokio::time::sleep(10 * UNIT).await; // nobody asks for an item meanwhile
    let asked = tokio::time::Instant::now();
    let first_two = [stream.next().await, stream.next().await];
    let took = asked.elapsed().as_millis();
    println!("{name}, after a break: {first_two:?} in {took}ms");
}
// ANCHOR_END: after_a_break

// ANCHOR: main
// tokio's paused clock (see the introduction): time stands still while a task
// can run and jumps to the next timer when none can, so the stamps are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let stamp = || format!("[+{}ms]", start.elapsed().as_millis());

    // The generator expression `(n * 10 async for n in numbers(1, 5))`:
    let tens = numbers(1, 5).map(|n| n * 10);
    let mut tens = std::pin::pin!(tens); // `unfold` holds an async block: pin it for next()
    while let Some(ten) = tens.next().await {
        println!("{} {ten}", stamp());
    }

    let all: Vec<u32> = numbers_then(1, 5).collect().await;
    println!("{} iter + then: {all:?}", stamp());
    let all: Vec<u32> = numbers_from_a_task(1, 5).collect().await;
    println!("{} from a task: {all:?}", stamp());
    let all: Vec<u32> = picked().collect().await;
    println!("{} filter, map, take: {all:?}", stamp());

    // Who works while nobody asks?
    after_a_break("unfold", numbers(1, 5)).await;
    after_a_break("from a task", numbers_from_a_task(1, 5)).await;
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_09_async_generators.rs"]
mod tests;

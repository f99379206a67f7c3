//! Part 16: one producer, three consumers, one bounded queue. The queue is a
//! tokio `mpsc` channel: when it is full, the producer waits (backpressure).
//! The consumers share its one receiver through a `Mutex`, and everything
//! stops by itself once the producer is done and the queue is empty.
//!
//! Run it: cargo run -p listings --bin part_16_queue
//! (It runs on tokio's paused clock: the sleeps stand for work and pacing, and
//! the clock jumps over them, so the timeline prints the same on every run.)

// ANCHOR: plan
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::{self, error::TrySendError, Receiver, Sender};
use tokio::sync::Mutex;
use tokio::time::{sleep, Instant}; // tokio's clock, which can be paused

/// How one run is paced.
#[derive(Clone, Copy)]
struct Plan {
    /// How many items the producer puts (after the one the queue starts with).
    items: u32,
    /// The producer makes one item in this time.
    every: Duration,
    /// A consumer works this long on each item it takes.
    work: Duration,
    /// How many items the queue holds; a producer with a full queue waits.
    capacity: usize,
}

const PLAN: Plan = Plan {
    items: 12,
    every: Duration::from_millis(100),
    work: Duration::from_millis(450),
    capacity: 2,
};

/// Seconds since `start`, for the timeline.
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}
// ANCHOR_END: plan

// ANCHOR: consumer
/// Takes items until the queue is closed and empty; returns what it took.
async fn consume(
    name: char,
    queue: Arc<Mutex<Receiver<u32>>>,
    plan: Plan,
    start: Instant,
) -> Vec<u32> {
    let mut taken = Vec::new();
    loop {
        // Lock, wait for an item, unlock. The guard is a temporary of this
        // statement, so no consumer holds the lock while it works.
        let next = queue.lock().await.recv().await;
        let Some(item) = next else { break }; // closed and drained: stop
        println!("{}  {name} takes {item}", at(start));
        taken.push(item);
        sleep(plan.work).await; // the work
    }
    println!("{}  {name} stops: the queue is closed and empty", at(start));
    taken
}
// ANCHOR_END: consumer

// ANCHOR: producer
/// Puts items 1, 2, ... into the queue; returns what it put and how often it
/// had to wait for room. Dropping `queue` at the end closes the channel.
async fn produce(queue: Sender<u32>, plan: Plan, start: Instant) -> (Vec<u32>, u32) {
    let (mut put, mut waits) = (Vec::new(), 0);
    for item in 1..=plan.items {
        sleep(plan.every).await; // making the item
        match queue.try_send(item) {
            Ok(()) => println!("{}  producer puts {item}", at(start)),
            Err(TrySendError::Full(item)) => {
                println!("{}  producer: queue full, waits to put {item}", at(start));
                waits += 1;
                if queue.send(item).await.is_err() {
                    break; // every consumer is gone: nobody to wait for
                }
                println!("{}  producer puts {item}", at(start));
            }
            Err(TrySendError::Closed(_)) => break,
        }
        put.push(item);
    }
    println!("{}  producer is done", at(start));
    (put, waits)
}
// ANCHOR_END: producer

// ANCHOR: run
/// What happened in a run, for `main` and the tests to check.
struct Report {
    /// Every item that went into the queue, in order.
    put: Vec<u32>,
    /// What each consumer took, in the order it took them.
    taken: Vec<(char, Vec<u32>)>,
    /// How often the producer found the queue full.
    waits: u32,
    /// When the producer finished, and when the last consumer stopped.
    producer_done: Duration,
    all_done: Duration,
}

async fn run(plan: Plan) -> Report {
    let start = Instant::now();
    let (sender, receiver) = mpsc::channel(plan.capacity);
    sender.try_send(0).expect("a new queue has room"); // seeded with one item
    let queue = Arc::new(Mutex::new(receiver));
    let consumers: Vec<_> = ['a', 'b', 'c']
        .into_iter()
        .map(|name| {
            (
                name,
                tokio::spawn(consume(name, Arc::clone(&queue), plan, start)),
            )
        })
        .collect();
    drop(queue); // only consumers keep the receiver: if they all die, sends fail
    let (mut put, waits) = produce(sender, plan, start).await; // drops the sender
    let producer_done = start.elapsed();

    let mut taken = Vec::new();
    for (name, consumer) in consumers {
        taken.push((name, consumer.await.expect("a consumer panicked")));
    }
    put.insert(0, 0);
    Report {
        put,
        taken,
        waits,
        producer_done,
        all_done: start.elapsed(),
    }
}
// ANCHOR_END: run

// ANCHOR: main
/// Each item put was taken exactly once: none lost, none taken twice.
fn taken_exactly_once(report: &Report) -> bool {
    let mut taken: Vec<u32> = report
        .taken
        .iter()
        .flat_map(|(_, items)| items.clone())
        .collect();
    let mut put = report.put.clone();
    taken.sort_unstable();
    put.sort_unstable();
    taken == put
}

fn main() -> std::io::Result<()> {
    // The paused clock: when every task waits, time jumps to the next timer.
    // A real program would leave this out; here it makes the output repeatable.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()?;
    let report = runtime.block_on(run(PLAN));

    assert!(taken_exactly_once(&report), "lost or doubled items");
    println!("{} items put, each taken exactly once", report.put.len());
    println!(
        "the producer waited for room {} times and was done at {:.2}s (alone: {:.2}s)",
        report.waits,
        report.producer_done.as_secs_f64(),
        (PLAN.every * PLAN.items).as_secs_f64()
    );
    println!(
        "the last consumer stopped at {:.2}s",
        report.all_done.as_secs_f64()
    );
    for (name, items) in &report.taken {
        println!("{name} took {items:?}");
    }
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_16_queue.rs"]
mod tests;

//! Part 16: one producer, three consumers, one bounded queue. The queue is a
//! tokio `mpsc` channel: when it is full, the producer waits (backpressure).
//! The consumers share its one receiver through a `Mutex`, and everything
//! stops by itself once the producer is done and the queue is empty.
//!
//! Run it: cargo run -p listings --bin part_16_queue
//! (It runs on tokio's paused clock: the sleeps stand for work and pacing, and
//! the clock jumps over them, so the timeline prints the same on every run.)

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::{self, error::TrySendError, Receiver, Sender};
use tokio::sync::Mutex;
use tokio::time::{sleep, Instant};

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

// ANCHOR: run
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

// ANCHOR: main
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
mod tests {
    use super::*;

    const FAST_CONSUMERS: Plan = Plan {
        work: Duration::from_millis(50),
        ..PLAN
    };

    #[tokio::test(start_paused = true)]
    async fn every_item_put_is_taken_exactly_once() {
        for plan in [PLAN, FAST_CONSUMERS] {
            let report = run(plan).await;
            assert_eq!(report.put, (0..=plan.items).collect::<Vec<_>>());
            assert!(
                taken_exactly_once(&report),
                "put {:?}, taken {:?}",
                report.put,
                report.taken
            );
        }
    }

    #[tokio::test(start_paused = true)]
    async fn the_consumers_take_turns() {
        let report = run(PLAN).await;
        for (turn, (name, items)) in report.taken.iter().enumerate() {
            let expected: Vec<u32> = (0..=PLAN.items).skip(turn).step_by(3).collect();
            assert_eq!(items, &expected, "consumer {name}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_full_queue_slows_the_producer_down() {
        // On its own, the producer needs `items × every`.
        let alone = FAST_CONSUMERS.every * FAST_CONSUMERS.items;
        let fast = run(FAST_CONSUMERS).await;
        assert_eq!(fast.waits, 0);
        assert_eq!(fast.producer_done, alone);
        // Slow consumers fill the queue, and the producer waits for room.
        let slow = run(PLAN).await;
        assert!(slow.waits > 0);
        assert!(slow.producer_done > alone, "{:?}", slow.producer_done);
    }

    #[tokio::test(start_paused = true)]
    async fn everything_stops_once_the_queue_is_closed_and_drained() {
        // Under the paused clock a hang would jump straight to this timeout.
        let report = tokio::time::timeout(Duration::from_secs(60), run(PLAN))
            .await
            .expect("the run ends by itself");
        assert!(taken_exactly_once(&report));
        // Once the producer is done, at most `capacity` items wait in the
        // queue and three are in hand: the consumers finish those and stop,
        // without waiting around for more.
        let queued = PLAN.capacity as u32;
        assert!(report.all_done > report.producer_done);
        assert!(report.all_done <= report.producer_done + PLAN.work * (queued + 1));
    }

    #[tokio::test(start_paused = true)]
    async fn with_nothing_to_produce_the_seed_is_taken_and_all_stop() {
        let report = run(Plan { items: 0, ..PLAN }).await;
        assert_eq!(report.put, [0]);
        assert_eq!(report.taken[0], ('a', vec![0]));
        assert!(report.taken[1..].iter().all(|(_, items)| items.is_empty()));
        assert_eq!(report.all_done, PLAN.work);
    }
}

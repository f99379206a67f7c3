//! Part 21: two ways to hold tasks back. A `Barrier` lets a group go on only
//! when all of it has arrived (`asyncio.Barrier`). A condition, the
//! `asyncio.Condition` idiom, is a `Mutex` around some state plus a `Notify`
//! that says "the state changed, look again".
//!
//! Run it: cargo run -p listings --bin part_21_gates

// ANCHOR: barrier
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{Barrier, Notify};
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

/// The time on tokio's clock since `start`, as "0.30s".
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// Three tasks get ready at different times and start together; returns
/// the leader's name.
async fn start_together(start: Instant) -> &'static str {
    let barrier = Arc::new(Barrier::new(3));
    let mut runners = JoinSet::new();
    for (name, ready) in [("a", 100), ("b", 400), ("c", 200)] {
        let barrier = Arc::clone(&barrier);
        runners.spawn(async move {
            sleep(ms(ready)).await;
            println!("{}  {name} is ready", at(start));
            let result = barrier.wait().await; // until all three are here
            (start.elapsed(), name, result.is_leader())
        });
    }
    // The barrier wakes its waiters in no fixed order: print them by name.
    let mut started = runners.join_all().await;
    started.sort();
    for (when, name, leader) in &started {
        let leader = if *leader { " (the leader)" } else { "" };
        println!("{:.2}s  {name} starts{leader}", when.as_secs_f64());
    }
    let leaders: Vec<_> = started.iter().filter(|(_, _, leader)| *leader).collect();
    assert_eq!(leaders.len(), 1, "exactly one leader per round");
    leaders[0].1
}
// ANCHOR_END: barrier

// ANCHOR: condition
/// A stock of items: the state behind a lock, and a `Notify` that says it
/// changed. The lock is never held across an `.await`, so it is std's.
#[derive(Default)]
struct Stock {
    count: Mutex<u32>,
    changed: Notify,
}

impl Stock {
    fn put(&self, items: u32) {
        *self.count.lock().unwrap() += items;
        self.changed.notify_waiters(); // like Condition.notify_all()
    }

    /// Waits until `wanted` items are there, and takes them.
    async fn take(&self, wanted: u32) {
        loop {
            // Ask to be told of changes *before* looking (see part_21_notify).
            let changed = self.changed.notified();
            {
                let mut count = self.count.lock().unwrap();
                if *count >= wanted {
                    *count -= wanted;
                    return;
                }
            } // the lock is released here, before the wait
            changed.await;
        }
    }
}
// ANCHOR_END: condition

// ANCHOR: stock
/// `a` wants 3 items, `b` wants 2; one item comes every 100 ms. Returns who
/// took their items, in order.
async fn share_the_stock(start: Instant) -> Vec<&'static str> {
    let stock = Arc::new(Stock::default());
    let mut takers = JoinSet::new();
    for (name, wanted) in [("a", 3), ("b", 2)] {
        let stock = Arc::clone(&stock);
        takers.spawn(async move {
            stock.take(wanted).await;
            println!("{}  {name} takes {wanted}", at(start));
            name
        });
    }
    for _ in 0..5 {
        sleep(ms(100)).await;
        stock.put(1);
        println!("{}  one item put", at(start));
    }
    takers.join_all().await
}
// ANCHOR_END: stock

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("Barrier::new(3):");
    start_together(Instant::now()).await;
    println!("a stock behind a Mutex, and a Notify:");
    share_the_stock(Instant::now()).await;
}

#[cfg(test)]
#[path = "../../tests/units/part_21_gates.rs"]
mod tests;

//! Part 20: what dropping a `JoinSet` does. It aborts every task still in
//! it and returns at once: it does not wait for them. Dropping a plain
//! `JoinHandle` does neither: the task runs on, detached.
//!
//! Run it: cargo run -p listings --bin part_20_drop_set

use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

/// Works for `ms` milliseconds; says when it starts, ends, or is dropped
/// before it ends.
async fn work(name: &'static str, ms: u64, start: Instant) {
    println!("{}  {name} starts", at(start));
    let guard = Cancelled { name, start };
    sleep(Duration::from_millis(ms)).await;
    std::mem::forget(guard); // it ended: nothing to report on drop
    println!("{}  {name} is done", at(start));
}

/// Runs its `Drop` only when `work` is dropped before it ends.
struct Cancelled {
    name: &'static str,
    start: Instant,
}

impl Drop for Cancelled {
    fn drop(&mut self) {
        println!("{}  {} is cancelled", at(self.start), self.name);
    }
}

fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

// ANCHOR: set
async fn drop_a_set(start: Instant) {
    {
        let mut set = JoinSet::new();
        set.spawn(work("a", 300, start));
        set.spawn(work("b", 100, start));
        sleep(Duration::from_millis(50)).await; // both are running now
        println!("{}  the set is dropped", at(start));
    } // here: Drop for JoinSet aborts a and b, and returns at once
    println!("{}  the next line runs", at(start));
    sleep(Duration::from_millis(500)).await;
    println!("{}  nothing more from a or b", at(start));
}
// ANCHOR_END: set

// ANCHOR: handles
async fn drop_the_handles(start: Instant) {
    {
        let a = tokio::spawn(work("a", 300, start));
        let b = tokio::spawn(work("b", 100, start));
        sleep(Duration::from_millis(50)).await;
        println!("{}  the handles are dropped", at(start));
        drop((a, b)); // detaches the tasks: they run on
    }
    println!("{}  the next line runs", at(start));
    sleep(Duration::from_millis(500)).await;
}
// ANCHOR_END: handles

// ANCHOR: main
// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("-- a JoinSet --");
    drop_a_set(Instant::now()).await;
    println!("-- two JoinHandles --");
    drop_the_handles(Instant::now()).await;
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_20_drop_set.rs"]
mod tests;

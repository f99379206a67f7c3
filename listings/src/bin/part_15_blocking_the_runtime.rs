//! Part 15 pitfall: CPU-bound work written straight into async code keeps the
//! runtime's thread busy, and no other task runs until it is done. (Moved to
//! `spawn_blocking` or rayon, it leaves that thread free: see part_15_cpu_bound
//! and the exercise.)
//!
//! Run it: cargo run -p listings --bin part_15_blocking_the_runtime
//! (It prints only what tokio guarantees: which task runs next after a
//! `yield_now` is up to the scheduler, so it prints no counts that depend on
//! that order.)

use std::hint::black_box;

// ANCHOR: pitfall
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Another task on the same runtime: it counts each time it gets to run.
async fn heartbeat(beats: Arc<AtomicU64>) {
    loop {
        beats.fetch_add(1, Ordering::Relaxed);
        tokio::task::yield_now().await; // let the others run, then go on
    }
}

/// Waits, giving the thread to the other tasks, until the count is past `seen`.
async fn beat_after(beats: &AtomicU64, seen: u64) {
    while beats.load(Ordering::Relaxed) == seen {
        tokio::task::yield_now().await;
    }
}

fn main() -> std::io::Result<()> {
    // One thread runs every task, as in asyncio.
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    runtime.block_on(async {
        let beats = Arc::new(AtomicU64::new(0));
        let beating = tokio::spawn(heartbeat(Arc::clone(&beats)));
        beat_after(&beats, 0).await;
        println!("the heartbeat has started");

        let before = beats.load(Ordering::Relaxed);
        let sum = range_sum(3_000_000); // on the runtime's only thread
        let during = beats.load(Ordering::Relaxed) - before;
        println!("the sum is {sum}; heartbeats while it ran: {during}");

        beat_after(&beats, before).await; // the task awaits: the others run
        println!("the heartbeat beat again once the task awaited");
        beating.abort();
    });
    Ok(())
}
// ANCHOR_END: pitfall

/// Adds 1, 2, ..., end one at a time (as in part_15_cpu_bound).
fn range_sum(end: u64) -> u64 {
    let mut total = 0;
    for i in 1..=end {
        total += black_box(i);
    }
    total
}

#[cfg(test)]
#[path = "../../tests/units/part_15_blocking_the_runtime.rs"]
mod tests;

//! Part 15 pitfall: CPU-bound work written straight into async code keeps the
//! runtime's thread busy, and no other task runs until it is done. (Moved to
//! `spawn_blocking` or rayon, it leaves that thread free: see part_15_cpu_bound
//! and the exercise.)
//!
//! Run it: cargo run -p listings --bin part_15_blocking_the_runtime

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

fn range_sum(end: u64) -> u64 {
    let mut total = 0;
    for i in 1..=end {
        total += black_box(i);
    }
    total
}

// ANCHOR: pitfall
/// Another task on the same runtime: it counts each time it gets to run.
async fn heartbeat(beats: Arc<AtomicU64>) {
    loop {
        beats.fetch_add(1, Ordering::Relaxed);
        tokio::task::yield_now().await; // let the others run, then go on
    }
}

fn main() -> std::io::Result<()> {
    // One thread runs every task, as in asyncio.
    let runtime = tokio::runtime::Builder::new_current_thread().build()?;
    runtime.block_on(async {
        let beats = Arc::new(AtomicU64::new(0));
        let beating = tokio::spawn(heartbeat(Arc::clone(&beats)));
        tokio::task::yield_now().await; // the heartbeat starts
        let before = beats.load(Ordering::Relaxed);
        println!("heartbeats so far: {before}");

        let sum = range_sum(3_000_000); // on the runtime's only thread
        let during = beats.load(Ordering::Relaxed) - before;
        println!("the sum is {sum}; heartbeats while it ran: {during}");

        tokio::task::yield_now().await; // now the heartbeat gets its turn
        let after = beats.load(Ordering::Relaxed) - before;
        println!("heartbeats since, once the task awaited: {after}");
        beating.abort();
    });
    Ok(())
}
// ANCHOR_END: pitfall

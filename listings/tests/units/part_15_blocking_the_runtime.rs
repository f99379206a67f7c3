//! The tests of `listings/src/bin/part_15_blocking_the_runtime.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::time::{Duration, Instant};

/// Starts the heartbeat on `runtime`, then, inside `block_on`, holds the
/// thread for up to `hold` (without an `.await`), stopping early once the
/// heartbeat has beaten meanwhile. Returns the heartbeats seen while it held.
fn beats_while_holding(runtime: tokio::runtime::Runtime, hold: Duration) -> u64 {
    runtime.block_on(async {
        let beats = Arc::new(AtomicU64::new(0));
        let beating = tokio::spawn(heartbeat(Arc::clone(&beats)));
        beat_after(&beats, 0).await;
        let before = beats.load(Ordering::Relaxed);
        let held = Instant::now();
        while beats.load(Ordering::Relaxed) == before && held.elapsed() < hold {
            std::hint::spin_loop(); // busy, as the sum is: no `.await`
        }
        let during = beats.load(Ordering::Relaxed) - before;
        beat_after(&beats, before).await; // awaiting lets it beat again
        beating.abort();
        during
    })
}

// One thread: nothing else runs while the task computes, however long.
#[test]
fn on_one_thread_the_heartbeat_stops_while_the_task_computes() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    assert_eq!(beats_while_holding(runtime, Duration::from_millis(200)), 0);
}

// A multi-thread runtime: `block_on` computes on this thread, and a worker
// keeps running the heartbeat meanwhile.
#[test]
fn with_worker_threads_the_heartbeat_goes_on() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .unwrap();
    assert!(beats_while_holding(runtime, Duration::from_secs(10)) > 0);
}

#[test]
fn the_sum_is_right() {
    assert_eq!(range_sum(3_000_000), 3_000_000 * 3_000_001 / 2);
}

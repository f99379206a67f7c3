//! Part 28: the runtime's stable metrics, sampled while a workload runs.
//!
//! `RuntimeMetrics` (from `Handle::metrics`) has three counters that need no
//! `--cfg tokio_unstable`: `num_workers`, `num_alive_tasks` and
//! `global_queue_depth`. A sampler task prints them every 100 ms while five
//! tasks that sleep 100..500 ms finish one by one. Runs on the paused clock,
//! one thread, so every sample is the same on every run.
use std::time::Duration;
use tokio::runtime::{Handle, RuntimeMetrics};
use tokio::time::{sleep, Instant};

// ANCHOR: sample
/// One line: virtual time, then what the runtime reports right now.
fn sample(start: Instant, metrics: &RuntimeMetrics) -> String {
    format!(
        "{:.2}s  workers {}  alive tasks {}  global queue {}",
        start.elapsed().as_secs_f64(),
        metrics.num_workers(),
        metrics.num_alive_tasks(),
        metrics.global_queue_depth()
    )
}
// ANCHOR_END: sample

// ANCHOR: workload
/// Five tasks finish at 100, 200, ... 500 ms; the sampler looks at 50, 150,
/// ... 550 ms (halfway between, so no sample ties with a task's end).
async fn watch_workload() -> Vec<String> {
    let start = Instant::now();
    let metrics = Handle::current().metrics();
    let mut samples = vec![sample(start, &metrics)];
    let workers: Vec<_> = (1..=5u64)
        .map(|n| tokio::spawn(sleep(Duration::from_millis(100 * n))))
        .collect();
    sleep(Duration::from_millis(50)).await;
    for _ in 0..6 {
        samples.push(sample(start, &metrics));
        sleep(Duration::from_millis(100)).await;
    }
    for worker in workers {
        worker.await.unwrap();
    }
    samples
}
// ANCHOR_END: workload

// ANCHOR: global
/// Tasks spawned from a thread outside the runtime wait in the global queue
/// until the runtime's thread gets to them.
async fn from_outside() -> (usize, usize) {
    let handle = Handle::current();
    let metrics = handle.metrics();
    std::thread::scope(|scope| {
        scope.spawn(|| {
            for _ in 0..3 {
                handle.spawn(async {});
            }
        });
    }); // the thread has spawned three tasks and ended; none has run yet
    let queued = metrics.global_queue_depth();
    tokio::task::yield_now().await; // the runtime thread runs them now
    (queued, metrics.global_queue_depth())
}
// ANCHOR_END: global

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for line in watch_workload().await {
        println!("{line}");
    }
    let (queued, after) = from_outside().await;
    println!("spawned from another thread: global queue {queued}, after a yield {after}");
}

#[cfg(test)]
#[path = "../../tests/units/part_28_metrics.rs"]
mod tests;

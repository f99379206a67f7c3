//! Introduction: ten thousand waits share two threads. Each task sleeps one
//! unit (100 ms); while a task waits, its worker thread runs the others.
//!
//! Run it: cargo run -p listings --bin part_00_ten_thousand_waits
//! (the second run is on tokio's paused clock, so the time it prints is exact.)

// ANCHOR: main
use std::time::Duration;

const TASKS: u64 = 10_000;

async fn wait_then_answer(id: u64) -> u64 {
    tokio::time::sleep(Duration::from_millis(100)).await; // waiting holds no thread
    id
}

async fn run_all() -> u64 {
    let mut tasks = Vec::new();
    for id in 0..TASKS {
        tasks.push(tokio::spawn(wait_then_answer(id)));
    }
    let mut sum = 0;
    for task in tasks {
        sum += task.await.expect("no task panics");
    }
    sum
}

fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_time()
        .build()?;
    let sum = runtime.block_on(run_all());
    let workers = runtime.metrics().num_workers();
    println!("{TASKS} tasks slept 100 ms each on {workers} worker threads");
    println!("sum of their ids: {sum}");

    // Again on one thread, on tokio's paused clock (the introduction explains
    // it): the time printed is exact.
    let paused = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()?;
    let took = paused.block_on(async {
        let start = tokio::time::Instant::now();
        run_all().await;
        start.elapsed()
    });
    println!("on one thread, paused clock: all {TASKS} done at [+{took:?}]");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_00_ten_thousand_waits.rs"]
mod tests;

//! Part 11: wait for many futures at once with `join!` and `join_all`. Five
//! sleeps of 0..4 units overlap: the whole takes as long as the longest.
//!
//! Run it: cargo run -p listings --bin part_11_join_sleep
//! (`main` runs on tokio's paused clock, so the times printed are exact.)

use std::time::Duration;

use futures::future::join_all;
use listings::timeline::Timeline;
use tokio::time::{sleep, Instant};

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: sleeper
/// Prints when it starts and ends, waits `units` without blocking, and
/// returns its argument.
async fn sleeper(units: u32) -> u32 {
    println!("start {units}");
    sleep(UNIT * units).await;
    println!("end   {units}");
    units
}
// ANCHOR_END: sleeper

// ANCHOR: join
async fn with_join() -> (u32, u32, u32, u32, u32) {
    tokio::join!(sleeper(0), sleeper(1), sleeper(2), sleeper(3), sleeper(4))
}
// ANCHOR_END: join

// ANCHOR: join_all
/// As many sleepers as there are delays; the results come back in the order
/// of the delays, whatever order the sleepers finish in.
async fn with_join_all(delays: &[u32], timeline: &Timeline) -> Vec<u32> {
    let sleepers = delays
        .iter()
        .map(|&units| timeline.span(format!("sleeper({units})"), sleeper(units)));
    join_all(sleepers).await
}
// ANCHOR_END: join_all

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true) // exact times in the output; see the chapter
        .build()?;
    runtime.block_on(async {
        let started = Instant::now();
        let results = with_join().await;
        println!("join! returned {results:?} after {:?}\n", started.elapsed());

        let timeline = Timeline::new(UNIT);
        let results = with_join_all(&[3, 1, 4, 0, 2], &timeline).await;
        println!(
            "join_all returned {results:?} after {:?}\n",
            timeline.elapsed()
        );
        print!("{timeline}");
    });
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_11_join_sleep.rs"]
mod tests;

//! Part 10: three tasks spawned with `tokio::spawn` tick every 1, 2 and 3
//! units; the third stops after three ticks. Unlike the original, which ran
//! until killed, the program stops cleanly at a deadline or on Ctrl-C.
//!
//! Run it: cargo run -p listings --bin part_10_tickers
//! (on tokio's paused clock, 100 ms units: it ends at once, same output
//! every run). To watch it tick, on the real clock with 1-second units:
//! cargo run -p listings --bin part_10_tickers -- --real   (Ctrl-C stops it)

// ANCHOR: ticker
use std::sync::Arc;
use std::time::Duration;

use listings::timeline::Timeline;
use tokio::time::{interval_at, Instant}; // tokio's clock, which can be paused

/// The timeline's clock in its units, to one decimal.
fn units(timeline: &Timeline) -> String {
    let unit = timeline.unit().as_secs_f64();
    format!("{:.1}", timeline.elapsed().as_secs_f64() / unit)
}

/// Prints a line every `every`; stops after `limit` ticks, if it has one.
/// Returns how many times it ticked.
async fn ticker(
    name: &'static str,
    every: Duration,
    limit: Option<u32>,
    timeline: Arc<Timeline>,
) -> u32 {
    // The first tick at the start given, one period from now (a plain
    // `interval` starts now, so its first tick completes at once).
    let mut ticks = interval_at(Instant::now() + every, every);
    let mut count = 0;
    loop {
        ticks.tick().await;
        count += 1;
        timeline.mark(name);
        println!("{:>4} units  {name}: tick {count}", units(&timeline));
        if Some(count) == limit {
            println!("{:>4} units  {name}: done", units(&timeline));
            return count;
        }
    }
}
// ANCHOR_END: ticker

// ANCHOR: run
/// Spawns the three tickers, waits for the deadline or Ctrl-C, then stops
/// the tickers still running and reports how each one ended.
async fn run(unit: Duration, deadline: Duration) -> Arc<Timeline> {
    let timeline = Arc::new(Timeline::new(unit));
    let mut tasks = Vec::new();
    for (name, period, limit) in [("a", 1, None), ("b", 2, None), ("c", 3, Some(3))] {
        let task = tokio::spawn(ticker(name, unit * period, limit, Arc::clone(&timeline)));
        tasks.push((name, task));
    }
    // The tickers run on their own; this task only waits for a reason to stop.
    tokio::select! {
        _ = tokio::time::sleep(deadline) => println!("{:>4} units  deadline", units(&timeline)),
        _ = tokio::signal::ctrl_c() => println!("{:>4} units  Ctrl-C", units(&timeline)),
    }
    for (_, task) in &tasks {
        task.abort(); // no effect on a task that has already finished
    }
    for (name, task) in tasks {
        match task.await {
            Ok(count) => println!("{name}: finished by itself after {count} ticks"),
            Err(error) if error.is_cancelled() => println!("{name}: aborted"),
            Err(error) => println!("{name}: panicked: {error}"),
        }
    }
    timeline
}
// ANCHOR_END: run

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let by_hand = std::env::args().any(|arg| arg == "--real");
    let mut builder = tokio::runtime::Builder::new_current_thread();
    builder.enable_all();
    let unit = if by_hand {
        Duration::from_secs(1)
    } else {
        builder.start_paused(true); // exact, repeatable output
        Duration::from_millis(100)
    };
    let runtime = builder.build()?;
    // Half a unit after the tenth tick, so no tick shares its moment.
    let timeline = runtime.block_on(run(unit, unit * 21 / 2));
    print!("\n{timeline}");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_10_tickers.rs"]
mod tests;

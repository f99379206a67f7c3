//! Part 11, the pitfall: `std::thread::sleep` inside async code blocks the
//! thread, and with it every other future on that thread. The same five
//! sleepers now run one after another: the sum of the delays, not the longest.
//!
//! Run it: cargo run -p listings --bin part_11_blocking_sleep
//! (This one runs on the real clock: a blocking sleep does not move tokio's
//! paused clock. Real times vary, so it compares them instead of printing.)

use std::time::{Duration, Instant};

use futures::future::join_all;

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: blocking_sleeper
/// Wrong: `std::thread::sleep` never returns `Pending`. It holds the thread
/// for the whole delay, so nothing else on this thread can run meanwhile.
async fn blocking_sleeper(units: u32) -> u32 {
    println!("start {units}");
    std::thread::sleep(UNIT * units);
    println!("end   {units}");
    units
}
// ANCHOR_END: blocking_sleeper

/// The right one, for comparison.
async fn sleeper(units: u32) -> u32 {
    tokio::time::sleep(UNIT * units).await;
    units
}

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()?;
    let sum = UNIT * (0..5).sum::<u32>(); // 10 units

    let started = Instant::now();
    let results = runtime.block_on(join_all((0..5).map(blocking_sleeper)));
    let blocking = started.elapsed();
    println!("join_all returned {results:?}\n");

    let started = Instant::now();
    runtime.block_on(join_all((0..5).map(sleeper)));
    let concurrent = started.elapsed();
    // Compared with the sum, not printed: real times vary from run to run.
    println!("with tokio::time::sleep: {}", against(concurrent, sum));
    println!("with std::thread::sleep: {}", against(blocking, sum));
    Ok(())
}

fn against(elapsed: Duration, sum: Duration) -> &'static str {
    if elapsed < sum {
        "less than the sum of the delays"
    } else {
        "at least the sum of the delays"
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_11_blocking_sleep.rs"]
mod tests;

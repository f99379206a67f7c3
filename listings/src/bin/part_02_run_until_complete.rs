//! Part 02: run one future to completion. `Runtime::block_on` is the
//! counterpart of asyncio's `run_until_complete` (and `asyncio.run`).
//!
//! Run it: cargo run -p listings --bin part_02_run_until_complete
//! (`main` runs on tokio's paused clock, so the times printed are exact.)

use std::time::Duration;
use tokio::time::Instant;

// ANCHOR: future
/// Prints, waits one unit (100 ms) without blocking the thread, prints again.
/// Each line says when, counted from the start of the body.
async fn start_and_end() -> &'static str {
    let start = Instant::now();
    println!("[+{}ms] Start", start.elapsed().as_millis());
    tokio::time::sleep(Duration::from_millis(100)).await;
    println!("[+{}ms] End", start.elapsed().as_millis());
    "done"
}
// ANCHOR_END: future

// ANCHOR: main
fn main() -> std::io::Result<()> {
    // tokio's paused clock (see the introduction): the times are exact.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()?;
    let future = start_and_end(); // a value: nothing has run yet
    println!("created the future");
    let result = runtime.block_on(future); // drive it until it is Ready
    println!("block_on returned {result:?}");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_02_run_until_complete.rs"]
mod tests;

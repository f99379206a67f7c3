//! Part 02: run one future to completion. `Runtime::block_on` is the
//! counterpart of asyncio's `run_until_complete` (and `asyncio.run`).
//!
//! Run it: cargo run -p listings --bin part_02_run_until_complete

use std::time::Duration;
use tokio::runtime::Runtime;

// ANCHOR: future
/// Prints, waits one unit (100 ms) without blocking the thread, prints again.
async fn start_and_end() -> &'static str {
    println!("Start");
    tokio::time::sleep(Duration::from_millis(100)).await;
    println!("End");
    "done"
}
// ANCHOR_END: future

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let runtime = Runtime::new()?;
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

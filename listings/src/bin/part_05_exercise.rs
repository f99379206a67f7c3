//! Part 05 exercise, solved: wait for a task with a deadline, and stop it if
//! it misses the deadline (dropping its handle would leave it running).
//!
//! Run it: cargo run -p listings --bin part_05_exercise

use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::{JoinError, JoinHandle};

/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: solution
/// Awaits `task` for at most `deadline`. A task that misses the deadline is
/// aborted, and the result is then `Err` with `is_cancelled()`; when this
/// returns, the task is no longer running either way.
async fn finish_within<T>(mut task: JoinHandle<T>, deadline: Duration) -> Result<T, JoinError> {
    // `&mut task`: the timeout borrows the handle, so we still have it after.
    if let Ok(result) = tokio::time::timeout(deadline, &mut task).await {
        return result;
    }
    task.abort();
    // Resolves once the task is gone: Err(cancelled), or its output if it
    // finished just before the abort.
    task.await
}
// ANCHOR_END: solution

// ANCHOR: main
/// Works for `units` units, then reports on `done` and returns `units`.
async fn work(units: u32, done: oneshot::Sender<()>) -> u32 {
    tokio::time::sleep(units * UNIT).await;
    let _ = done.send(());
    units
}

fn describe(result: Result<u32, JoinError>) -> String {
    match result {
        Ok(units) => format!("finished after {units} unit(s)"),
        Err(error) if error.is_cancelled() => "cancelled".to_owned(),
        Err(_) => "panicked".to_owned(),
    }
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (done, _) = oneshot::channel();
    let quick = tokio::spawn(work(1, done));
    println!(
        "quick task: {}",
        describe(finish_within(quick, 3 * UNIT).await)
    );

    let (done, slow_done) = oneshot::channel();
    let slow = tokio::spawn(work(5, done));
    println!(
        "slow task: {}",
        describe(finish_within(slow, 2 * UNIT).await)
    );
    match slow_done.await {
        Ok(()) => println!("the slow task kept running to its end"),
        Err(_) => println!("the slow task was stopped before its end"),
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_05_exercise.rs"]
mod tests;

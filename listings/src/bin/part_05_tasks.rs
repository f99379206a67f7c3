//! Part 05: `tokio::spawn` turns a future into a task that the runtime runs on
//! its own. The `JoinHandle` it returns is a future of the task's output. The
//! task runs whether or not anyone awaits that handle.
//!
//! Run it: cargo run -p listings --bin part_05_tasks

use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinError;

/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: nap
/// Sleeps one unit, saying when it starts and ends.
async fn nap() -> &'static str {
    println!("  nap: start");
    tokio::time::sleep(UNIT).await;
    println!("  nap: end");
    "rested"
}
// ANCHOR_END: nap

// ANCHOR: spawn
/// The original's experiment: start a task, then await its handle.
async fn spawn_then_await() -> Result<&'static str, JoinError> {
    let handle = tokio::spawn(nap());
    println!("spawned the task; finished? {}", handle.is_finished());
    let output = handle.await?; // waits for the task: one unit
    println!("awaited the handle: {output:?}");
    Ok(output)
}
// ANCHOR_END: spawn

// ANCHOR: unawaited
/// The task runs while nobody awaits its handle; awaiting a finished task's
/// handle returns its output at once.
async fn runs_unawaited() -> Result<&'static str, JoinError> {
    let (done, task_done) = oneshot::channel();
    let handle = tokio::spawn(async move {
        let output = nap().await;
        let _ = done.send(()); // tell main, without main touching the handle
        output
    });
    println!("spawned the task; nobody awaits its handle");
    task_done.await.expect("the task sends before it ends");
    println!(
        "the task says it is done; finished? {}",
        handle.is_finished()
    );
    let output = handle.await?; // the task is done: Ready on the first poll
    println!("awaited the handle: {output:?}");
    Ok(output)
}
// ANCHOR_END: unawaited

// One thread: the task's last poll (send, then return) ends before main is
// polled again, so `is_finished` is already true when main looks.
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), JoinError> {
    spawn_then_await().await?;
    runs_unawaited().await?;
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_05_tasks.rs"]
mod tests;

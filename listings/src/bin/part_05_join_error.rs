//! Part 05: how a task can fail. `abort` cancels a task; a panic inside a task
//! ends only that task. Either way, its `JoinHandle` answers `Err(JoinError)`,
//! and the error says which it was.
//!
//! Run it: cargo run -p listings --bin part_05_join_error
//! (stderr also shows the task's panic report; that panic is on purpose.)

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::task::JoinError;

/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: abort
/// Starts a task that would sleep ten units, and aborts it.
async fn abort_a_sleeper(woke: Arc<AtomicBool>) -> JoinError {
    let sleeper = tokio::spawn(async move {
        tokio::time::sleep(10 * UNIT).await;
        woke.store(true, Ordering::SeqCst); // never runs: aborted before
    });
    sleeper.abort(); // the runtime drops the task's future at its next chance
    let error = sleeper.await.expect_err("an aborted task has no output");
    println!(
        "aborted task: is_cancelled? {}, is_panic? {}",
        error.is_cancelled(),
        error.is_panic()
    );
    error
}
// ANCHOR_END: abort

// ANCHOR: panic
/// Starts a task that panics; the panic ends the task, not the program.
async fn a_task_panics() -> JoinError {
    let doomed = tokio::spawn(async {
        let digits: u32 = "forty-two".parse().expect("the task needs digits");
        digits
    });
    let error = doomed.await.expect_err("a panicked task has no output");
    println!(
        "panicked task: is_cancelled? {}, is_panic? {}",
        error.is_cancelled(),
        error.is_panic()
    );
    error
}
// ANCHOR_END: panic

#[tokio::main(flavor = "current_thread")]
async fn main() {
    abort_a_sleeper(Arc::new(AtomicBool::new(false))).await;
    // ANCHOR: payload
    let error = a_task_panics().await;
    // What the panic carried, as a Box<dyn Any + Send>. `expect` panics
    // with a formatted message, so the payload holds a String.
    let payload = error.into_panic();
    let message = payload.downcast_ref::<String>().map_or("?", String::as_str);
    println!("its message: {message}");
    println!("main is still running");
    // ANCHOR_END: payload
}

#[cfg(test)]
#[path = "../../tests/units/part_05_join_error.rs"]
mod tests;

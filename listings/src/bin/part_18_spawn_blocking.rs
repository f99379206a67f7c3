//! Part 18: `spawn_blocking` work cannot be cancelled from outside. `abort()`
//! on its handle does nothing once the closure runs: there is no `.await` in
//! it to stop at, and a thread cannot be stopped. The closure has to check a
//! flag itself (here `CancellationToken::is_cancelled`, which needs no
//! runtime).
//!
//! The steps are paced by handshakes, not by time: after each step the
//! closure reports, and waits for main's go-ahead. So the output is the same
//! on every run, and the program takes no time at all.
//!
//! Run it: cargo run -p listings --bin part_18_spawn_blocking

use std::sync::mpsc as std_mpsc;
use tokio::sync::mpsc;
use tokio::task::JoinError;
use tokio_util::sync::CancellationToken;

// ANCHOR: steps
const STEPS: u32 = 4;

/// Blocking work in `STEPS` steps. After each step it tells main, then waits
/// for main's go-ahead; it stops early only if `token` says so.
fn steps(token: CancellationToken, done: mpsc::Sender<u32>, go: std_mpsc::Receiver<()>) -> u32 {
    for step in 1..=STEPS {
        if token.is_cancelled() {
            return step - 1; // the only way this closure stops early
        }
        println!("  blocking thread: step {step}");
        if done.blocking_send(step).is_err() || go.recv().is_err() {
            return step; // main is gone
        }
    }
    STEPS
}
// ANCHOR_END: steps

// ANCHOR: abort
/// Aborts the handle after step 1, and returns what the handle gives.
async fn abort_after_step_one() -> Result<u32, JoinError> {
    let (done_tx, mut done) = mpsc::channel(1);
    let (go, go_rx) = std_mpsc::channel();
    let token = CancellationToken::new(); // never cancelled here
    let handle = tokio::task::spawn_blocking(move || steps(token, done_tx, go_rx));
    while let Some(step) = done.recv().await {
        if step == 1 {
            println!("main: abort()");
            handle.abort();
        }
        go.send(()).expect("the closure waits for this");
    }
    handle.await // the number of steps that ran, or a JoinError
}
// ANCHOR_END: abort

// ANCHOR: cooperative
/// Cancels the closure's token after step 1, and returns what the handle gives.
async fn cancel_after_step_one() -> Result<u32, JoinError> {
    let (done_tx, mut done) = mpsc::channel(1);
    let (go, go_rx) = std_mpsc::channel();
    let token = CancellationToken::new();
    let theirs = token.clone();
    let handle = tokio::task::spawn_blocking(move || steps(theirs, done_tx, go_rx));
    while let Some(step) = done.recv().await {
        if step == 1 {
            println!("main: token.cancel()");
            token.cancel(); // the closure sees it before its next step
        }
        go.send(()).expect("the closure waits for this");
    }
    handle.await
}
// ANCHOR_END: cooperative

// ANCHOR: main
#[tokio::main]
async fn main() {
    println!("-- abort() on a spawn_blocking handle:");
    println!("main: the handle gives {:?}", abort_after_step_one().await);
    println!("-- a token the closure checks:");
    println!("main: the handle gives {:?}", cancel_after_step_one().await);
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_18_spawn_blocking.rs"]
mod tests;

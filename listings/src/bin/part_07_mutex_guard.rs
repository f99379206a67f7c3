//! Part 07, a guard from tokio: `tokio::sync::Mutex::lock().await` waits for
//! the lock without blocking the thread, and returns a guard that may be held
//! across `.await`. Dropping the guard releases the lock; nothing to await.
//!
//! Run it: cargo run -p listings --bin part_07_mutex_guard

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Mutex;

/// One unit of time.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: worker
/// Takes the lock, holds it across a one-unit sleep, and appends its name.
async fn worker(name: &'static str, shared: Arc<Mutex<Vec<&'static str>>>) {
    let mut names = shared.lock().await; // waits while another task holds it
    println!("{name}: locked");
    tokio::time::sleep(UNIT).await; // the guard is held across this .await
    names.push(name);
    println!("{name}: unlocking");
} // `names`, the guard, is dropped here: the next waiter gets the lock
  // ANCHOR_END: worker

// ANCHOR: run
/// Runs two workers at once, and returns the names in locking order.
async fn run() -> Vec<&'static str> {
    let shared = Arc::new(Mutex::new(Vec::new()));
    let a = tokio::spawn(worker("a", Arc::clone(&shared)));
    let b = tokio::spawn(worker("b", Arc::clone(&shared)));
    a.await.expect("a does not panic");
    b.await.expect("b does not panic");
    let names = shared.lock().await;
    names.clone()
}
// ANCHOR_END: run

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let names = run().await;
    println!("{names:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_07_mutex_guard.rs"]
mod tests;

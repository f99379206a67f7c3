//! Part 06 pitfall: a future that answers Pending without arranging a wake.
//! Nothing polls it again, so it never finishes. Run as a task, it is still
//! unfinished when a timeout gives up on it; wrapped in the timeout itself,
//! it finishes only because the timeout's timer happens to wake the task.
//!
//! Run it: cargo run -p listings --bin part_06_forgot_waker

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::time::timeout;

// ANCHOR: forgetful
/// Meant to be Pending once and then Ready(1), but it never wakes anyone.
struct Forgetful {
    yielded: bool,
    polls: Arc<AtomicU32>,
}

impl Future for Forgetful {
    type Output = u32;

    fn poll(mut self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<u32> {
        self.polls.fetch_add(1, Ordering::SeqCst);
        if self.yielded {
            return Poll::Ready(1);
        }
        self.yielded = true;
        Poll::Pending // BUG: nobody was asked to wake us, so nobody will
    }
}
// ANCHOR_END: forgetful

fn forgetful() -> (Forgetful, Arc<AtomicU32>) {
    let polls = Arc::new(AtomicU32::new(0));
    let future = Forgetful {
        yielded: false,
        polls: Arc::clone(&polls),
    };
    (future, polls)
}

// ANCHOR: as_task
/// How long to wait for it: three units of 100 ms.
const PATIENCE: Duration = Duration::from_millis(300);

/// Spawns the future as a task and waits for it, at most `PATIENCE`.
/// Returns whether it finished, and how often it was polled.
async fn run_as_task() -> (bool, u32) {
    let (future, polls) = forgetful();
    let mut task = tokio::spawn(future);
    let finished = timeout(PATIENCE, &mut task).await.is_ok();
    task.abort(); // stop waiting for a task that would never end
    (finished, polls.load(Ordering::SeqCst))
}
// ANCHOR_END: as_task

// ANCHOR: inside_timeout
/// Wraps the future itself in the timeout: the timeout's timer wakes the task,
/// and `Timeout` polls its inner future before it checks its deadline.
async fn run_inside_timeout() -> (Option<u32>, u32) {
    let (future, polls) = forgetful();
    let output = timeout(PATIENCE, future).await.ok();
    (output, polls.load(Ordering::SeqCst))
}
// ANCHOR_END: inside_timeout

// ANCHOR: main
// tokio's paused clock (see the introduction): time stands still while a task
// can run and jumps to the next timer when none can, so the stamps are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = tokio::time::Instant::now();
    let stamp = || format!("[+{}ms]", start.elapsed().as_millis());

    let (finished, polls) = run_as_task().await;
    println!("{} as a task: done? {finished}; {polls} poll(s)", stamp());

    let (output, polls) = run_inside_timeout().await;
    println!("{} inside timeout: {output:?}; {polls} poll(s)", stamp());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_06_forgot_waker.rs"]
mod tests;

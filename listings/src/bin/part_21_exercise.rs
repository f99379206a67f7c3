//! Part 21 exercise, solved: wait until enough jobs are done, without a
//! sleep loop that checks the count. `wait_until` asks for a `Notified`
//! before it looks at the count, so a job that finishes between the look and
//! the wait still wakes it (the lost wake-up of part_21_notify), and it
//! returns the moment the count is reached, not at the next tick of such a
//! loop.
//!
//! Run it: cargo run -p listings --bin part_21_exercise

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::{sleep, Instant};

// ANCHOR: helpers
/// How many jobs are done, and a way to hear that the number changed.
#[derive(Default)]
struct Progress {
    done: Mutex<u32>,
    changed: Notify,
}

impl Progress {
    fn finish_one(&self) {
        *self.done.lock().unwrap() += 1;
        self.changed.notify_waiters();
    }
}
// ANCHOR_END: helpers

// ANCHOR: solution
impl Progress {
    /// Returns as soon as at least `jobs` jobs are done.
    async fn wait_until(&self, jobs: u32) {
        loop {
            let changed = self.changed.notified(); // before the look
            let done = *self.done.lock().unwrap();
            if done >= jobs {
                return;
            }
            changed.await;
        }
    }
}
// ANCHOR_END: solution

// ANCHOR: main
/// Three jobs finish at 150, 250 and 350 ms. Returns when `wait_until(2)`
/// and then `wait_until(3)` returned.
async fn run() -> [Duration; 2] {
    let start = Instant::now();
    let progress = Arc::new(Progress::default());
    for ends in [150, 250, 350] {
        let progress = Arc::clone(&progress);
        tokio::spawn(async move {
            sleep(Duration::from_millis(ends)).await;
            progress.finish_one();
        });
    }
    progress.wait_until(2).await;
    let two = start.elapsed();
    progress.wait_until(3).await;
    [two, start.elapsed()]
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let [two, three] = run().await;
    println!("2 jobs done at {:.2}s", two.as_secs_f64());
    println!("3 jobs done at {:.2}s", three.as_secs_f64());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_21_exercise.rs"]
mod tests;

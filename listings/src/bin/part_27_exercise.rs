//! Part 27 exercise: three workers share a log in an `Rc<RefCell<_>>`. Run
//! them at once, as tasks, without turning the `Rc` into an `Arc<Mutex<_>>`.
//!
//! Run it: cargo run -p listings --bin part_27_exercise

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use tokio::time::{sleep, Instant};

// ANCHOR: helpers
/// The shared log: one thread only, so no lock and no atomic count.
type Log = Rc<RefCell<Vec<String>>>;

/// `steps` steps of 100 ms; each one writes its name into the log.
async fn worker(name: &'static str, steps: u32, log: Log) {
    for step in 1..=steps {
        sleep(Duration::from_millis(100)).await;
        log.borrow_mut().push(format!("{name}{step}"));
    }
}
// ANCHOR_END: helpers

// ANCHOR: solution
use tokio::task::LocalSet;

/// Runs a (3 steps), b (2) and c (1) at once, on this thread.
async fn run(log: Log) {
    let tasks = LocalSet::new();
    for (name, steps) in [("a", 3), ("b", 2), ("c", 1)] {
        // `tokio::spawn` would refuse this future: it holds an `Rc`.
        tasks.spawn_local(worker(name, steps, Rc::clone(&log)));
    }
    tasks.await; // a LocalSet is a future: ready when all its tasks are done
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let log = Log::default();
    let start = Instant::now();
    run(Rc::clone(&log)).await;
    println!("{}", log.borrow().join(" "));
    println!("done after {} ms", start.elapsed().as_millis());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_27_exercise.rs"]
mod tests;

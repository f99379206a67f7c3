//! Part 22: `thread_local!` gives each thread its own copy of a static, like
//! Python's `threading.local`. A thread-local is per *thread*, not per task:
//! two tasks on one runtime thread share it.
//!
//! Run it: cargo run -p listings --bin part_22_thread_local

use std::cell::Cell;
use std::thread;

// ANCHOR: counter
thread_local! {
    /// How many requests this thread has handled. Each thread starts at 0.
    static HANDLED: Cell<u32> = const { Cell::new(0) };
}

fn handle_request() {
    HANDLED.set(HANDLED.get() + 1); // no lock: no other thread can see it
}

/// Handles `requests` requests on a new thread; returns that thread's count.
fn worker(requests: u32) -> thread::JoinHandle<u32> {
    thread::spawn(move || {
        for _ in 0..requests {
            handle_request();
        }
        HANDLED.get()
    })
}
// ANCHOR_END: counter

// ANCHOR: tasks
/// Two tasks on a one-thread runtime each handle three requests. They run on
/// the same thread, so they count into the same `HANDLED`.
fn two_tasks_on_one_thread() -> (u32, u32) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let task = || async {
            for _ in 0..3 {
                handle_request();
                tokio::task::yield_now().await; // let the other task run
            }
            HANDLED.get()
        };
        let (a, b) = tokio::join!(tokio::spawn(task()), tokio::spawn(task()));
        (a.expect("no panic"), b.expect("no panic"))
    })
}
// ANCHOR_END: tasks

// ANCHOR: main
fn main() {
    let (a, b) = (worker(3), worker(5));
    handle_request();
    println!("thread a handled {}", a.join().expect("no panic"));
    println!("thread b handled {}", b.join().expect("no panic"));
    println!("main handled {}", HANDLED.get());

    let (first, second) = thread::spawn(two_tasks_on_one_thread)
        .join()
        .expect("no panic");
    println!("two tasks on one thread, 3 requests each: they saw {first} and {second}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_thread_local.rs"]
mod tests;

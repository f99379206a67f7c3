//! Part 22: what Python's daemon threads become. A `std::thread` is killed
//! when `main` returns, like a daemon thread; nothing waits for it unless you
//! join it. A tokio runtime is the other way round: dropping it waits for its
//! blocking work (`spawn_blocking`) to end, however long that takes, unless
//! you shut it down with a timeout.
//!
//! Run it: cargo run -p listings --bin part_22_daemon
//! (The program prints no times; each line says what a channel showed.)

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

// ANCHOR: daemon
/// A thread that nobody joins: it would print after 10 s, but `main` returns
/// long before, and the process ends with every thread still in it.
fn start_background_thread() {
    thread::spawn(|| {
        thread::sleep(Duration::from_secs(10));
        println!("background thread: done"); // never printed
    });
}
// ANCHOR_END: daemon

// ANCHOR: drop_waits
/// A runtime's drop waits for its blocking work. Returns whether the job had
/// finished by the time `drop` returned.
fn drop_waits_for_blocking_work(job: Duration) -> bool {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let (done, finished) = mpsc::channel();
    runtime.spawn_blocking(move || {
        thread::sleep(job); // stands for blocking I/O
        done.send(()).expect("main is listening");
    });
    drop(runtime); // blocks until the job has returned
    finished.try_recv().is_ok()
}
// ANCHOR_END: drop_waits

// ANCHOR: shutdown_timeout
/// `shutdown_timeout` waits at most `limit`, then leaves the job running on
/// its thread. Returns whether the job had finished when it returned.
fn shutdown_timeout_stops_waiting(job: Duration, limit: Duration) -> bool {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let (done, finished) = mpsc::channel();
    runtime.spawn_blocking(move || {
        thread::sleep(job);
        let _ = done.send(()); // main may have stopped listening
    });
    runtime.shutdown_timeout(limit);
    finished.try_recv().is_ok()
}
// ANCHOR_END: shutdown_timeout

// ANCHOR: main
fn main() {
    start_background_thread();
    println!("main: started a background thread that sleeps 10 s");

    let finished = drop_waits_for_blocking_work(Duration::from_millis(300));
    println!("a 300 ms blocking job had finished when drop(runtime) returned: {finished}");

    let finished =
        shutdown_timeout_stops_waiting(Duration::from_secs(5), Duration::from_millis(100));
    println!("a 5 s blocking job had finished when shutdown_timeout(100 ms) returned: {finished}");

    println!("main returns: the process ends, and the threads still in it end with it");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_daemon.rs"]
mod tests;

//! Part 01: `#[tokio::main]` is sugar. It builds a runtime, and blocks the
//! real `main` thread on your async `main` until it finishes.
//!
//! Run it: cargo run -p listings --bin part_01_tokio_main

use tokio::runtime::Handle;

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let flavor = Handle::current().runtime_flavor();
    println!("async main runs inside a runtime of flavor {flavor:?}");

    let task = tokio::spawn(async { std::thread::current().name().map(str::to_owned) });
    let ran_on = task.await.expect("the task does not panic");
    println!("a spawned task ran on thread {ran_on:?}");
}
// ANCHOR_END: main

//! Part 01 exercise, solved: tell whether the calling code runs inside a
//! Tokio runtime.
//!
//! Run it: cargo run -p listings --bin part_01_exercise

use tokio::runtime::{Handle, Runtime};

// ANCHOR: solution
/// Whether the calling thread has a current Tokio runtime.
fn in_runtime() -> bool {
    Handle::try_current().is_ok()
}
// ANCHOR_END: solution

// ANCHOR: main
fn main() {
    let runtime = Runtime::new().expect("a runtime");
    println!("in main: {}", in_runtime());
    println!(
        "inside block_on: {}",
        runtime.block_on(async { in_runtime() })
    );
    let blocking = runtime.block_on(async { tokio::task::spawn_blocking(in_runtime).await });
    println!("in spawn_blocking: {}", blocking.expect("no panic"));
    let in_thread = runtime.block_on(async { std::thread::spawn(in_runtime).join() });
    println!(
        "in a std thread started from async code: {}",
        in_thread.expect("no panic")
    );
}
// ANCHOR_END: main

// ANCHOR: tests
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn false_outside_any_runtime() {
        assert!(!in_runtime());
    }

    #[test]
    fn true_in_async_code_and_on_the_blocking_pool() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        assert!(runtime.block_on(async { in_runtime() }));
        let blocking = runtime.block_on(async { tokio::task::spawn_blocking(in_runtime).await });
        assert!(blocking.unwrap());
    }

    #[test]
    fn false_on_a_thread_that_entered_nothing() {
        let runtime = Runtime::new().unwrap();
        let in_thread = runtime.block_on(async { std::thread::spawn(in_runtime).join() });
        assert!(!in_thread.unwrap());
    }
}
// ANCHOR_END: tests

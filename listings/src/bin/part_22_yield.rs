//! Part 22: `tokio::task::yield_now` is the counterpart of Python's
//! `await asyncio.sleep(0)`: the task steps aside and the other ready tasks
//! run first (in an order tokio does not promise). Without it, a task that
//! never waits runs to the end before any other task gets its thread.
//!
//! Run it: cargo run -p listings --bin part_22_yield
//! (On a one-thread runtime the order is the same on every run.)

use std::sync::{Arc, Mutex};

// ANCHOR: steps
/// Runs `a` and `b`, three steps each, as two tasks on one thread, and
/// returns the order in which the steps ran.
async fn steps(yield_between: bool) -> Vec<String> {
    let order = Arc::new(Mutex::new(Vec::new()));
    let task = |name: &'static str| {
        let order = Arc::clone(&order);
        async move {
            for step in 0..3 {
                order.lock().unwrap().push(format!("{name}{step}"));
                if yield_between {
                    tokio::task::yield_now().await; // let the others run
                }
            }
        }
    };
    let (a, b) = (tokio::spawn(task("a")), tokio::spawn(task("b")));
    a.await.expect("no panic");
    b.await.expect("no panic");
    let order = order.lock().unwrap().clone();
    order
}
// ANCHOR_END: steps

// ANCHOR: main
fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    println!("no yield:   {}", runtime.block_on(steps(false)).join(" "));
    println!("yield_now:  {}", runtime.block_on(steps(true)).join(" "));
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_yield.rs"]
mod tests;

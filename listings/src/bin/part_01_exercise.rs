//! Part 01 exercise, solved: start a std thread that has the caller's runtime
//! as its current runtime, so tokio functions work there.
//!
//! Run it: cargo run -p listings --bin part_01_exercise

use std::thread::JoinHandle;
use tokio::runtime::Handle;

// ANCHOR: solution
/// Runs `f` on a new std thread whose current runtime is the caller's.
/// Panics if the caller has no current runtime.
fn spawn_with_runtime<T, F>(f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let handle = Handle::current(); // taken here, on the caller's thread
    std::thread::spawn(move || {
        let _guard = handle.enter(); // and entered there, on the new thread
        f()
    })
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main]
async fn main() {
    // (Joining a thread blocks; here it is brief, and nothing else is waiting.)
    let has_runtime = spawn_with_runtime(|| Handle::try_current().is_ok())
        .join()
        .unwrap();
    println!("the new thread has a current runtime: {has_runtime}");

    match spawn_with_runtime(|| tokio::spawn(async { 6 * 7 })).join() {
        Ok(task) => println!(
            "a task spawned from that thread answered {}",
            task.await.unwrap()
        ),
        Err(_) => println!("tokio::spawn panicked in that thread"),
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_01_exercise.rs"]
mod tests;

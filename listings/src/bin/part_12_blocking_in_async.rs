//! Part 12, a pitfall: `reqwest::blocking` called from async code. The blocking
//! client runs a runtime of its own and, in debug builds, refuses to be used
//! on a thread that is driving async code: it panics instead of silently
//! stalling it. (Release builds skip the check and block.)
//!
//! Run it: cargo run -p listings --bin part_12_blocking_in_async
//! (The panic's report also appears on stderr; that is expected.)

use listings::panic_message;

// ANCHOR: pitfall
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let server = listings::server::start().await.expect("a free port");
    let url = server.count_url(0.0);
    // Wrong: a blocking call inside a task. The task panics; we catch the
    // panic through its JoinHandle to print the message.
    let task = tokio::spawn(async move {
        let _ = reqwest::blocking::get(url);
    });
    match task.await {
        Ok(()) => println!("no panic"),
        Err(error) => println!("the task panicked: {}", panic_message(&*error.into_panic())),
    }
}
// ANCHOR_END: pitfall

#[cfg(test)]
#[path = "../../tests/units/part_12_blocking_in_async.rs"]
mod tests;

//! Part 04: a oneshot channel is Rust's settable future. The `Sender` sets the
//! value once; the `Receiver` is a future of that value.
//!
//! Run it: cargo run -p listings --bin part_04_oneshot
//! (`main` runs on tokio's paused clock, so the times printed are exact.)

use std::time::Duration;
use tokio::sync::oneshot;

// ANCHOR: settable
/// The original's experiment: make the slot, check it, set it, await it.
async fn set_then_await() -> &'static str {
    let (sender, receiver) = oneshot::channel();
    println!("made a channel; holds a value? {}", !receiver.is_empty());
    assert!(receiver.is_empty());

    // `send` takes the sender by value: a value can be set only once.
    sender
        .send("the answer")
        .expect("the receiver is still there");
    println!("sent a value; holds a value? {}", !receiver.is_empty());
    assert!(!receiver.is_empty());

    let value = receiver.await.expect("a value was sent");
    println!("awaited: {value:?}");
    value
}
// ANCHOR_END: settable

// ANCHOR: across_tasks
/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

/// The usual shape: one task sets the value, another awaits it.
async fn set_by_another_task() -> Result<u32, oneshot::error::RecvError> {
    let start = tokio::time::Instant::now();
    let (sender, receiver) = oneshot::channel();
    tokio::spawn(async move {
        // Some work, then the answer. `send` fails only if the receiver is
        // gone, and then nobody wants the value.
        tokio::time::sleep(UNIT).await;
        let _ = sender.send(42);
    });
    println!("[+{}ms] spawned the setter", start.elapsed().as_millis());
    let value = receiver.await;
    println!("[+{}ms] awaited: {value:?}", start.elapsed().as_millis());
    value
}
// ANCHOR_END: across_tasks

// tokio's paused clock (see the introduction): the stamps are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    set_then_await().await;
    set_by_another_task().await.expect("the setter sends");
}

#[cfg(test)]
#[path = "../../tests/units/part_04_oneshot.rs"]
mod tests;

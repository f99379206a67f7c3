//! Part 04 exercise, solved: wait for a oneshot answer with a deadline, and
//! tell "nobody will answer" apart from "nobody answered in time".
//!
//! Run it: cargo run -p listings --bin part_04_exercise

use std::time::Duration;
use tokio::sync::oneshot;

/// Why no answer came.
#[derive(Debug, PartialEq)]
enum NoAnswer {
    /// The sender was dropped without sending: no answer will ever come.
    SenderGone,
    /// The sender is still there, but did not send within the patience.
    TimedOut,
}

// ANCHOR: solution
/// Waits for the value `receiver` will get, for at most `patience`.
async fn wait_for_answer(
    receiver: oneshot::Receiver<u32>,
    patience: Duration,
) -> Result<u32, NoAnswer> {
    match tokio::time::timeout(patience, receiver).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(_closed)) => Err(NoAnswer::SenderGone),
        Err(_elapsed) => Err(NoAnswer::TimedOut),
    }
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let patience = Duration::from_millis(500);

    let (sender, receiver) = oneshot::channel();
    tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        let _ = sender.send(42);
    });
    let answer = wait_for_answer(receiver, patience).await;
    println!("a sender that answers: {answer:?}");

    let (sender, receiver) = oneshot::channel::<u32>();
    drop(sender);
    let answer = wait_for_answer(receiver, patience).await;
    println!("a dropped sender: {answer:?}");

    let (_silent, receiver) = oneshot::channel::<u32>(); // kept, never used
    let answer = wait_for_answer(receiver, patience).await;
    println!("a silent sender: {answer:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_04_exercise.rs"]
mod tests;

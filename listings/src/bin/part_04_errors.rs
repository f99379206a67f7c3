//! Part 04: failure with a oneshot channel. An error the setter wants to report
//! is a value it sends (Python's `set_exception`). A setter that ends without
//! sending drops its `Sender`, and the waiter gets `RecvError` instead of
//! waiting forever. A waiter that is gone makes `send` hand the value back.
//!
//! Run it: cargo run -p listings --bin part_04_errors
//! (stderr also shows the worker's panic report; that panic is on purpose.)

use std::num::ParseIntError;
use tokio::sync::oneshot;
use tokio::sync::oneshot::error::RecvError;

// ANCHOR: send_err
/// Parses `text` in a new task, which sends back the whole `Result`: an error
/// is a value like any other.
fn parse_elsewhere(text: &'static str) -> oneshot::Receiver<Result<u32, ParseIntError>> {
    let (sender, receiver) = oneshot::channel();
    tokio::spawn(async move {
        let _ = sender.send(text.parse());
    });
    receiver
}

async fn show_parse(text: &'static str) {
    // Two layers: the channel's Result around the task's Result.
    match parse_elsewhere(text).await {
        Ok(Ok(number)) => println!("{text:?}: the task sent {number}"),
        Ok(Err(error)) => println!("{text:?}: the task sent an error: {error}"),
        Err(closed) => println!("{text:?}: the task sent nothing: {closed}"),
    }
}
// ANCHOR_END: send_err

// ANCHOR: dropped
/// A worker that fails before it sends: its task ends, the sender it owns is
/// dropped, and the receiver wakes with an error.
async fn worker_fails() -> Result<u32, RecvError> {
    let (sender, receiver) = oneshot::channel();
    tokio::spawn(async move {
        // This task owns `sender`: when the task ends, unsent, it is dropped.
        let answer: u32 = "not a number".parse().expect("the worker fails here");
        let _ = sender.send(answer); // never reached
    });
    receiver.await
}
// ANCHOR_END: dropped

// ANCHOR: receiver_gone
/// The other way round: the waiter is gone before the value is sent.
fn waiter_gone() -> Result<(), u32> {
    let (sender, receiver) = oneshot::channel();
    drop(receiver); // say, the waiter gave up
    println!(
        "receiver dropped; sender.is_closed()? {}",
        sender.is_closed()
    );
    sender.send(7) // Err(7): the value comes back to the sender
}
// ANCHOR_END: receiver_gone

#[tokio::main(flavor = "current_thread")]
async fn main() {
    show_parse("42").await;
    show_parse("forty-two").await;
    match worker_fails().await {
        Ok(value) => println!("the worker sent {value}"),
        Err(error) => println!("the worker sent nothing: {error}"),
    }
    match waiter_gone() {
        Ok(()) => println!("sent"),
        Err(value) => println!("send failed and gave back {value}"),
    }
}

#[cfg(test)]
#[path = "../../tests/units/part_04_errors.rs"]
mod tests;

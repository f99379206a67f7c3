//! Part 04: awaiting one result more than once. A `Receiver` is consumed by
//! `.await`; `FutureExt::shared` wraps it in a future that can be cloned, and
//! every clone resolves to a clone of the same output.
//!
//! Run it: cargo run -p listings --bin part_04_shared

use futures::FutureExt;
use std::time::Duration;
use tokio::sync::oneshot;

/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

type Answer = Result<&'static str, oneshot::error::RecvError>;

// ANCHOR: shared
/// Two waiters and a setter; then one more await of the finished result.
async fn two_waiters() -> (Answer, Answer, Answer) {
    let (sender, receiver) = oneshot::channel();
    let answer = receiver.shared(); // cloneable; its output must be Clone
    println!("before anyone polled it, peek: {:?}", answer.peek());

    let setter = async move {
        tokio::time::sleep(UNIT).await;
        sender.send("the answer").expect("the waiters are there");
    };
    // Run the setter and two waiters concurrently, on this one task.
    let ((), first, second) = tokio::join!(setter, answer.clone(), answer.clone());
    println!("first waiter: {first:?}, second waiter: {second:?}");

    println!("after it finished, peek: {:?}", answer.peek());
    let third = answer.await; // already done: Ready on the first poll
    println!("awaited once more: {third:?}");
    (first, second, third)
}
// ANCHOR_END: shared

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (first, second, third) = two_waiters().await;
    assert!(first == second && second == third);
}

#[cfg(test)]
#[path = "../../tests/units/part_04_shared.rs"]
mod tests;

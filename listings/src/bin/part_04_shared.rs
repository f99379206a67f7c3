//! Part 04: awaiting one result more than once. A `Receiver` is consumed by
//! `.await`; `FutureExt::shared` wraps it in a future that can be cloned, and
//! every clone resolves to a clone of the same output.
//!
//! Run it: cargo run -p listings --bin part_04_shared
//! (`main` runs on tokio's paused clock, so the times printed are exact.)

use futures::FutureExt;
use std::time::Duration;
use tokio::sync::oneshot;

// ANCHOR: shared
/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

/// What each waiter gets: the value, or the error of a dropped sender.
type Answer = Result<&'static str, oneshot::error::RecvError>;

/// Two waiters and a setter; then one more await of the finished result.
async fn two_waiters() -> (Answer, Answer, Answer) {
    let start = tokio::time::Instant::now();
    let ms = || start.elapsed().as_millis();
    let (sender, receiver) = oneshot::channel();
    let answer = receiver.shared(); // cloneable; its output must be Clone
    println!("[+{}ms] before any poll, peek: {:?}", ms(), answer.peek());

    let setter = async move {
        tokio::time::sleep(UNIT).await;
        sender.send("the answer").expect("the waiters are there");
    };
    // Run the setter and two waiters concurrently, on this one task.
    let ((), first, second) = tokio::join!(setter, answer.clone(), answer.clone());
    println!("[+{}ms] first waiter: {first:?}, second: {second:?}", ms());

    println!("[+{}ms] after it finished, peek: {:?}", ms(), answer.peek());
    let third = answer.await; // already done: Ready on the first poll
    println!("[+{}ms] awaited once more: {third:?}", ms());
    (first, second, third)
}
// ANCHOR_END: shared

// tokio's paused clock (see the introduction): the stamps are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (first, second, third) = two_waiters().await;
    assert!(first == second && second == third);
}

#[cfg(test)]
#[path = "../../tests/units/part_04_shared.rs"]
mod tests;

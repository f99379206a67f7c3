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
mod tests {
    use super::*;
    use tokio::time::Instant;

    #[tokio::test(start_paused = true)]
    async fn every_waiter_gets_the_same_value_when_it_is_sent() {
        let started = Instant::now();
        let (first, second, third) = two_waiters().await;
        assert_eq!(started.elapsed(), UNIT);
        for answer in [first, second, third] {
            assert_eq!(answer, Ok("the answer"));
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_finished_shared_future_answers_at_once() {
        let (sender, receiver) = oneshot::channel();
        let answer = receiver.shared();
        sender.send(7).unwrap();
        assert_eq!(answer.clone().await, Ok(7));
        let started = Instant::now();
        assert_eq!(answer.peek(), Some(&Ok(7)));
        assert_eq!(answer.await, Ok(7));
        assert_eq!(started.elapsed(), Duration::ZERO);
    }

    #[tokio::test]
    async fn a_dropped_sender_reaches_every_waiter() {
        let (sender, receiver) = oneshot::channel::<u32>();
        let answer = receiver.shared();
        drop(sender);
        assert!(answer.clone().await.is_err());
        assert!(answer.await.is_err());
    }
}

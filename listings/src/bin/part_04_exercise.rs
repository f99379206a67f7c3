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
mod tests {
    use super::*;
    use tokio::time::{sleep, Instant};

    const UNIT: Duration = Duration::from_millis(100);
    const PATIENCE: Duration = Duration::from_millis(500);

    /// A receiver whose sender, after `after`, sends `value` (Some) or just
    /// drops (None).
    fn answer_after(after: Duration, value: Option<u32>) -> oneshot::Receiver<u32> {
        let (sender, receiver) = oneshot::channel();
        tokio::spawn(async move {
            sleep(after).await;
            if let Some(value) = value {
                let _ = sender.send(value);
            }
        });
        receiver
    }

    #[tokio::test(start_paused = true)]
    async fn an_answer_in_time_arrives_when_sent() {
        let started = Instant::now();
        let answer = wait_for_answer(answer_after(UNIT, Some(42)), PATIENCE).await;
        assert_eq!(answer, Ok(42));
        assert_eq!(started.elapsed(), UNIT);
    }

    #[tokio::test(start_paused = true)]
    async fn a_dropped_sender_is_reported_when_it_drops_not_at_the_deadline() {
        let started = Instant::now();
        let answer = wait_for_answer(answer_after(2 * UNIT, None), PATIENCE).await;
        assert_eq!(answer, Err(NoAnswer::SenderGone));
        assert_eq!(started.elapsed(), 2 * UNIT);
    }

    #[tokio::test(start_paused = true)]
    async fn a_silent_sender_times_out_at_the_deadline() {
        let (_silent, receiver) = oneshot::channel::<u32>();
        let started = Instant::now();
        assert_eq!(
            wait_for_answer(receiver, PATIENCE).await,
            Err(NoAnswer::TimedOut)
        );
        assert_eq!(started.elapsed(), PATIENCE);
    }

    #[tokio::test(start_paused = true)]
    async fn a_late_answer_is_a_timeout() {
        let started = Instant::now();
        let answer = wait_for_answer(answer_after(10 * UNIT, Some(42)), PATIENCE).await;
        assert_eq!(answer, Err(NoAnswer::TimedOut));
        assert_eq!(started.elapsed(), PATIENCE);
    }
}

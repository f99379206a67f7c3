//! The tests of `listings/src/bin/part_04_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

//! The tests of `listings/src/bin/part_04_shared.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

//! The tests of `listings/src/bin/part_21_broadcast.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// The fast receiver gets all five; the slow one finds 0, 1 and 2 gone
// (overwritten), is told so once, and gets the two still held.
#[tokio::test(start_paused = true)]
async fn a_slow_receiver_lags_then_resumes_at_the_oldest_message_kept() {
    let [fast, slow] = fan_out(Instant::now()).await;
    assert_eq!(fast, [0, 1, 2, 3, 4].map(Some));
    assert_eq!(slow, [None, Some(3), Some(4)]);
}

#[tokio::test(start_paused = true)]
async fn lagged_counts_the_messages_lost_and_does_not_close() {
    let (sender, mut receiver) = broadcast::channel(2);
    for message in 0..5 {
        sender.send(message).unwrap();
    }
    assert!(matches!(receiver.recv().await, Err(RecvError::Lagged(3))));
    assert_eq!(receiver.recv().await.unwrap(), 3);
}

//! The tests of `listings/src/bin/part_04_errors.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test]
async fn an_error_travels_as_a_value() {
    assert_eq!(parse_elsewhere("42").await, Ok(Ok(42)));
    let sent = parse_elsewhere("forty-two").await.expect("the task sends");
    assert_eq!(
        sent.unwrap_err().to_string(),
        "invalid digit found in string"
    );
}

// Under the paused clock, a receiver that waited forever would make the
// timeout fire; it must fail at once instead.
#[tokio::test(start_paused = true)]
async fn a_sender_dropped_unsent_wakes_the_receiver_with_an_error() {
    let outcome = tokio::time::timeout(std::time::Duration::from_secs(3600), worker_fails())
        .await
        .expect("the receiver does not hang");
    assert!(outcome.is_err(), "expected RecvError, got {outcome:?}");
}

#[test]
fn a_send_to_a_dropped_receiver_gives_the_value_back() {
    assert_eq!(waiter_gone(), Err(7));
}

//! The tests of `listings/src/bin/part_26_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

/// Runs `serve` on a paused clock with these requests, the senders dropped
/// once they are sent, and returns the replies as (name, ms).
fn replies_to(requests_sent: &[(&'static str, u32)]) -> Vec<(&'static str, u128)> {
    let (requests, inbox) = tokio_mpsc::unbounded_channel();
    let (outbox, replies) = std_mpsc::channel();
    for &(name, units) in requests_sent {
        requests.send(Request { name, units }).unwrap();
    }
    drop(requests);
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
        .block_on(serve(inbox, outbox));
    replies
        .try_iter()
        .map(|reply| match reply {
            Reply::Done(name, at) => (name, at.as_millis()),
            Reply::Stopped(at) => ("stopped", at.as_millis()),
        })
        .collect()
}

#[test]
fn requests_run_at_once_and_all_are_answered_before_stopped() {
    let got = replies_to(&[("a", 3), ("b", 1), ("c", 2)]);
    // At once: each is done after its own time, and the whole after the
    // longest (300 ms), not the sum (600 ms). Stopped comes last.
    assert_eq!(got, [("b", 100), ("c", 200), ("a", 300), ("stopped", 300)]);
}

#[test]
fn no_requests_stop_at_once() {
    assert_eq!(replies_to(&[]), [("stopped", 0)]);
}

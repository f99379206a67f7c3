//! Part 28: a deadlock that a timeout turns into an answer.
//!
//! Two tasks each wait for the other's message before sending their own, so
//! neither ever sends. Awaiting them under `tokio::time::timeout` gives
//! `Err(Elapsed)` instead of a program (or a test) that hangs. On the paused
//! clock the 5 s pass at once: the runtime sees every task waiting and jumps
//! to the timeout's deadline.
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::Instant;

// ANCHOR: pair
/// `a` and `b` swap a greeting. With `a_first` false, both wait before they
/// send: a deadlock. With it true, `a` sends first and both finish.
async fn swap(a_first: bool) -> (String, String) {
    let (to_a, from_b) = oneshot::channel::<String>();
    let (to_b, from_a) = oneshot::channel::<String>();
    let a = tokio::spawn(async move {
        if a_first {
            to_b.send("hi from a".into()).unwrap();
            from_b.await.unwrap()
        } else {
            let got = from_b.await.unwrap(); // waits for b...
            to_b.send("hi from a".into()).unwrap();
            got
        }
    });
    let b = tokio::spawn(async move {
        let got = from_a.await.unwrap(); // ...which waits for a
        to_a.send("hi from b".into()).unwrap();
        got
    });
    (a.await.unwrap(), b.await.unwrap())
}
// ANCHOR_END: pair

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for a_first in [false, true] {
        let start = Instant::now();
        let outcome = tokio::time::timeout(Duration::from_secs(5), swap(a_first)).await;
        let after = start.elapsed().as_secs_f64();
        match outcome {
            Ok((a, b)) => println!("a_first={a_first}: a got {a:?}, b got {b:?} after {after:.2}s"),
            Err(elapsed) => println!("a_first={a_first}: {elapsed} after {after:.2}s: a deadlock"),
        }
    }
}
// ANCHOR_END: main

/// The tests the chapter shows (the others are in tests/units/part_28_deadlock.rs).
#[cfg(test)]
mod shown_tests {
    use super::*;

    // ANCHOR: test
    #[tokio::test(start_paused = true)]
    async fn two_tasks_waiting_for_each_other_are_caught_by_a_timeout() {
        let start = Instant::now();
        let outcome = tokio::time::timeout(Duration::from_secs(5), swap(false)).await;
        assert!(outcome.is_err(), "expected Elapsed, got {outcome:?}");
        // On the paused clock the wait is all virtual: exactly the 5 s.
        assert_eq!(start.elapsed(), Duration::from_secs(5));
    }
    // ANCHOR_END: test
}

#[cfg(test)]
#[path = "../../tests/units/part_28_deadlock.rs"]
mod tests;

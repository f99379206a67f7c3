//! The tests of `listings/src/bin/part_16_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn every_item_is_taken_exactly_once_and_all_stop() {
    // A sender kept alive would make `run` wait forever. Under the paused
    // clock that hang jumps straight to this timeout, so the test fails at
    // once instead of hanging.
    let (a, b) = tokio::time::timeout(Duration::from_secs(60), run())
        .await
        .expect("the consumers stop once every sender is gone");
    let mut taken: Vec<String> = a.into_iter().chain(b).collect();
    taken.sort();
    let mut expected: Vec<String> = (0..5)
        .flat_map(|i| [format!("p{i}"), format!("q{i}")])
        .chain(["start".to_owned()])
        .collect();
    expected.sort();
    assert_eq!(taken, expected);
}

// The run ends with the last item's work: `q4` is put at 750 ms, and a
// consumer works 150 ms on it. Nothing waits after that.
#[tokio::test(start_paused = true)]
async fn the_run_ends_when_the_last_item_is_done() {
    let started = Instant::now();
    let (a, b) = tokio::time::timeout(Duration::from_secs(60), run())
        .await
        .expect("the run ends");
    assert!(a.contains(&"start".to_owned()) || b.contains(&"start".to_owned()));
    assert_eq!(started.elapsed(), Duration::from_millis(900));
}

// What the exercise warns about: the same run with one sender kept alive
// never ends. On the paused clock the timeout fires at once.
#[tokio::test(start_paused = true)]
async fn a_sender_kept_alive_keeps_the_consumers_waiting() {
    let (sender, receiver) = mpsc::channel(2);
    tokio::spawn(produce("p", 100, sender.clone()));
    let queue = Arc::new(Mutex::new(receiver));
    let a = tokio::spawn(consume(queue));
    let waited = tokio::time::timeout(Duration::from_secs(60), a).await;
    assert!(waited.is_err(), "the consumer waits forever in recv");
    drop(sender);
}

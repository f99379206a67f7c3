//! The tests of `listings/src/bin/part_19_exercise.rs`: the exercise's solution.

use super::*;

async fn run(times: &'static [u64], deadline: Duration) -> (Vec<u32>, &'static str, Duration) {
    let start = Instant::now();
    let (sender, queue) = mpsc::channel(1);
    tokio::spawn(send_at(times, sender));
    let (handled, why) = session(queue, start + deadline).await;
    (handled, why, start.elapsed())
}

#[tokio::test(start_paused = true)]
async fn steady_messages_run_into_the_deadline() {
    let (handled, why, at) = run(STEADY, Duration::from_secs(1)).await;
    assert_eq!(why, "deadline");
    assert_eq!(at, Duration::from_secs(1));
    assert_eq!(handled, (1..=10).collect::<Vec<_>>());
}

#[tokio::test(start_paused = true)]
async fn a_pause_longer_than_idle_ends_the_session_early() {
    let (handled, why, at) = run(BURSTY, Duration::from_secs(1)).await;
    assert_eq!((handled, why), (vec![1, 2, 3], "idle"));
    assert_eq!(at, Duration::from_millis(300) + IDLE);
}

#[tokio::test(start_paused = true)]
async fn with_no_message_at_all_idle_fires_at_idle() {
    let (handled, why, at) = run(&[], Duration::from_secs(1)).await;
    assert_eq!((handled, why, at), (vec![], "idle", IDLE));
}

#[tokio::test(start_paused = true)]
async fn a_sender_that_hangs_up_ends_it_at_once() {
    let start = Instant::now();
    let (sender, queue) = mpsc::channel(1);
    sender.send(7).await.unwrap();
    drop(sender);
    let (handled, why) = session(queue, start + Duration::from_secs(1)).await;
    assert_eq!((handled, why), (vec![7], "the sender hung up"));
    assert_eq!(start.elapsed(), Duration::ZERO);
}

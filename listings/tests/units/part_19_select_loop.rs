//! The tests of `listings/src/bin/part_19_select_loop.rs`: what its chapter claims.

use super::*;
use std::future::Future;

/// Runs `receive` against the eight-message sender; returns what it handled
/// and when it stopped.
async fn against_eight<F, R>(receive: F) -> (Vec<u32>, Duration)
where
    F: FnOnce(mpsc::Receiver<u32>) -> R,
    R: Future<Output = Vec<u32>>,
{
    let start = Instant::now();
    let (sender, queue) = mpsc::channel(1);
    tokio::spawn(messages(sender, None));
    let handled = receive(queue).await;
    (handled, start.elapsed())
}

/// A sender that never stops: a message every 200 ms, forever.
async fn endless(queue: mpsc::Sender<u32>) {
    for n in 1.. {
        sleep(EVERY).await;
        if queue.send(n).await.is_err() {
            return;
        }
    }
}

#[tokio::test(start_paused = true)]
async fn a_sleep_made_each_turn_fires_only_after_the_messages_stop() {
    let (handled, stopped) = against_eight(recreated).await;
    assert_eq!(handled, (1..=MESSAGES).collect::<Vec<_>>());
    // 700 ms after the last message (at 1.6 s), not 700 ms after the start.
    assert_eq!(stopped, EVERY * MESSAGES + Duration::from_millis(700));
}

#[tokio::test(start_paused = true)]
async fn a_sleep_made_each_turn_never_fires_while_messages_keep_coming() {
    let (sender, queue) = mpsc::channel(1);
    tokio::spawn(endless(sender));
    let outcome = tokio::time::timeout(Duration::from_secs(60), recreated(queue)).await;
    assert!(
        outcome.is_err(),
        "a minute of messages, and the 700 ms limit never fired"
    );
}

#[tokio::test(start_paused = true)]
async fn a_pinned_deadline_fires_at_its_time_whatever_comes() {
    let (handled, stopped) = against_eight(pinned).await;
    assert_eq!(handled, [1, 2, 3]);
    assert_eq!(stopped, Duration::from_millis(700));

    let start = Instant::now();
    let (sender, queue) = mpsc::channel(1);
    tokio::spawn(endless(sender));
    assert_eq!(pinned(queue).await, [1, 2, 3]);
    assert_eq!(start.elapsed(), Duration::from_millis(700));
}

#[tokio::test(start_paused = true)]
async fn reset_pushes_the_idle_limit_back_on_each_message() {
    let (handled, stopped) = against_eight(idle).await;
    assert_eq!(handled, (1..=MESSAGES).collect::<Vec<_>>());
    assert_eq!(stopped, EVERY * MESSAGES + Duration::from_millis(300));
}

/// `sleep_until(deadline)` written inside the `select!`, with `deadline` an
/// `Instant` computed before the loop: a new `Sleep` on every turn, but the
/// same deadline, so it fires on time.
async fn deadline_before_the_loop(mut queue: mpsc::Receiver<u32>) -> Vec<u32> {
    let deadline = Instant::now() + Duration::from_millis(700);
    let mut handled = Vec::new();
    loop {
        tokio::select! {
            Some(n) = queue.recv() => handled.push(n),
            () = sleep_until(deadline) => break,
        }
    }
    handled
}

/// The same, with `Instant::now()` moved into the `select!` too: a new
/// deadline on every turn, the bug again.
async fn now_in_the_loop(mut queue: mpsc::Receiver<u32>) -> Vec<u32> {
    let mut handled = Vec::new();
    loop {
        tokio::select! {
            Some(n) = queue.recv() => handled.push(n),
            () = sleep_until(Instant::now() + Duration::from_millis(700)) => break,
        }
    }
    handled
}

#[tokio::test(start_paused = true)]
async fn what_resets_the_limit_is_instant_now_in_the_loop() {
    let (handled, stopped) = against_eight(deadline_before_the_loop).await;
    assert_eq!(handled, [1, 2, 3]);
    assert_eq!(stopped, Duration::from_millis(700));

    let (handled, stopped) = against_eight(now_in_the_loop).await;
    assert_eq!(handled, (1..=MESSAGES).collect::<Vec<_>>());
    assert_eq!(stopped, EVERY * MESSAGES + Duration::from_millis(700));
}

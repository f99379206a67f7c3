//! Part 19: a time limit inside a `select!` loop. A `sleep(...)` written in
//! the loop is a new timer on every turn, so while messages keep coming it
//! never fires. A deadline is one timer, made and pinned before the loop.
//!
//! Run it: cargo run -p listings --bin part_19_select_loop
//! (It runs on tokio's paused clock, so the times print the same on every run.)

// ANCHOR: messages
use listings::timeline::Timeline;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

/// A message comes every 200 ms, eight in all; then the sender goes quiet
/// (but stays connected).
const EVERY: Duration = Duration::from_millis(200);
const MESSAGES: u32 = 8;

/// Sends 1 to `MESSAGES`, one every `EVERY`; given a timeline, marks each
/// message on it.
async fn messages(queue: mpsc::Sender<u32>, timeline: Option<&Timeline>) {
    for n in 1..=MESSAGES {
        sleep(EVERY).await;
        if let Some(timeline) = timeline {
            timeline.mark("messages");
        }
        if queue.send(n).await.is_err() {
            return; // the loop stopped listening
        }
    }
    sleep(Duration::from_secs(5)).await; // quiet, but still there
}
// ANCHOR_END: messages

// ANCHOR: recreated
/// Meant: stop 700 ms after the start. What it does: stop once 700 ms pass
/// *without a message*, because each turn makes a new `sleep`.
async fn recreated(mut queue: mpsc::Receiver<u32>) -> Vec<u32> {
    let mut handled = Vec::new();
    loop {
        tokio::select! {
            Some(n) = queue.recv() => handled.push(n),
            () = sleep(Duration::from_millis(700)) => break,
        }
    }
    handled
}
// ANCHOR_END: recreated

// ANCHOR: pinned
/// A deadline: one `Sleep`, made before the loop and pinned, polled again on
/// every turn through `&mut`. It fires at 700 ms, messages or not.
async fn pinned(mut queue: mpsc::Receiver<u32>) -> Vec<u32> {
    let deadline = sleep_until(Instant::now() + Duration::from_millis(700));
    tokio::pin!(deadline);
    let mut handled = Vec::new();
    loop {
        tokio::select! {
            Some(n) = queue.recv() => handled.push(n),
            () = &mut deadline => break,
        }
    }
    handled
}
// ANCHOR_END: pinned

// ANCHOR: reset
/// An idle limit, said on purpose: one pinned `Sleep`, pushed back 300 ms
/// with `reset` each time a message comes.
async fn idle(mut queue: mpsc::Receiver<u32>) -> Vec<u32> {
    let idle = Duration::from_millis(300);
    let quiet = sleep(idle);
    tokio::pin!(quiet);
    let mut handled = Vec::new();
    loop {
        tokio::select! {
            Some(n) = queue.recv() => {
                handled.push(n);
                quiet.as_mut().reset(Instant::now() + idle);
            }
            () = &mut quiet => break,
        }
    }
    handled
}
// ANCHOR_END: reset

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    // Two columns per 100 ms: the chart is 2.3 s wide.
    let timeline = Timeline::with_columns_per_unit(Duration::from_millis(100), 2);
    let (to_a, a) = mpsc::channel(1);
    let (to_b, b) = mpsc::channel(1);
    let (to_c, c) = mpsc::channel(1);
    let ((), (), (), a, b, c) = tokio::join!(
        messages(to_a, Some(&timeline)),
        messages(to_b, None),
        messages(to_c, None),
        timeline.span("sleep re-created", recreated(a)),
        timeline.span("sleep_until pinned", pinned(b)),
        timeline.span("idle, with reset", idle(c)),
    );
    print!("{timeline}");
    println!("sleep re-created handled {a:?}");
    println!("sleep_until pinned handled {b:?}");
    println!("idle, with reset handled {c:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_19_select_loop.rs"]
mod tests;

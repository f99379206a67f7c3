//! Part 19 exercise: a session that ends at its deadline, or once 300 ms
//! pass without a message, whichever comes first.
//!
//! Run it: cargo run -p listings --bin part_19_exercise
//! (It runs on tokio's paused clock, so the times print the same on every run.)

// ANCHOR: solution
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, Instant};

const IDLE: Duration = Duration::from_millis(300);

/// Handles messages until the deadline, until `IDLE` passes without one, or
/// until the sender hangs up; returns what it handled and why it stopped.
async fn session(mut queue: mpsc::Receiver<u32>, deadline: Instant) -> (Vec<u32>, &'static str) {
    let deadline = sleep_until(deadline);
    let quiet = sleep(IDLE);
    tokio::pin!(deadline, quiet);
    let mut handled = Vec::new();
    loop {
        tokio::select! {
            message = queue.recv() => match message {
                Some(n) => {
                    handled.push(n);
                    quiet.as_mut().reset(Instant::now() + IDLE);
                }
                None => return (handled, "the sender hung up"),
            },
            () = &mut deadline => return (handled, "deadline"),
            () = &mut quiet => return (handled, "idle"),
        }
    }
}
// ANCHOR_END: solution

// ANCHOR: helpers
/// Sends 1, 2, 3, ... at these times (in ms from now), then stays connected
/// for another 5 s without a word.
async fn send_at(times: &'static [u64], queue: mpsc::Sender<u32>) {
    let start = Instant::now();
    for (n, &at) in (1..).zip(times) {
        sleep_until(start + Duration::from_millis(at)).await;
        if queue.send(n).await.is_err() {
            return; // the session is over
        }
    }
    sleep(Duration::from_secs(5)).await;
}
// ANCHOR_END: helpers

// ANCHOR: main
/// Steady: a message every 100 ms for 1.4 s. Bursty: three, then a pause.
const STEADY: &[u64] = &[
    50, 150, 250, 350, 450, 550, 650, 750, 850, 950, 1050, 1150, 1250, 1350,
];
const BURSTY: &[u64] = &[100, 200, 300, 900, 950];

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for (name, times) in [("steady", STEADY), ("bursty", BURSTY)] {
        let start = Instant::now();
        let (sender, queue) = mpsc::channel(1);
        tokio::spawn(send_at(times, sender));
        let deadline = start + Duration::from_secs(1);
        let (handled, why) = session(queue, deadline).await;
        let at = start.elapsed().as_secs_f64();
        println!("{name}: stopped at {at:.2}s ({why}), handled {handled:?}");
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_19_exercise.rs"]
mod tests;

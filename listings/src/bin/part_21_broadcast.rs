//! Part 21: a `broadcast` channel gives every receiver every message, as
//! long as it keeps up. It holds only `capacity` messages; a receiver that
//! falls further behind gets `RecvError::Lagged(n)`, then goes on from the
//! oldest message kept. The sender never waits for a slow receiver.
//!
//! Run it: cargo run -p listings --bin part_21_broadcast

use std::time::Duration;
use tokio::sync::broadcast::{self, error::RecvError};
use tokio::time::{sleep, Instant};

/// The time on tokio's clock since `start`, as "0.30s".
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

// ANCHOR: receiver
/// Receives until the channel closes, waiting `delay` before the first
/// `recv`; returns what it got, with a lag as `None`.
async fn listen(
    name: &'static str,
    mut messages: broadcast::Receiver<u32>,
    delay: Duration,
    start: Instant,
) -> Vec<Option<u32>> {
    let mut got = Vec::new();
    sleep(delay).await;
    loop {
        match messages.recv().await {
            Ok(message) => {
                println!("{}  {name} gets {message}", at(start));
                got.push(Some(message));
            }
            Err(RecvError::Lagged(missed)) => {
                println!("{}  {name}: Lagged({missed})", at(start));
                got.push(None);
            }
            Err(RecvError::Closed) => return got,
        }
    }
}
// ANCHOR_END: receiver

// ANCHOR: broadcast
/// Five messages, 100 ms apart, into a channel that holds two; `fast` reads
/// at once, `slow` only after 450 ms.
async fn fan_out(start: Instant) -> [Vec<Option<u32>>; 2] {
    let (sender, fast) = broadcast::channel(2);
    let slow = sender.subscribe(); // each receiver has its own place
    let fast = tokio::spawn(listen("fast", fast, Duration::ZERO, start));
    let slow = tokio::spawn(listen("slow", slow, ms(450), start));
    for message in 0..5 {
        sender.send(message).expect("there are receivers");
        sleep(ms(100)).await;
    }
    drop(sender); // closed: each receiver gets Closed after the rest
    [fast.await.unwrap(), slow.await.unwrap()]
}
// ANCHOR_END: broadcast

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("broadcast::channel(2), a fast and a slow receiver:");
    fan_out(Instant::now()).await;
}

#[cfg(test)]
#[path = "../../tests/units/part_21_broadcast.rs"]
mod tests;

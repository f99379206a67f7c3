//! Part 21: `asyncio.Event` in tokio, without building it yourself. A
//! `watch::channel(false)` is a flag that remembers: a task that arrives
//! after it was set passes at once, and it can be cleared again. A
//! `CancellationToken` is a one-shot version of the same signal. And `watch`
//! holds one value, the latest: a slow reader skips the values in between.
//!
//! Run it: cargo run -p listings --bin part_21_event

use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};
use tokio_util::sync::CancellationToken;

// ANCHOR: watch
/// The time on tokio's clock since `start`, as "0.30s".
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// Who waits for the gate, and when each one gets there (ms).
const ARRIVALS: [(&str, u64); 3] = [("a", 0), ("b", 100), ("c", 300)];

/// When the gate opens (ms): after a and b arrive, before c does.
const OPENS: u64 = 200;

/// Prints who passed when, in time order. Tasks that pass at the same moment
/// are printed by name: a `watch` wakes its receivers in no fixed order.
fn in_order(mut passed: Vec<(Duration, &'static str)>) -> Vec<(Duration, &'static str)> {
    passed.sort();
    for (when, name) in &passed {
        println!("{:.2}s  {name} passes", when.as_secs_f64());
    }
    passed
}

/// The gate as a `watch` channel of a `bool`; returns who passed when.
async fn gate_with_watch(start: Instant) -> Vec<(Duration, &'static str)> {
    let (gate, _) = watch::channel(false); // closed
    let mut waiters = JoinSet::new();
    for (name, arrives) in ARRIVALS {
        let mut open = gate.subscribe();
        waiters.spawn(async move {
            sleep(ms(arrives)).await;
            // Returns at once if the value is already true, else waits.
            open.wait_for(|is_open| *is_open).await.expect("gate alive");
            (start.elapsed(), name)
        });
    }
    sleep(ms(OPENS)).await;
    println!("{}  the gate opens", at(start));
    gate.send_replace(true); // like Event.set(); send_replace(false) clears
    in_order(waiters.join_all().await)
}
// ANCHOR_END: watch

// ANCHOR: token
/// The same gate as a `CancellationToken`: set once, never cleared.
async fn gate_with_token(start: Instant) -> Vec<(Duration, &'static str)> {
    let gate = CancellationToken::new();
    let mut waiters = JoinSet::new();
    for (name, arrives) in ARRIVALS {
        let open = gate.clone();
        waiters.spawn(async move {
            sleep(ms(arrives)).await;
            open.cancelled().await; // at once if already cancelled
            (start.elapsed(), name)
        });
    }
    sleep(ms(OPENS)).await;
    println!("{}  the gate opens", at(start));
    gate.cancel();
    in_order(waiters.join_all().await)
}
// ANCHOR_END: token

// ANCHOR: latest
/// Three values sent while the reader is busy: it sees only the last one.
async fn latest_only(start: Instant) -> Vec<u32> {
    let (sender, mut reader) = watch::channel(0);
    let reading = tokio::spawn(async move {
        let mut seen = Vec::new();
        sleep(ms(250)).await; // busy while 1, 2 and 3 are sent
        while reader.changed().await.is_ok() {
            let value = *reader.borrow_and_update();
            println!("{}  reader sees {value}", at(start));
            seen.push(value);
        }
        seen
    });
    for value in 1..=3 {
        sleep(ms(50)).await;
        sender.send_replace(value);
        println!("{}  sent {value}", at(start));
    }
    sleep(ms(200)).await;
    drop(sender); // closes the channel: `changed` returns Err
    reading.await.expect("the reader does not panic")
}
// ANCHOR_END: latest

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("watch::channel(false):");
    gate_with_watch(Instant::now()).await;
    println!("CancellationToken:");
    gate_with_token(Instant::now()).await;
    println!("watch keeps the latest value only:");
    latest_only(Instant::now()).await;
}

#[cfg(test)]
#[path = "../../tests/units/part_21_event.rs"]
mod tests;

//! Part 28's pitfall: holding `span.enter()`'s guard across an `.await`.
//!
//! Two requests run as tasks on one thread. In the first round each enters
//! its span with a guard and keeps it through a sleep; in the second each
//! future is wrapped with `.instrument(span)`. Every event also says, in a
//! field, which request really logged it.
use std::time::Duration;
use tracing::{info, info_span, Instrument};

// ANCHOR: wrong
async fn wrong(id: u64) {
    let span = info_span!("request", id);
    let _guard = span.enter(); // stays "entered" on this thread while we sleep
    info!(by = id, "start");
    tokio::time::sleep(Duration::from_millis(100 * id)).await;
    info!(by = id, "done");
}
// ANCHOR_END: wrong

// ANCHOR: right
async fn right(id: u64) {
    async move {
        info!(by = id, "start");
        tokio::time::sleep(Duration::from_millis(100 * id)).await;
        info!(by = id, "done");
    }
    // entered on each poll, exited when the poll returns Pending
    .instrument(info_span!("request", id))
    .await
}
// ANCHOR_END: right

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    tracing_subscriber::fmt()
        .without_time()
        .with_target(false)
        .with_writer(std::io::stdout)
        .init();
    println!("-- span.enter() held across .await --");
    let (a, b) = (tokio::spawn(wrong(1)), tokio::spawn(wrong(2)));
    a.await.unwrap();
    b.await.unwrap();
    println!("-- .instrument(span) --");
    let (a, b) = (tokio::spawn(right(1)), tokio::spawn(right(2)));
    a.await.unwrap();
    b.await.unwrap();
}

#[cfg(test)]
#[path = "../../tests/units/part_28_enter.rs"]
mod tests;

//! Part 28: a request's span follows its work into spawned tasks, or does not.
//!
//! Each request runs in a span `request{id=N}`. It spawns a task to send a
//! receipt; `.in_current_span()` hands that task the request's span, so its
//! log line says which request it belongs to. The second round spawns the
//! same task without it, and its line loses its context.
use std::time::Duration;
use tracing::{info, info_span, Instrument};
use tracing_subscriber::fmt::MakeWriter;

// ANCHOR: subscriber
/// Formats every event as `LEVEL span{fields}:span{fields}: message fields`,
/// with no timestamp and no module path, so the output is the same each run.
fn subscriber<W>(writer: W) -> impl tracing::Subscriber + Send + Sync
where
    W: for<'w> MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .without_time()
        .with_target(false)
        .with_writer(writer)
        .finish()
}
// ANCHOR_END: subscriber

// ANCHOR: lookup
/// A step of a request: `#[instrument]` opens a span `lookup{key=...}` each
/// time it is called, as a child of the span that is current for the caller.
#[tracing::instrument]
async fn lookup(key: &'static str) -> usize {
    info!("asking the store");
    tokio::time::sleep(Duration::from_millis(100)).await;
    key.len()
}
// ANCHOR_END: lookup

// ANCHOR: handle
/// One request: looks something up (awaited in place), then spawns a task to
/// send a receipt. `follow` says whether the task carries the request's span.
async fn handle(id: u32, follow: bool) {
    info!("start");
    let found = lookup(if id == 1 { "user" } else { "basket" }).await;
    let receipt = async move {
        tokio::time::sleep(Duration::from_millis(100 * u64::from(id))).await;
        info!(found, "receipt sent");
    };
    if follow {
        // The span current here, request{id}, goes with the task.
        tokio::spawn(receipt.in_current_span()).await.unwrap();
    } else {
        // A new task starts with no span at all.
        tokio::spawn(receipt).await.unwrap();
    }
    info!("done");
}

async fn round(follow: bool) {
    let requests: Vec<_> = (1..=2)
        .map(|id| tokio::spawn(handle(id, follow).instrument(info_span!("request", id))))
        .collect();
    for request in requests {
        request.await.unwrap();
    }
}
// ANCHOR_END: handle

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    tracing::subscriber::set_global_default(subscriber(std::io::stdout)).unwrap();
    println!("-- the receipt task carries the request's span --");
    round(true).await;
    println!("-- the receipt task spawned bare --");
    round(false).await;
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_28_spans.rs"]
mod tests;

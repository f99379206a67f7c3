//! Part 26's exercise, solved: the async side serves a GUI's requests at the
//! same time, not one after another, and still answers every request it was
//! given before it says it stopped. Runs on tokio's paused clock (a runtime
//! on a side thread, built with `start_paused`), so the times are exact.
//!
//! Run it: cargo run -p listings --bin part_26_exercise

// ANCHOR: solution
// ANCHOR: helpers
use std::sync::mpsc as std_mpsc;
use std::thread;
use std::time::Duration;

use tokio::sync::mpsc as tokio_mpsc;
use tokio::time::{sleep, Instant};

const UNIT: Duration = Duration::from_millis(100);

struct Request {
    name: &'static str,
    units: u32,
}

/// A reply, with the time on the runtime's clock since `serve` started.
enum Reply {
    Done(&'static str, Duration),
    Stopped(Duration),
}
// ANCHOR_END: helpers

// ANCHOR: serve
use tokio::task::JoinSet;

/// Serves every request at once, each in a task of its own; once the
/// senders are gone, waits for the tasks still running, then says so.
async fn serve(
    mut requests: tokio_mpsc::UnboundedReceiver<Request>,
    replies: std_mpsc::Sender<Reply>,
) {
    let start = Instant::now();
    let mut running = JoinSet::new();
    while let Some(request) = requests.recv().await {
        let replies = replies.clone();
        running.spawn(async move {
            sleep(UNIT * request.units).await;
            let _ = replies.send(Reply::Done(request.name, start.elapsed()));
        });
    }
    // Returning now would drop the JoinSet, which aborts every task in it.
    while running.join_next().await.is_some() {}
    let _ = replies.send(Reply::Stopped(start.elapsed()));
}
// ANCHOR_END: serve

// ANCHOR: main
fn main() {
    let (requests, inbox) = tokio_mpsc::unbounded_channel();
    let (outbox, replies) = std_mpsc::channel();
    // The clicks come before the runtime starts: a paused clock jumps to the
    // next timer whenever the runtime is idle, even while a click is on its
    // way from this thread.
    for (name, units) in [("a", 3), ("b", 1), ("c", 2)] {
        requests.send(Request { name, units }).unwrap();
    }
    drop(requests); // the window closes
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true) // needs tokio's `test-util` feature
        .build()
        .unwrap();
    let side = thread::spawn(move || runtime.block_on(serve(inbox, outbox)));
    for reply in replies {
        match reply {
            Reply::Done(name, at) => println!("{name} done at {} ms", at.as_millis()),
            Reply::Stopped(at) => println!("stopped at {} ms", at.as_millis()),
        }
    }
    side.join().unwrap();
}
// ANCHOR_END: main
// ANCHOR_END: solution

#[cfg(test)]
#[path = "../../tests/units/part_26_exercise.rs"]
mod tests;

//! Part 18: cooperative cancellation with `tokio_util::sync::CancellationToken`.
//! A worker that is *asked* to stop gets to run its async cleanup (here, a
//! 100 ms flush); an aborted one is dropped at its next `.await` and flushes
//! nothing. Child tokens make a tree: cancelling a child stops that worker
//! only, cancelling the parent stops every child.
//!
//! Run it: cargo run -p listings --bin part_18_token

// ANCHOR: worker
use std::time::Duration;
use tokio::time::{sleep, Instant};
use tokio_util::sync::CancellationToken;

/// Prints a line stamped with the time on tokio's clock.
fn say(start: Instant, what: &str) {
    println!("{:.2}s  {what}", start.elapsed().as_secs_f64());
}

/// Does items of 200 ms each until its token is cancelled, then flushes
/// (an `.await` of its own) and returns how many items it finished.
async fn worker(name: &'static str, token: CancellationToken, start: Instant) -> u32 {
    let mut done = 0;
    loop {
        tokio::select! {
            _ = token.cancelled() => {
                say(start, &format!("{name}: asked to stop, flushing"));
                sleep(Duration::from_millis(100)).await; // async cleanup is fine here
                say(start, &format!("{name}: flushed after {done} items"));
                return done;
            }
            _ = sleep(Duration::from_millis(200)) => done += 1,
        }
    }
}
// ANCHOR_END: worker

// ANCHOR: tree
/// What each worker reported: items done, or `None` if it was aborted.
#[derive(Debug, PartialEq)]
struct Report {
    a: Option<u32>,
    b: Option<u32>,
    c: Option<u32>,
    shutdown_cancelled_with_b: bool,
}

async fn run() -> Report {
    let start = Instant::now();
    let shutdown = CancellationToken::new(); // the parent
    let b_token = shutdown.child_token();
    let a = tokio::spawn(worker("a", shutdown.child_token(), start));
    let b = tokio::spawn(worker("b", b_token.clone(), start));
    let c = tokio::spawn(worker("c", shutdown.child_token(), start));

    sleep(Duration::from_millis(500)).await;
    say(start, "main: cancels b's token, aborts c");
    b_token.cancel(); // b only: a child does not cancel its parent
    c.abort(); // c: dropped at its next turn, no flush
    let shutdown_cancelled_with_b = shutdown.is_cancelled();

    sleep(Duration::from_millis(400)).await;
    say(start, "main: cancels shutdown, the parent");
    shutdown.cancel(); // every child token: a's too

    let report = Report {
        a: a.await.ok(),
        b: b.await.ok(),
        c: c.await.ok(), // Err(JoinError::Cancelled), so None
        shutdown_cancelled_with_b,
    };
    say(start, "main: every worker has stopped");
    report
}
// ANCHOR_END: tree

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let report = run().await;
    println!("{report:?}");
}

#[cfg(test)]
#[path = "../../tests/units/part_18_token.rs"]
mod tests;

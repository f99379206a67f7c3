//! Part 21: tokio has no done callbacks. A combinator (`FutureExt::inspect`)
//! runs code in the task when the future's output is ready, and only then;
//! a task that awaits the `JoinHandle` sees every ending, cancelled too.
//!
//! Run it: cargo run -p listings --bin part_21_done

use futures::FutureExt;
use std::time::Duration;
use tokio::task::JoinError;
use tokio::time::{sleep, Instant};

/// The time on tokio's clock since `start`, as "0.30s".
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

// ANCHOR: done
/// A job that takes `units` × 100 ms and answers `units` × 10.
async fn job(units: u32) -> u32 {
    sleep(Duration::from_millis(100) * units).await;
    units * 10
}

/// What a task that watches another one says when it ends.
fn report(name: &str, ended: Result<u32, JoinError>, start: Instant) -> String {
    let line = match ended {
        Ok(answer) => format!("{}  watcher: {name} answered {answer}", at(start)),
        Err(error) if error.is_cancelled() => {
            format!("{}  watcher: {name} was cancelled", at(start))
        }
        Err(_) => format!("{}  watcher: {name} panicked", at(start)),
    };
    println!("{line}");
    line
}

/// Two jobs with a "done callback" each, both ways; job b is aborted.
async fn done_callbacks(start: Instant) -> Vec<String> {
    // 1. A combinator: runs in the job's own task, when its output is ready.
    let a = tokio::spawn(job(1).inspect(move |answer| {
        println!("{}  inspect: a answered {answer}", at(start));
    }));
    let b = tokio::spawn(job(5).inspect(move |answer| {
        println!("{}  inspect: b answered {answer}", at(start)); // never runs
    }));
    let abort_b = b.abort_handle();
    // 2. A task that awaits the handle: it sees the job end, however it ends.
    let watch_a = tokio::spawn(async move { report("a", a.await, start) });
    let watch_b = tokio::spawn(async move { report("b", b.await, start) });
    sleep(Duration::from_millis(200)).await;
    abort_b.abort(); // b is cancelled where it is suspended (its sleep)
    vec![watch_a.await.unwrap(), watch_b.await.unwrap()]
}
// ANCHOR_END: done

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("done callbacks:");
    done_callbacks(Instant::now()).await;
}

#[cfg(test)]
#[path = "../../tests/units/part_21_done.rs"]
mod tests;

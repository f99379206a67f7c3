//! Part 19: `timeout` and `timeout_at` put a time limit on one future. In
//! time, you get its output in `Ok`; too late, you get `Err(Elapsed)`, and the
//! future is dropped where it stood.
//!
//! Run it: cargo run -p listings --bin part_19_timeout
//! (It runs on tokio's paused clock, so the times print the same on every run.)

// ANCHOR: fetch
use std::time::Duration;
use tokio::time::{error::Elapsed, sleep, timeout, timeout_at, Instant};

/// Seconds since `start`, for the printed lines.
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

/// Stands for a request that takes `took` to answer.
async fn fetch(name: &'static str, took: Duration, start: Instant) -> String {
    let mut progress = Progress {
        name,
        start,
        finished: false,
    };
    sleep(took).await;
    progress.finished = true;
    format!("{name}'s answer")
}

/// Lives inside `fetch`; if `fetch` is dropped before it finishes (by a
/// timeout), so is this, and it says so.
struct Progress {
    name: &'static str,
    start: Instant,
    finished: bool,
}

impl Drop for Progress {
    fn drop(&mut self) {
        if !self.finished {
            println!(
                "{}  {}: dropped before it finished",
                at(self.start),
                self.name
            );
        }
    }
}
// ANCHOR_END: fetch

// ANCHOR: limits
/// What `main` prints for one outcome.
fn show(start: Instant, outcome: Result<String, Elapsed>) {
    match outcome {
        Ok(answer) => println!("{}  Ok({answer:?})", at(start)),
        Err(elapsed) => println!("{}  Err({elapsed:?}): {elapsed}", at(start)),
    }
}

async fn limits(start: Instant) {
    let ms = Duration::from_millis;

    // In time: the answer comes after 100 ms, the limit is 300 ms.
    let outcome = timeout(ms(300), fetch("quick", ms(100), start)).await;
    show(start, outcome);

    // Too late: 300 ms after it began, `fetch` is dropped mid-sleep.
    let outcome = timeout(ms(300), fetch("slow", ms(500), start)).await;
    show(start, outcome);

    // The same kind of limit as a point in time: `timeout_at` takes an `Instant`.
    let deadline = Instant::now() + ms(200);
    let outcome = timeout_at(deadline, fetch("slow", ms(500), start)).await;
    show(start, outcome);

    // A future that is ready at its first poll wins, even against zero.
    let outcome = timeout(Duration::ZERO, async { String::from("at once") }).await;
    show(start, outcome);
}
// ANCHOR_END: limits

// ANCHOR: io_error
/// `Elapsed` converts into `std::io::Error` (kind `TimedOut`), so `?` works
/// in a function that returns `std::io::Result`.
async fn read_config(start: Instant) -> std::io::Result<String> {
    let text = timeout(
        Duration::from_millis(100),
        fetch("config", Duration::from_secs(1), start),
    )
    .await?;
    Ok(text)
}
// ANCHOR_END: io_error

// ANCHOR: handle
/// A timeout around a `JoinHandle` drops the handle, not the task: the task
/// runs on. `abort` is what stops it.
async fn handle_keeps_running(start: Instant) {
    let task = tokio::spawn(async move {
        sleep(Duration::from_millis(500)).await;
        println!("{}  task: finished anyway", at(start));
    });
    let outcome = timeout(Duration::from_millis(200), task).await;
    println!("{}  timeout around the handle: {outcome:?}", at(start));
    sleep(Duration::from_millis(400)).await; // the task prints meanwhile
}
// ANCHOR_END: handle

// ANCHOR: main
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    limits(start).await;
    let error = read_config(start).await.unwrap_err();
    println!("{}  read_config: {:?}: {error}", at(start), error.kind());
    handle_keeps_running(start).await;
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_19_timeout.rs"]
mod tests;

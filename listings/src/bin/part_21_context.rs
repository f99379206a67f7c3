//! Part 21: context that travels with a task, and what to do when a task
//! ends. `tokio::task_local!` is the closest thing to a `ContextVar`, but a
//! spawned task does not inherit it: you pass it on by hand. Tokio has no
//! done callbacks; a combinator runs code when a future's output is ready,
//! and a task that awaits the `JoinHandle` sees every ending, cancelled too.
//!
//! Run it: cargo run -p listings --bin part_21_context

use futures::FutureExt;
use std::time::Duration;
use tokio::task::JoinError;
use tokio::time::{sleep, Instant};

/// The time on tokio's clock since `start`, as "0.30s".
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

// ANCHOR: task_local
tokio::task_local! {
    /// The request being handled, for log lines: set for a scope, per task.
    static REQUEST: u32;
}

/// A log line that names the request, if this task has one.
fn log(what: &str) -> Option<u32> {
    let id = REQUEST.try_with(|id| *id).ok(); // Err(AccessError) if unset
    match id {
        Some(id) => println!("[request {id}] {what}"),
        None => println!("[no request] {what}"),
    }
    id
}

async fn helper() -> Option<u32> {
    log("helper, awaited by the handler")
}

/// Returns what each log line found.
async fn handle() -> [Option<u32>; 4] {
    let handler = log("handler");
    let helper = helper().await; // the same task: same value
    let spawned = tokio::spawn(async { log("a task the handler spawned") });
    let spawned = spawned.await.unwrap(); // a new task: no value
    let id = REQUEST.get(); // pass it on by hand:
    let passed_on = tokio::spawn(REQUEST.scope(id, async { log("spawned, in a new scope") }));
    [handler, helper, spawned, passed_on.await.unwrap()]
}
// ANCHOR_END: task_local

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
    abort_b.abort(); // b is cancelled at its next await
    vec![watch_a.await.unwrap(), watch_b.await.unwrap()]
}
// ANCHOR_END: done

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("task_local! REQUEST, set to 7 for the handler:");
    REQUEST.scope(7, handle()).await;
    log("main, outside the scope");
    println!("done callbacks:");
    done_callbacks(Instant::now()).await;
}

#[cfg(test)]
#[path = "../../tests/units/part_21_context.rs"]
mod tests;

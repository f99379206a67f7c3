//! Part 05: who owns a task. Dropping a `JoinHandle` detaches the task: it
//! keeps running. Dropping a `JoinSet` aborts every task still in it.
//!
//! Run it: cargo run -p listings --bin part_05_detached
//! (`main` runs on tokio's paused clock, so the times printed are exact.)

use std::time::Duration;
use tokio::sync::oneshot;

/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: worker
/// Works for one unit, then reports on `done`. If the task is aborted first,
/// `done` is dropped unsent, and its receiver gets an error.
async fn worker(done: oneshot::Sender<&'static str>) {
    tokio::time::sleep(UNIT).await;
    let _ = done.send("finished");
}
// ANCHOR_END: worker

// ANCHOR: detached
/// What the worker's receiver gets: its report, or the error of a sender
/// dropped unsent.
type Report = Result<&'static str, oneshot::error::RecvError>;

fn shown(report: &Report) -> String {
    match report {
        Ok(message) => format!("reported {message:?}"),
        Err(error) => format!("never reported ({error})"),
    }
}

async fn drop_the_handle() -> Report {
    let start = tokio::time::Instant::now();
    let (done, report) = oneshot::channel();
    let handle = tokio::spawn(worker(done));
    drop(handle); // detaches the task; the runtime still owns it
    let report = report.await;
    let (ms, outcome) = (start.elapsed().as_millis(), shown(&report));
    println!("[+{ms}ms] dropped its JoinHandle; the worker {outcome}");
    report
}
// ANCHOR_END: detached

// ANCHOR: join_set
async fn drop_the_set() -> Report {
    let start = tokio::time::Instant::now();
    let (done, report) = oneshot::channel();
    let mut set = tokio::task::JoinSet::new();
    set.spawn(worker(done));
    drop(set); // aborts the tasks still in the set
    let report = report.await;
    let (ms, outcome) = (start.elapsed().as_millis(), shown(&report));
    println!("[+{ms}ms] dropped its JoinSet; the worker {outcome}");
    report
}
// ANCHOR_END: join_set

// tokio's paused clock (see the introduction): the times are exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    drop_the_handle()
        .await
        .expect("a detached task runs to its end");
    drop_the_set()
        .await
        .expect_err("dropping the set aborts the task");
}

#[cfg(test)]
#[path = "../../tests/units/part_05_detached.rs"]
mod tests;

//! Part 05: who owns a task. Dropping a `JoinHandle` detaches the task: it
//! keeps running. Dropping a `JoinSet` aborts every task still in it.
//!
//! Run it: cargo run -p listings --bin part_05_detached

use std::time::Duration;
use tokio::sync::oneshot;
use tokio::task::JoinSet;

/// One unit of time: 100 ms.
const UNIT: Duration = Duration::from_millis(100);

type Report = Result<&'static str, oneshot::error::RecvError>;

// ANCHOR: worker
/// Works for one unit, then reports on `done`. If the task is aborted first,
/// `done` is dropped unsent, and its receiver gets an error.
async fn worker(done: oneshot::Sender<&'static str>) {
    tokio::time::sleep(UNIT).await;
    let _ = done.send("finished");
}
// ANCHOR_END: worker

fn shown(report: &Report) -> String {
    match report {
        Ok(message) => format!("reported {message:?}"),
        Err(error) => format!("never reported ({error})"),
    }
}

// ANCHOR: detached
async fn drop_the_handle() -> Report {
    let (done, report) = oneshot::channel();
    let handle = tokio::spawn(worker(done));
    drop(handle); // detaches the task; the runtime still owns it
    let report = report.await;
    println!("dropped its JoinHandle; the worker: {}", shown(&report));
    report
}
// ANCHOR_END: detached

// ANCHOR: join_set
async fn drop_the_set() -> Report {
    let (done, report) = oneshot::channel();
    let mut set = JoinSet::new();
    set.spawn(worker(done));
    drop(set); // aborts the tasks still in the set
    let report = report.await;
    println!("dropped its JoinSet; the worker: {}", shown(&report));
    report
}
// ANCHOR_END: join_set

#[tokio::main(flavor = "current_thread")]
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

//! Part 21: `tokio::task_local!` is the closest thing to a `ContextVar`: a
//! value that code reads without having it passed down. It is set for the
//! future that `scope` wraps, so code that future awaits sees it, but a task
//! it spawns does not: you pass the value on by hand, with a new scope.
//!
//! Run it: cargo run -p listings --bin part_21_task_local

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

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("task_local! REQUEST, set to 7 for the handler:");
    REQUEST.scope(7, handle()).await;
    log("main, outside the scope");
}

#[cfg(test)]
#[path = "../../tests/units/part_21_task_local.rs"]
mod tests;

//! Part 20: Python's `asyncio.TaskGroup` built on tokio's `JoinSet`. The
//! group waits for every task; at the first error it aborts the others; and
//! it returns every error that happened, as an `ExceptionGroup` holds them.
//!
//! Run it: cargo run -p listings --bin part_20_task_group

use std::future::Future;
use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

// ANCHOR: group
/// Runs every job as a task of one `JoinSet` and waits for all of them.
/// All succeed: their values, in the order they finished. One fails: the
/// others are aborted, and the result holds every error that happened
/// before they stopped (a task that was aborted is no error).
async fn task_group<T, E>(
    jobs: impl IntoIterator<Item = impl Future<Output = Result<T, E>> + Send + 'static>,
) -> Result<Vec<T>, Vec<E>>
where
    T: Send + 'static,
    E: Send + 'static,
{
    let mut set = JoinSet::new();
    for job in jobs {
        set.spawn(job);
    }
    let mut values = Vec::new();
    let mut errors = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok(Ok(value)) => values.push(value),
            Ok(Err(error)) => {
                if errors.is_empty() {
                    set.abort_all(); // the first error: cancel the rest
                }
                errors.push(error);
            }
            Err(aborted) if aborted.is_cancelled() => {} // we did that
            Err(panicked) => {
                set.shutdown().await; // abort the rest and wait for them
                std::panic::resume_unwind(panicked.into_panic());
            }
        }
    }
    if errors.is_empty() {
        Ok(values)
    } else {
        Err(errors)
    }
}
// ANCHOR_END: group

// ANCHOR: job
/// One job: it works for `ms` milliseconds, then succeeds or fails.
/// Its guard says so when the job is dropped before it ends.
async fn job(name: &'static str, ms: u64, fails: bool, start: Instant) -> Result<String, String> {
    let guard = Cancelled { name, start };
    sleep(Duration::from_millis(ms)).await;
    std::mem::forget(guard); // it ended: nothing to report on drop
    let now = at(start);
    if fails {
        println!("{now}  {name} fails");
        Err(format!("{name} failed at {now}"))
    } else {
        println!("{now}  {name} is done");
        Ok(name.to_owned())
    }
}

/// Dropped only if its job is dropped before it ends: an aborted task's
/// future is dropped at the `.await` where it waits, and this runs then.
struct Cancelled {
    name: &'static str,
    start: Instant,
}

impl Drop for Cancelled {
    fn drop(&mut self) {
        println!("{}  {} is cancelled", at(self.start), self.name);
    }
}

/// The time since `start`, as `0.10s`.
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}
// ANCHOR_END: job

// ANCHOR: main
/// Runs `(name, ms, fails)` jobs as one group and prints what it returns.
async fn run(jobs: &[(&'static str, u64, bool)]) -> Result<Vec<String>, Vec<String>> {
    let start = Instant::now();
    let jobs = jobs
        .iter()
        .map(|&(name, ms, fails)| job(name, ms, fails, start));
    let result = task_group(jobs).await;
    println!("{}  the group returns {result:?}", at(start));
    result
}

// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("-- every job succeeds --");
    let _ = run(&[("a", 300, false), ("b", 100, false), ("c", 200, false)]).await;
    println!("-- b fails --");
    let _ = run(&[("a", 300, false), ("b", 100, true), ("c", 200, false)]).await;
    println!("-- b and c fail at the same moment --");
    let _ = run(&[("a", 300, false), ("b", 200, true), ("c", 200, true)]).await;
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_20_task_group.rs"]
mod tests;

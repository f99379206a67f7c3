//! Part 21: a `Semaphore` bounds a `JoinSet` (part 13 said it could). Each
//! job needs a permit, taken before it is spawned and moved into its task,
//! so at most two jobs run at once, and the loop that spawns them waits for
//! a free permit. The pitfall: `let _ = ...acquire...` drops the permit at
//! once, and nothing is bounded any more.
//!
//! Run it: cargo run -p listings --bin part_21_bounded

use listings::timeline::Timeline;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;
use tokio::time::sleep;

// ANCHOR: bounded
/// The unit of time the jobs are measured in, and the timeline's.
const UNIT: Duration = Duration::from_millis(100);

/// Six jobs and how many units each one takes.
const JOBS: [u32; 6] = [3, 1, 2, 2, 1, 3];

/// How many jobs may run at once.
const AT_ONCE: usize = 2;

/// Runs the jobs, at most `AT_ONCE` at a time; returns their timeline.
async fn bounded() -> Timeline {
    let timeline = Arc::new(Timeline::new(UNIT));
    let permits = Arc::new(Semaphore::new(AT_ONCE));
    let mut jobs = JoinSet::new();
    for (number, units) in JOBS.into_iter().enumerate() {
        // Waits here while AT_ONCE jobs hold a permit.
        let permit = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("never closed");
        let timeline = Arc::clone(&timeline);
        jobs.spawn(async move {
            timeline
                .span(format!("job {number}"), sleep(UNIT * units))
                .await;
            drop(permit); // the next job may start (dropped here anyway)
        });
    }
    jobs.join_all().await;
    Arc::into_inner(timeline).expect("every job is done")
}
// ANCHOR_END: bounded

// ANCHOR: unbounded
/// The same loop, with the permit bound to `_`: it is dropped at once.
async fn permit_dropped_at_once() -> Timeline {
    let timeline = Arc::new(Timeline::new(UNIT));
    let permits = Arc::new(Semaphore::new(AT_ONCE));
    let mut jobs = JoinSet::new();
    for (number, units) in JOBS.into_iter().enumerate() {
        let _ = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("never closed");
        let timeline = Arc::clone(&timeline);
        jobs.spawn(async move {
            timeline
                .span(format!("job {number}"), sleep(UNIT * units))
                .await;
        });
    }
    jobs.join_all().await;
    Arc::into_inner(timeline).expect("every job is done")
}
// ANCHOR_END: unbounded

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let timeline = bounded().await;
    println!("a permit per job, {AT_ONCE} permits:");
    print!("{timeline}");
    println!("at most {} at once", timeline.max_concurrent());
    let timeline = permit_dropped_at_once().await;
    println!("let _ = acquire_owned():");
    print!("{timeline}");
    println!("at most {} at once", timeline.max_concurrent());
}

#[cfg(test)]
#[path = "../../tests/units/part_21_bounded.rs"]
mod tests;

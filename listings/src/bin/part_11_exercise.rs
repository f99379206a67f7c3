//! Part 11 exercise, solved: jobs of two steps each. A job's second step
//! needs its first, so the steps of one job stay in order, but the jobs
//! overlap: the whole takes the longest job, not the sum.
//!
//! Run it: cargo run -p listings --bin part_11_exercise

use std::time::Duration;

use futures::future::join_all;
use tokio::time::{sleep, Instant};

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: solution
/// Runs each job's two steps (in units) one after the other, and the jobs
/// at the same time. Returns each job's total, in the order of `jobs`.
async fn run_jobs(jobs: &[(u32, u32)]) -> Vec<u32> {
    let runs = jobs.iter().map(|&(first, second)| async move {
        sleep(UNIT * first).await; // both steps inside the future,
        sleep(UNIT * second).await; // so join_all overlaps whole jobs
        first + second
    });
    join_all(runs).await
}
// ANCHOR_END: solution

// ANCHOR: main
// The paused clock makes the time printed exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let started = Instant::now();
    let totals = run_jobs(&[(2, 1), (1, 3), (3, 0)]).await;
    // The longest job takes 4 units; one job after another would take 10.
    println!("totals {totals:?} after {:?}", started.elapsed());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_11_exercise.rs"]
mod tests;

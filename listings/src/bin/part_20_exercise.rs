//! Part 20 exercise, solved: ask every mirror at once, return the first
//! answer that succeeds, and cancel the others. `return` from inside the
//! loop is the whole trick: it drops the `JoinSet`, and that aborts every
//! task still in it. If every mirror fails, all their errors come back.
//!
//! Run it: cargo run -p listings --bin part_20_exercise

use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, Instant};

// ANCHOR: helpers
/// A mirror answers after `ms` milliseconds, with its name or an error.
async fn fetch(name: &'static str, ms: u64, works: bool) -> Result<&'static str, String> {
    sleep(Duration::from_millis(ms)).await;
    if works {
        Ok(name)
    } else {
        Err(format!("{name} is down"))
    }
}
// ANCHOR_END: helpers

// ANCHOR: solution
/// The first mirror that answers with `Ok`; if none does, every error, in
/// the order they came.
async fn first_ok(mirrors: &[(&'static str, u64, bool)]) -> Result<&'static str, Vec<String>> {
    let mut set = JoinSet::new();
    for &(name, ms, works) in mirrors {
        set.spawn(fetch(name, ms, works));
    }
    let mut errors = Vec::new();
    while let Some(joined) = set.join_next().await {
        match joined.expect("no fetch panics") {
            Ok(name) => return Ok(name), // drops `set`: the others are aborted
            Err(error) => errors.push(error),
        }
    }
    Err(errors)
}
// ANCHOR_END: solution

// ANCHOR: main
// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let answer = first_ok(&[
        ("far", 500, true),
        ("down", 100, false),
        ("near", 200, true),
    ])
    .await;
    println!("{:.2}s  {answer:?}", start.elapsed().as_secs_f64());
    let start = Instant::now();
    let answer = first_ok(&[("down", 100, false), ("gone", 300, false)]).await;
    println!("{:.2}s  {answer:?}", start.elapsed().as_secs_f64());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_20_exercise.rs"]
mod tests;

//! Part 20: structure inside one task. `join!` and `FuturesUnordered` run
//! futures concurrently without spawning them, so the futures may borrow
//! the caller's locals: they cannot outlive the function that awaits them.
//!
//! Run it: cargo run -p listings --bin part_20_in_task

// ANCHOR: check
use futures::stream::{FuturesUnordered, StreamExt};
use std::time::Duration;
use tokio::time::{sleep, Instant};

/// Settings every check reads: a local of `main`, borrowed, not cloned.
struct Settings {
    slowest_ms: u64,
}

/// Checks one mirror (a sleep stands for the work). It borrows `name` and
/// `settings`: the future it returns lives only as long as they do.
async fn check<'a>(name: &'a str, settings: &Settings) -> &'a str {
    let ms = settings.slowest_ms / name.len() as u64;
    sleep(Duration::from_millis(ms)).await;
    name
}

/// The time since `start`, as `0.10s`.
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}
// ANCHOR_END: check

// ANCHOR: main
// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let settings = Settings { slowest_ms: 300 };
    let names = ["a".to_owned(), "bbb".to_owned(), "cc".to_owned()];

    // A fixed number of futures: `join!` polls them all, in this task.
    let start = Instant::now();
    let (a, c) = tokio::join!(check(&names[0], &settings), check(&names[2], &settings));
    println!("{}  join! returns {a} and {c}", at(start));

    // Any number: a `FuturesUnordered` yields them as they finish.
    let start = Instant::now();
    let mut checks: FuturesUnordered<_> = names.iter().map(|name| check(name, &settings)).collect();
    while let Some(name) = checks.next().await {
        println!("{}  {name} is checked", at(start));
    }

    // The first to finish, and the others are dropped with the set.
    let start = Instant::now();
    let mut checks: FuturesUnordered<_> = names.iter().map(|name| check(name, &settings)).collect();
    let first = checks.next().await;
    drop(checks); // the two still running are cancelled here
    println!(
        "{}  first: {first:?}; {} names still ours",
        at(start),
        names.len()
    );
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_20_in_task.rs"]
mod tests;

//! Part 23: Pi computed three ways by threads that count the squares of a grid
//! inside a quarter circle: into a shared `Mutex`, into a shared atomic, and
//! into a local variable per thread, summed after `join`. All three count
//! the same points; they differ in how often threads fight over one counter.
//!
//! Run it: cargo run -p listings --bin part_23_pi
//! Measure it: listings/bench/part_23_pi.sh (release build, prints a table)
//!
//! Uses the standard library only, so the benchmark script can build it with
//! `rustc` alone.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Instant;

/// The threads that share the grid.
const THREADS: u64 = 2;

/// Calls `hit` for each square of a radius x radius grid whose centre lies
/// inside the quarter circle, and returns how many. Thread `t` of `THREADS`
/// takes the columns x = t, t + THREADS, ... so that both get as much work.
fn count_column_points(radius: u64, t: u64, mut hit: impl FnMut()) -> u64 {
    let mut inside = 0;
    for x in (t..radius).step_by(THREADS as usize) {
        for y in 0..radius {
            let (cx, cy) = (2 * x + 1, 2 * y + 1); // the centre, in half squares
            if cx * cx + cy * cy < 4 * radius * radius {
                hit();
                inside += 1;
            }
        }
    }
    inside
}

// ANCHOR: ways
/// Every hit locks the shared counter.
fn shared_mutex(radius: u64) -> u64 {
    let hits = Mutex::new(0);
    thread::scope(|s| {
        for t in 0..THREADS {
            let hits = &hits;
            s.spawn(move || count_column_points(radius, t, || *hits.lock().unwrap() += 1));
        }
    });
    hits.into_inner().unwrap()
}

/// Every hit is one atomic add on the shared counter.
fn shared_atomic(radius: u64) -> u64 {
    let hits = AtomicU64::new(0);
    thread::scope(|s| {
        for t in 0..THREADS {
            let hits = &hits;
            s.spawn(move || {
                count_column_points(radius, t, || {
                    hits.fetch_add(1, Ordering::Relaxed);
                })
            });
        }
    });
    hits.into_inner()
}

/// Each thread counts on its own; the counts meet once, at `join`.
fn per_thread_sums(radius: u64) -> u64 {
    thread::scope(|s| {
        let counters: Vec<_> = (0..THREADS)
            .map(|t| s.spawn(move || count_column_points(radius, t, || ())))
            .collect();
        counters.into_iter().map(|c| c.join().unwrap()).sum()
    })
}
// ANCHOR_END: ways

/// A way to count: the radius in, the squares inside out.
type Way = fn(u64) -> u64;

/// The three ways, by name.
const WAYS: [(&str, Way); 3] = [
    ("shared Mutex", shared_mutex),
    ("shared atomic", shared_atomic),
    ("per-thread sums", per_thread_sums),
];

fn pi(hits: u64, radius: u64) -> f64 {
    4.0 * hits as f64 / (radius * radius) as f64
}

/// `--bench RADIUS`: times each way (the best of three runs) and prints a table.
fn bench(radius: u64) {
    println!(
        "radius {radius}: {} squares, {THREADS} threads",
        radius * radius
    );
    println!("| way             | hits       | pi         | best of 3 |");
    println!("| --------------- | ---------- | ---------- | --------- |");
    for (name, way) in WAYS {
        let mut best = f64::MAX;
        let mut hits = 0;
        for _ in 0..3 {
            let start = Instant::now();
            hits = way(radius);
            best = best.min(start.elapsed().as_secs_f64());
        }
        let pi = pi(hits, radius);
        println!(
            "| {name:<15} | {hits:>10} | {pi:.8} | {:>6.1} ms |",
            best * 1000.0
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, rest @ ..] = args.as_slice() {
        if flag == "--bench" {
            let radius = rest.first().map_or(Ok(5_000), |r| r.parse());
            return bench(radius.expect("--bench RADIUS: a whole number"));
        }
    }
    let radius = 1_000;
    for (name, way) in WAYS {
        let hits = way(radius);
        println!(
            "{name:<15}: {hits} of {} squares inside, pi ~ {:.6}",
            radius * radius,
            pi(hits, radius)
        );
    }
}

#[cfg(test)]
#[path = "../../tests/units/part_23_pi.rs"]
mod tests;

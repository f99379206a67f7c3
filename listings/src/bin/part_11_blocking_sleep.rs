//! Part 11, the pitfall: `std::thread::sleep` inside async code blocks the
//! thread, and with it every other future on that thread. The same five
//! sleepers now run one after another: the sum of the delays, not the longest.
//!
//! Run it: cargo run -p listings --bin part_11_blocking_sleep
//! (This one runs on the real clock: a blocking sleep does not move tokio's
//! paused clock. Times are rounded to whole units.)

use std::time::{Duration, Instant};

use futures::future::join_all;
use listings::timeline::Timeline;

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: blocking_sleeper
/// Wrong: `std::thread::sleep` never returns `Pending`. It holds the thread
/// for the whole delay, so nothing else on this thread can run meanwhile.
async fn blocking_sleeper(units: u32) -> u32 {
    println!("start {units}");
    std::thread::sleep(UNIT * units);
    println!("end   {units}");
    units
}
// ANCHOR_END: blocking_sleeper

/// The right one, for comparison.
async fn sleeper(units: u32) -> u32 {
    tokio::time::sleep(UNIT * units).await;
    units
}

/// A duration in whole units, rounded.
fn in_units(time: Duration) -> u32 {
    (time.as_secs_f64() / UNIT.as_secs_f64()).round() as u32
}

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()?;
    let timeline = Timeline::with_columns_per_unit(UNIT, 1);
    let results =
        runtime.block_on(join_all((0..5).map(|units| {
            timeline.span(format!("sleeper({units})"), blocking_sleeper(units))
        })));
    let blocking = in_units(timeline.elapsed());
    println!("join_all returned {results:?}\n");
    print!("{timeline}");

    let started = Instant::now();
    runtime.block_on(join_all((0..5).map(sleeper)));
    let concurrent = in_units(started.elapsed());
    println!("\nwith tokio::time::sleep:  about {concurrent} units");
    println!("with std::thread::sleep:  about {blocking} units");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;

    fn current_thread() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
    }

    /// Spawns one task per blocking sleeper and times them all.
    fn spawned_on(runtime: &tokio::runtime::Runtime) -> Duration {
        let started = Instant::now();
        runtime.block_on(async {
            let tasks: Vec<_> = (0..5).map(|u| tokio::spawn(blocking_sleeper(u))).collect();
            for task in tasks {
                task.await.unwrap();
            }
        });
        started.elapsed()
    }

    #[test]
    fn blocking_sleepers_run_one_after_another() {
        let timeline = Timeline::new(UNIT);
        current_thread().block_on(join_all(
            (0..5).map(|u| timeline.span(format!("{u}"), blocking_sleeper(u))),
        ));
        let rows = timeline.rows();
        for pair in rows.windows(2) {
            assert!(pair[0].end <= pair[1].start, "serial: {pair:?}");
        }
        assert_eq!(timeline.max_concurrent(), 1);
    }

    // The printed times are rounded to whole units; the program's output is
    // stable only while each one is well within half a unit of its ideal.
    #[test]
    fn measured_times_are_within_the_rounding_tolerance() {
        let timeline = Timeline::new(UNIT);
        current_thread().block_on(join_all(
            (0..5).map(|u| timeline.span(format!("{u}"), blocking_sleeper(u))),
        ));
        let mut ideal_start = 0;
        for (units, row) in (0..5).zip(timeline.rows()) {
            let (start, end) = (row.start.unwrap(), row.end.unwrap());
            assert_eq!(in_units(start), ideal_start, "{row:?}");
            assert_eq!(in_units(end), ideal_start + units, "{row:?}");
            ideal_start += units;
        }
    }

    // Why the current-thread runtime is the worst case: spawning the sleepers
    // as tasks does not help there (one thread runs every task), while two
    // worker threads block two at a time. Ratios, so no machine is too slow.
    #[test]
    fn spawning_helps_only_with_more_than_one_thread() {
        let sum = UNIT * 10;
        let one_thread = spawned_on(&current_thread());
        assert!(one_thread >= sum, "current-thread: serial, {one_thread:?}");
        let two_workers = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_time()
            .build()
            .unwrap();
        let parallel = spawned_on(&two_workers);
        let ratio = one_thread.as_secs_f64() / parallel.as_secs_f64();
        assert!(
            ratio > 1.3,
            "two workers overlap the blocking sleeps: {ratio:.2}"
        );
    }
}

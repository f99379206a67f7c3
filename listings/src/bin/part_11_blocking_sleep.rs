//! Part 11, the pitfall: `std::thread::sleep` inside async code blocks the
//! thread, and with it every other future on that thread. The same five
//! sleepers now run one after another: the sum of the delays, not the longest.
//!
//! Run it: cargo run -p listings --bin part_11_blocking_sleep
//! (This one runs on the real clock: a blocking sleep does not move tokio's
//! paused clock. Real times vary, so it compares them instead of printing.)

use std::time::{Duration, Instant};

use futures::future::join_all;

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

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()?;
    let sum = UNIT * (0..5).sum::<u32>(); // 10 units

    let started = Instant::now();
    let results = runtime.block_on(join_all((0..5).map(blocking_sleeper)));
    let blocking = started.elapsed();
    println!("join_all returned {results:?}\n");

    let started = Instant::now();
    runtime.block_on(join_all((0..5).map(sleeper)));
    let concurrent = started.elapsed();
    // Compared with the sum, not printed: real times vary from run to run.
    println!("with tokio::time::sleep: {}", against(concurrent, sum));
    println!("with std::thread::sleep: {}", against(blocking, sum));
    Ok(())
}

fn against(elapsed: Duration, sum: Duration) -> &'static str {
    if elapsed < sum {
        "less than the sum of the delays"
    } else {
        "at least the sum of the delays"
    }
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;
    use listings::timeline::Timeline;

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

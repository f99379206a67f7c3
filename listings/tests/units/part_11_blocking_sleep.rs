//! The tests of `listings/src/bin/part_11_blocking_sleep.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

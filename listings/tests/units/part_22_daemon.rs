//! The tests of `listings/src/bin/part_22_daemon.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::time::Instant;

#[test]
fn dropping_a_runtime_waits_for_its_blocking_work() {
    let start = Instant::now();
    assert!(drop_waits_for_blocking_work(Duration::from_millis(200)));
    assert!(start.elapsed() >= Duration::from_millis(200));
}

#[test]
fn shutdown_timeout_returns_with_the_work_still_running() {
    let start = Instant::now();
    assert!(!shutdown_timeout_stops_waiting(
        Duration::from_secs(5),
        Duration::from_millis(50)
    ));
    // It returned long before the 5 s job could end.
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn the_process_ends_without_waiting_for_its_threads() {
    let program = listings::program(
        "part_22_daemon",
        option_env!("CARGO_BIN_EXE_part_22_daemon"),
    );
    let start = Instant::now();
    let out = std::process::Command::new(program).output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.ends_with("end with it\n"), "{stdout}");
    assert!(!stdout.contains("background thread: done"), "{stdout}");
    // The background thread sleeps 10 s, the leaked job 5 s: the process
    // did not wait for either.
    assert!(
        start.elapsed() < Duration::from_secs(4),
        "{:?}",
        start.elapsed()
    );
}

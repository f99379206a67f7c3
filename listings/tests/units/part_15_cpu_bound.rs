//! The tests of `listings/src/bin/part_15_cpu_bound.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

#[test]
fn the_loop_adds_up_like_the_formula() {
    for end in [0, 1, 2, 10, 30_000, 123_457] {
        assert_eq!(range_sum(end), end * (end + 1) / 2, "1..={end}");
    }
}

/// A gate that one job opens and another waits at.
struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    const fn new() -> Self {
        Gate {
            open: Mutex::new(false),
            opened: Condvar::new(),
        }
    }
    fn open(&self) {
        *self.open.lock().unwrap() = true;
        self.opened.notify_all();
    }
    /// Waits until the gate is open, at most `limit`; says if it is.
    fn wait(&self, limit: Duration) -> bool {
        let open = self.open.lock().unwrap();
        let (open, _) = self
            .opened
            .wait_timeout_while(open, limit, |o| !*o)
            .unwrap();
        *open
    }
}

/// Job m = 1 (end 10) waits at a gate that job m = 0 (end 0) opens: it
/// can finish only if the two run at the same time. (Which result comes
/// back first is still a race: m = 0 opens the gate just before it ends.)
const SUBMITTED: [Job; 2] = [Job { m: 1, end: 10 }, Job { m: 0, end: 0 }];

#[tokio::test]
async fn spawn_blocking_runs_jobs_at_the_same_time() {
    static GATE: Gate = Gate::new();
    fn work(end: u64) -> u64 {
        if end == 0 {
            GATE.open();
        } else {
            let opened = GATE.wait(Duration::from_secs(30));
            assert!(opened, "the second job never ran beside the first");
        }
        range_sum(end)
    }
    let done = with_spawn_blocking(&SUBMITTED, 2, work).await;
    assert_eq!(by_job(&done), [0, 55]);
}

#[tokio::test]
async fn rayon_runs_jobs_at_the_same_time() {
    static GATE: Gate = Gate::new();
    fn work(end: u64) -> u64 {
        if end == 0 {
            GATE.open();
        } else {
            let opened = GATE.wait(Duration::from_secs(30));
            assert!(opened, "the second job never ran beside the first");
        }
        range_sum(end)
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap();
    let done = with_rayon(&SUBMITTED, &pool, work).await;
    assert_eq!(by_job(&done), [0, 55]);
}

#[tokio::test]
async fn one_permit_means_one_job_at_a_time() {
    static GATE: Gate = Gate::new();
    static SAW_THE_OTHER: AtomicBool = AtomicBool::new(false);
    fn work(end: u64) -> u64 {
        if end == 0 {
            GATE.open();
        } else {
            // With one permit the other job cannot start: a short wait is
            // enough to see that it does not.
            let opened = GATE.wait(Duration::from_millis(200));
            SAW_THE_OTHER.store(opened, Ordering::SeqCst);
        }
        range_sum(end)
    }
    let done = with_spawn_blocking(&SUBMITTED, 1, work).await;
    assert!(
        !SAW_THE_OTHER.load(Ordering::SeqCst),
        "two jobs ran at once"
    );
    assert_eq!(by_job(&done), [0, 55]);
}

// The process pool with a stand-in worker (a shell loop that speaks the
// same protocol), so that these tests need no built binary. The book's
// output check runs the real one: the program re-executing itself.
const SH_WORKER: &str = "while read n; do echo $((n * (n + 1) / 2)); done";

#[tokio::test]
async fn the_process_pool_hands_every_job_to_some_worker() {
    let jobs = jobs(1000);
    let done = with_processes(&jobs, 3, Path::new("sh"), &["-c", SH_WORKER])
        .await
        .unwrap();
    assert_eq!(by_job(&done), by_job(&sequential(&jobs, range_sum)));
}

#[tokio::test]
async fn a_worker_that_dies_is_an_error_not_a_hang() {
    let failure = with_processes(&jobs(10), 2, Path::new("sh"), &["-c", "exit 3"])
        .await
        .unwrap_err();
    // Whether the write or the read notices first depends on timing.
    let message = failure.to_string();
    assert!(message.starts_with("a worker "), "{message}");
}

#[tokio::test]
async fn a_worker_that_answers_nonsense_is_an_error() {
    let failure = with_processes(&jobs(10), 1, Path::new("sh"), &["-c", "read n; echo many"])
        .await
        .unwrap_err();
    assert!(
        failure.to_string().contains("answered \"many\""),
        "{failure}"
    );
}

#[tokio::test]
async fn a_worker_that_cannot_start_is_named() {
    let failure = with_processes(&jobs(10), 1, Path::new("./no-such-worker"), &[])
        .await
        .unwrap_err();
    let message = failure.to_string();
    assert!(
        message.starts_with("cannot start ./no-such-worker: "),
        "{message}"
    );
}

#[test]
fn the_worker_answers_each_line_and_names_bad_input() {
    let mut answers = Vec::new();
    serve(&b"0\n10\n30000\n"[..], &mut answers).unwrap();
    assert_eq!(String::from_utf8(answers).unwrap(), "0\n55\n450015000\n");
    let error = serve(&b"12\nten\n"[..], Vec::new()).unwrap_err();
    assert!(error.contains("got \"ten\""), "{error}");
}

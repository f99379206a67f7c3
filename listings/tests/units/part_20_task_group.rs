//! The tests of `listings/src/bin/part_20_task_group.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A job that counts how far it got: `started` on its first poll, `ended`
/// once its sleep is over.
async fn counted(
    ms: u64,
    fails: bool,
    started: Arc<AtomicUsize>,
    ended: Arc<AtomicUsize>,
) -> Result<u64, u64> {
    started.fetch_add(1, Ordering::SeqCst);
    sleep(Duration::from_millis(ms)).await;
    ended.fetch_add(1, Ordering::SeqCst);
    if fails {
        Err(ms)
    } else {
        Ok(ms)
    }
}

fn counters() -> (Arc<AtomicUsize>, Arc<AtomicUsize>) {
    (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)))
}

#[tokio::test(start_paused = true)]
async fn all_succeed_it_waits_for_every_task_and_returns_them_in_finishing_order() {
    let (started, ended) = counters();
    let begin = Instant::now();
    let jobs = [300, 100, 200].map(|ms| counted(ms, false, started.clone(), ended.clone()));
    let result = task_group(jobs).await;
    assert_eq!(result, Ok(vec![100, 200, 300]));
    assert_eq!(
        begin.elapsed(),
        Duration::from_millis(300),
        "the slowest sets the time"
    );
    assert_eq!(ended.load(Ordering::SeqCst), 3);
}

#[tokio::test(start_paused = true)]
async fn the_first_error_aborts_the_rest_at_once() {
    let (started, ended) = counters();
    let begin = Instant::now();
    let jobs = [(300, false), (100, true), (200, false)]
        .map(|(ms, fails)| counted(ms, fails, started.clone(), ended.clone()));
    let result = task_group(jobs).await;
    assert_eq!(result, Err(vec![100]));
    assert_eq!(
        begin.elapsed(),
        Duration::from_millis(100),
        "nobody waits for a or c"
    );
    assert_eq!(started.load(Ordering::SeqCst), 3);
    assert_eq!(
        ended.load(Ordering::SeqCst),
        1,
        "a and c never end their work"
    );
    // And they stay stopped: nothing wakes up later.
    sleep(Duration::from_secs(1)).await;
    assert_eq!(ended.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn errors_at_the_same_moment_are_all_returned() {
    let (started, ended) = counters();
    let jobs = [(300, false), (200, true), (200, true)]
        .map(|(ms, fails)| counted(ms, fails, started.clone(), ended.clone()));
    assert_eq!(task_group(jobs).await, Err(vec![200, 200]));
    assert_eq!(ended.load(Ordering::SeqCst), 2, "a is aborted");
}

#[tokio::test(start_paused = true)]
async fn an_error_after_the_abort_cannot_happen() {
    // c fails at 200 ms; a would fail at 300 ms, but it is aborted first.
    let (started, ended) = counters();
    let jobs = [(300, true), (100, false), (200, true)]
        .map(|(ms, fails)| counted(ms, fails, started.clone(), ended.clone()));
    assert_eq!(task_group(jobs).await, Err(vec![200]));
}

/// Two different futures in one list: boxed.
type BoxedJob = std::pin::Pin<Box<dyn Future<Output = Result<u64, u64>> + Send>>;

#[tokio::test(start_paused = true)]
async fn a_panic_aborts_the_rest_and_goes_on_in_the_caller() {
    let (started, ended) = counters();
    let slow = counted(300, false, started.clone(), ended.clone());
    let jobs: Vec<BoxedJob> = vec![
        Box::pin(slow),
        Box::pin(async {
            sleep(Duration::from_millis(100)).await;
            panic!("job b panics")
        }),
    ];
    let caught = tokio::spawn(task_group(jobs)).await.unwrap_err();
    assert!(caught.is_panic());
    assert_eq!(lib_message(caught), "job b panics");
    assert_eq!(ended.load(Ordering::SeqCst), 0, "the slow job was aborted");
}

fn lib_message(error: tokio::task::JoinError) -> String {
    listings::panic_message(&*error.into_panic()).to_owned()
}

#[tokio::test(start_paused = true)]
async fn the_program_prints_each_cancellation_at_the_first_error() {
    // `run` is what main runs; its result is what it prints.
    let result = run(&[("a", 300, false), ("b", 100, true), ("c", 200, false)]).await;
    assert_eq!(result, Err(vec!["b failed at 0.10s".to_owned()]));
}

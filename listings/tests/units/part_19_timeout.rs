//! The tests of `listings/src/bin/part_19_timeout.rs`: what its chapter claims.

use super::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

const MS: fn(u64) -> Duration = Duration::from_millis;

#[tokio::test(start_paused = true)]
async fn in_time_is_ok_at_the_answers_time() {
    let start = Instant::now();
    let outcome = timeout(MS(300), fetch("quick", MS(100), start)).await;
    assert_eq!(outcome.unwrap(), "quick's answer");
    assert_eq!(start.elapsed(), MS(100));
}

#[tokio::test(start_paused = true)]
async fn too_late_is_elapsed_at_the_limit_not_at_the_answer() {
    let start = Instant::now();
    let outcome = timeout(MS(300), fetch("slow", MS(500), start)).await;
    let elapsed = outcome.unwrap_err();
    assert_eq!(elapsed.to_string(), "deadline has elapsed");
    assert_eq!(start.elapsed(), MS(300));
}

#[tokio::test(start_paused = true)]
async fn the_inner_future_is_dropped_unfinished_on_timeout() {
    struct Flag(Arc<AtomicBool>);
    impl Drop for Flag {
        fn drop(&mut self) {
            self.0.store(true, Ordering::SeqCst);
        }
    }
    let dropped = Arc::new(AtomicBool::new(false));
    let flag = Flag(Arc::clone(&dropped));
    let reached_the_end = Arc::new(AtomicBool::new(false));
    let end = Arc::clone(&reached_the_end);
    let work = async move {
        let _flag = flag;
        sleep(MS(500)).await;
        end.store(true, Ordering::SeqCst);
    };
    assert!(timeout(MS(300), work).await.is_err());
    // Dropped by the time `timeout` answers, and it never ran past the sleep.
    assert!(dropped.load(Ordering::SeqCst));
    sleep(MS(1000)).await;
    assert!(!reached_the_end.load(Ordering::SeqCst));
}

#[tokio::test(start_paused = true)]
async fn timeout_at_counts_from_the_instant_not_from_the_await() {
    let start = Instant::now();
    let deadline = start + MS(200);
    sleep(MS(150)).await; // the deadline is already 150 ms closer
    assert!(timeout_at(deadline, sleep(MS(100))).await.is_err());
    assert_eq!(start.elapsed(), MS(200));
    // A deadline in the past: the future still gets its first poll.
    assert_eq!(timeout_at(start, async { 1 }).await.unwrap(), 1);
    assert!(timeout_at(start, sleep(MS(1))).await.is_err());
    assert_eq!(
        start.elapsed(),
        MS(200),
        "an expired deadline answers at once"
    );
}

#[tokio::test(start_paused = true)]
async fn ready_at_once_beats_a_zero_limit() {
    assert_eq!(timeout(Duration::ZERO, async { 7 }).await.unwrap(), 7);
    assert!(timeout(Duration::ZERO, tokio::task::yield_now())
        .await
        .is_err());
}

#[tokio::test(start_paused = true)]
async fn elapsed_becomes_an_io_timed_out_error() {
    let start = Instant::now();
    let error = read_config(start).await.unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::TimedOut);
    assert_eq!(start.elapsed(), MS(100));
}

#[tokio::test(start_paused = true)]
async fn a_timeout_around_a_join_handle_leaves_the_task_running() {
    let finished = Arc::new(AtomicBool::new(false));
    let done = Arc::clone(&finished);
    let task = tokio::spawn(async move {
        sleep(MS(500)).await;
        done.store(true, Ordering::SeqCst);
    });
    assert!(timeout(MS(200), task).await.is_err());
    sleep(MS(400)).await;
    assert!(finished.load(Ordering::SeqCst), "the task ran on");

    // With `abort`, it does not.
    let finished = Arc::new(AtomicBool::new(false));
    let done = Arc::clone(&finished);
    let mut task = tokio::spawn(async move {
        sleep(MS(500)).await;
        done.store(true, Ordering::SeqCst);
    });
    if timeout(MS(200), &mut task).await.is_err() {
        task.abort();
    }
    assert!(task.await.unwrap_err().is_cancelled());
    sleep(MS(400)).await;
    assert!(!finished.load(Ordering::SeqCst));
}

#[tokio::test(start_paused = true)]
async fn timeout_counts_from_its_call_not_from_the_first_await() {
    let start = Instant::now();
    // The inner 100 ms start at its first poll; the limit's 200 ms at once.
    let limited = timeout(MS(200), async { sleep(MS(100)).await });
    sleep(MS(150)).await; // not awaited yet, but its 200 ms are running
    assert!(limited.await.is_err());
    assert_eq!(start.elapsed(), MS(200), "200 ms after the call");
}

#[tokio::test(start_paused = true)]
async fn a_pinned_future_passed_by_mut_survives_its_timeout() {
    let start = Instant::now();
    let slow = fetch("slow", MS(500), start);
    tokio::pin!(slow);
    assert!(timeout(MS(300), &mut slow).await.is_err());
    // Only the reference was dropped: the same `fetch` goes on to its answer.
    assert_eq!(slow.await, "slow's answer");
    assert_eq!(start.elapsed(), MS(500));
}

#[tokio::test(start_paused = true)]
async fn an_abort_on_drop_handle_stops_the_task_when_the_timeout_drops_it() {
    use tokio_util::task::AbortOnDropHandle;
    let finished = Arc::new(AtomicBool::new(false));
    let done = Arc::clone(&finished);
    let task = AbortOnDropHandle::new(tokio::spawn(async move {
        sleep(MS(500)).await;
        done.store(true, Ordering::SeqCst);
    }));
    assert!(timeout(MS(200), task).await.is_err());
    sleep(MS(400)).await;
    assert!(
        !finished.load(Ordering::SeqCst),
        "dropping the handle aborted it"
    );
}

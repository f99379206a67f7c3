//! The tests of `listings/src/bin/part_20_drop_set.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Holds `alive` (a clone of one `Arc`) for as long as its future exists,
/// and counts `ended` when its work is over.
async fn held(ms: u64, alive: Arc<()>, ended: Arc<AtomicUsize>) {
    sleep(Duration::from_millis(ms)).await;
    ended.fetch_add(1, Ordering::SeqCst);
    drop(alive);
}

#[tokio::test(start_paused = true)]
async fn dropping_a_set_aborts_its_tasks_without_waiting_for_them() {
    let alive = Arc::new(());
    let ended = Arc::new(AtomicUsize::new(0));
    let mut set = JoinSet::new();
    set.spawn(held(300, alive.clone(), ended.clone()));
    set.spawn(held(100, alive.clone(), ended.clone()));
    sleep(Duration::from_millis(50)).await;
    let before = Instant::now();
    drop(set);
    assert_eq!(before.elapsed(), Duration::ZERO, "the drop returns at once");
    assert_eq!(
        Arc::strong_count(&alive),
        3,
        "right after the drop, both futures still exist: the drop did not wait"
    );
    // The aborted tasks are dropped once this task lets the runtime run.
    tokio::task::yield_now().await;
    assert_eq!(Arc::strong_count(&alive), 1, "both futures are dropped now");
    sleep(Duration::from_secs(1)).await;
    assert_eq!(
        ended.load(Ordering::SeqCst),
        0,
        "neither ever ends its work"
    );
}

#[tokio::test(start_paused = true)]
async fn dropping_handles_detaches_the_tasks() {
    let alive = Arc::new(());
    let ended = Arc::new(AtomicUsize::new(0));
    let a = tokio::spawn(held(300, alive.clone(), ended.clone()));
    let b = tokio::spawn(held(100, alive.clone(), ended.clone()));
    drop((a, b));
    sleep(Duration::from_millis(400)).await; // past both ends: a tie would be a race

    assert_eq!(ended.load(Ordering::SeqCst), 2, "both ran to the end");
    assert_eq!(Arc::strong_count(&alive), 1);
}

#[tokio::test(start_paused = true)]
async fn detach_all_turns_a_set_into_plain_tasks() {
    let ended = Arc::new(AtomicUsize::new(0));
    let mut set = JoinSet::new();
    set.spawn(held(100, Arc::new(()), ended.clone()));
    set.detach_all();
    drop(set);
    sleep(Duration::from_millis(200)).await;
    assert_eq!(ended.load(Ordering::SeqCst), 1);
}

#[tokio::test(start_paused = true)]
async fn the_listing_runs_in_its_stated_time() {
    let start = Instant::now();
    drop_a_set(start).await;
    assert_eq!(start.elapsed(), Duration::from_millis(550));
}

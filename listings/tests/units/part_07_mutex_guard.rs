//! The tests of `listings/src/bin/part_07_mutex_guard.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn the_lock_makes_the_two_sleeps_take_turns() {
    let started = Instant::now();
    assert_eq!(run().await, ["a", "b"]);
    // Without the lock, both sleeps would overlap and take one unit.
    assert_eq!(started.elapsed(), 2 * UNIT);
}

#[tokio::test(start_paused = true)]
async fn dropping_the_guard_releases_the_lock() {
    let mutex = Mutex::new(0);
    let guard = mutex.lock().await;
    assert!(mutex.try_lock().is_err(), "held while the guard lives");
    drop(guard);
    assert!(mutex.try_lock().is_ok(), "free once it is dropped");
}

//! The tests of `listings/src/bin/part_22_timer.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

fn flag() -> (Arc<AtomicBool>, impl FnOnce() + Send + 'static) {
    let fired = Arc::new(AtomicBool::new(false));
    let set = Arc::clone(&fired);
    (fired, move || set.store(true, Ordering::SeqCst))
}

#[test]
fn a_timer_fires_after_its_delay() {
    let (fired, action) = flag();
    let start = Instant::now();
    assert!(Timer::start(Duration::from_millis(100), action).wait());
    assert!(start.elapsed() >= Duration::from_millis(100));
    assert!(fired.load(Ordering::SeqCst));
}

#[test]
fn a_cancelled_timer_never_runs_its_action_and_ends_at_once() {
    let (fired, action) = flag();
    let start = Instant::now();
    assert!(!Timer::start(Duration::from_secs(60), action).cancel());
    assert!(!fired.load(Ordering::SeqCst));
    assert!(start.elapsed() < Duration::from_secs(30));
}

#[test]
fn cancelling_after_it_fired_says_it_fired() {
    let (fired, action) = flag();
    let timer = Timer::start(Duration::ZERO, action);
    while !fired.load(Ordering::SeqCst) {
        thread::yield_now();
    }
    assert!(timer.cancel());
}

#[test]
fn dropping_a_timer_cancels_it() {
    let (fired, action) = flag();
    let timer = Timer::start(Duration::from_secs(60), action);
    let Timer { cancel, thread } = timer;
    drop(cancel); // what dropping the whole Timer does to its thread
    assert!(!thread.join().unwrap());
    assert!(!fired.load(Ordering::SeqCst));
}

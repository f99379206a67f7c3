//! Part 23: a deadlock from opposite lock order, caught by a watchdog, and
//! the fix: every thread takes the locks in one order.
//!
//! Run it: cargo run -p listings --bin part_23_lock_order

use std::sync::mpsc;
use std::sync::{Arc, Barrier, Mutex};
use std::thread;
use std::time::Duration;

/// How long the watchdog waits for the deadlocked threads: any wait gives the
/// same answer, since they would need forever.
const PATIENCE: Duration = Duration::from_millis(500);

/// How long it waits for the threads that take one order: far more than the
/// milliseconds they need, even on a busy machine.
const GENEROUS: Duration = Duration::from_secs(30);

type Locks = Arc<(Mutex<u64>, Mutex<u64>)>;

// ANCHOR: opposite
/// Thread 1 takes `a` then `b`; thread 2 takes `b` then `a`. The barrier
/// makes each hold its first lock before either asks for its second.
fn opposite_order() -> usize {
    let locks: Locks = Arc::new((Mutex::new(0), Mutex::new(0)));
    let both_hold_one = Arc::new(Barrier::new(2));
    let (done, finished) = mpsc::channel();
    for a_first in [true, false] {
        let (locks, both_hold_one, done) = (locks.clone(), both_hold_one.clone(), done.clone());
        thread::spawn(move || {
            let (a, b) = (&locks.0, &locks.1);
            let (first, second) = if a_first { (a, b) } else { (b, a) };
            let mut one = first.lock().unwrap();
            both_hold_one.wait();
            let mut two = second.lock().unwrap(); // waits for the other thread
            *one += 1;
            *two += 1;
            done.send(()).unwrap();
        });
    }
    drop(done);
    watchdog(&finished, PATIENCE)
}
// ANCHOR_END: opposite

// ANCHOR: watchdog
/// Counts the threads that report back before the watchdog gives up. A
/// deadlocked thread never reports; it is left blocked, and dies when the
/// process exits.
fn watchdog(finished: &mpsc::Receiver<()>, patience: Duration) -> usize {
    let mut count = 0;
    while finished.recv_timeout(patience).is_ok() {
        count += 1;
    }
    count
}
// ANCHOR_END: watchdog

// ANCHOR: one_order
/// Both threads take `a` then `b`, many times over: whoever holds `a` can
/// always get `b`, so nobody waits for a lock held by someone who waits.
fn one_order(rounds: u64) -> (usize, u64, u64) {
    let locks: Locks = Arc::new((Mutex::new(0), Mutex::new(0)));
    let (done, finished) = mpsc::channel();
    for _ in 0..2 {
        let (locks, done) = (locks.clone(), done.clone());
        thread::spawn(move || {
            for _ in 0..rounds {
                let mut one = locks.0.lock().unwrap(); // always a ...
                let mut two = locks.1.lock().unwrap(); // ... then b
                *one += 1;
                *two += 1;
            }
            done.send(()).unwrap();
        });
    }
    drop(done); // so that `recv_timeout` sees the end once both are done
    let count = watchdog(&finished, GENEROUS);
    let (a, b) = (*locks.0.lock().unwrap(), *locks.1.lock().unwrap());
    (count, a, b)
}
// ANCHOR_END: one_order

fn main() {
    let finished = opposite_order();
    let waited = PATIENCE.as_millis();
    println!("opposite order: {finished} of 2 threads finished (watchdog: {waited} ms)");
    let (finished, a, b) = one_order(10_000);
    println!("one order: {finished} of 2 threads finished, a = {a}, b = {b}");
}

#[cfg(test)]
#[path = "../../tests/units/part_23_lock_order.rs"]
mod tests;

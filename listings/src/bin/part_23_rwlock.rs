//! Part 23: `RwLock`, many readers at once or one writer. Three reader
//! threads hold read guards at the same moment (a barrier proves it: with an
//! exclusive lock they could never all reach it), and a writer has to wait.
//!
//! Run it: cargo run -p listings --bin part_23_rwlock

use std::sync::{Barrier, RwLock, TryLockError};
use std::thread;

/// What `try_write` and `try_read` answer while three readers hold the lock,
/// and what the readers saw.
#[derive(Debug, PartialEq)]
struct WhileReading {
    seen: Vec<u32>,
    try_write: &'static str,
    try_read: &'static str,
}

fn answer<G>(result: Result<G, TryLockError<G>>) -> &'static str {
    match result {
        Ok(_) => "Ok",
        Err(TryLockError::WouldBlock) => "WouldBlock",
        Err(TryLockError::Poisoned(_)) => "Poisoned",
    }
}

// ANCHOR: readers
fn three_readers(config: &RwLock<u32>) -> WhileReading {
    let all_reading = Barrier::new(4); // three readers and this thread
    let all_asked = Barrier::new(4);
    thread::scope(|s| {
        let readers: Vec<_> = (0..3)
            .map(|_| {
                s.spawn(|| {
                    let guard = config.read().unwrap();
                    all_reading.wait(); // all three hold a read guard now
                    all_asked.wait(); // ... until this thread has asked
                    *guard
                })
            })
            .collect();
        all_reading.wait();
        let try_write = answer(config.try_write());
        let try_read = answer(config.try_read());
        all_asked.wait();
        let seen = readers.into_iter().map(|r| r.join().unwrap()).collect();
        WhileReading {
            seen,
            try_write,
            try_read,
        }
    })
}
// ANCHOR_END: readers

fn main() {
    let config = RwLock::new(7);
    let WhileReading {
        seen,
        try_write,
        try_read,
    } = three_readers(&config);
    println!("three readers at once saw {seen:?}");
    println!("meanwhile: try_write -> {try_write}, try_read -> {try_read}");
    *config.write().unwrap() += 1; // nobody reads now: the writer gets in
    println!("after they are done: write -> {}", config.read().unwrap());
}

#[cfg(test)]
#[path = "../../tests/units/part_23_rwlock.rs"]
mod tests;

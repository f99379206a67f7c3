//! Part 23: what Python's RLock allows and std's Mutex does not. Locking a
//! `Mutex` again on the thread that holds it never returns (on Linux it
//! deadlocks). `try_lock` shows it safely, a watchdog catches the real thing,
//! and the Rust way needs neither: lock once, pass `&mut` to the helpers.
//!
//! Run it: cargo run -p listings --bin part_23_relock

use std::sync::mpsc;
use std::sync::{Arc, Mutex, TryLockError};
use std::thread;
use std::time::Duration;

/// How long the watchdog waits for the thread to lock twice.
const WATCHDOG: Duration = Duration::from_millis(500);

// ANCHOR: try_lock
/// Holds the lock and asks for it again, without blocking.
fn try_lock_again(account: &Mutex<i64>) -> &'static str {
    let _guard = account.lock().unwrap();
    match account.try_lock() {
        Ok(_) => "got it twice",
        Err(TryLockError::WouldBlock) => "WouldBlock",
        Err(TryLockError::Poisoned(_)) => "poisoned",
    }
}
// ANCHOR_END: try_lock

// ANCHOR: watchdog
/// A thread locks twice; we wait for it, but not forever. Returns whether it
/// got through, and whether it has finished (a panic would finish it).
fn lock_twice_on_a_thread() -> (bool, bool) {
    let account = Arc::new(Mutex::new(0));
    let (done, finished) = mpsc::channel();
    let stuck = thread::spawn(move || {
        let _first = account.lock().unwrap();
        let _second = account.lock().unwrap(); // never returns
        done.send(()).unwrap();
    });
    let got_through = finished.recv_timeout(WATCHDOG).is_ok();
    // The thread is left behind, blocked: it dies when the process exits.
    (got_through, stuck.is_finished())
}
// ANCHOR_END: watchdog

// ANCHOR: helpers
struct Account {
    balance: i64,
    entries: Vec<i64>,
}

/// Works on an account someone has already locked: it cannot lock again.
fn deposit(account: &mut Account, amount: i64) {
    account.balance += amount;
    account.entries.push(amount);
}

/// Locks once, and lends the data to the helpers.
fn deposit_both(account: &Mutex<Account>, first: i64, second: i64) {
    let mut guard = account.lock().unwrap();
    deposit(&mut guard, first);
    deposit(&mut guard, second);
}
// ANCHOR_END: helpers

fn main() {
    println!(
        "try_lock while holding the guard: {}",
        try_lock_again(&Mutex::new(0))
    );
    let (got_through, finished) = lock_twice_on_a_thread();
    println!(
        "lock() twice on one thread: got through {got_through}, \
         finished {finished} (after {} ms)",
        WATCHDOG.as_millis()
    );
    let account = Mutex::new(Account {
        balance: 0,
        entries: Vec::new(),
    });
    deposit_both(&account, 10, 20);
    let account = account.into_inner().unwrap();
    println!(
        "one lock, &mut helpers: balance {}, entries {:?}",
        account.balance, account.entries
    );
}

#[cfg(test)]
#[path = "../../tests/units/part_23_relock.rs"]
mod tests;

//! Part 23: a check-then-act race that compiles. Two threads withdraw 80 from
//! an account of 100. Each step takes the lock, so there is no data race, but
//! the check ("is there enough?") and the act ("take it") are two critical
//! sections, and a barrier makes both threads check before either acts. The
//! fix puts both in one critical section: one guard.
//!
//! Run it: cargo run -p listings --bin part_23_check_then_act

use std::sync::{Barrier, Mutex};
use std::thread;

/// What a run of two withdrawals ends with.
#[derive(Debug, PartialEq)]
struct Outcome {
    paid: Vec<i64>,
    balance: i64,
}

// ANCHOR: racy
/// Checks, lets the other thread check too, then acts on what it saw.
fn withdraw_racy(balance: &Mutex<i64>, amount: i64, both_checked: &Barrier) -> bool {
    let enough = *balance.lock().unwrap() >= amount; // lock, read, unlock
    both_checked.wait(); // forces the unlucky interleaving, every run
    if enough {
        *balance.lock().unwrap() -= amount; // lock again: the check is stale
    }
    enough
}
// ANCHOR_END: racy

// ANCHOR: fixed
/// Checks and acts under one guard: nobody can change the balance in between.
fn withdraw(balance: &Mutex<i64>, amount: i64) -> bool {
    let mut guard = balance.lock().unwrap();
    if *guard < amount {
        return false;
    }
    *guard -= amount;
    true // the guard drops as the function returns, and unlocks
}
// ANCHOR_END: fixed

// ANCHOR: run
/// Two threads each try to withdraw 80 from 100.
fn run(racy: bool) -> Outcome {
    let balance = Mutex::new(100);
    let both_checked = Barrier::new(2);
    let paid = thread::scope(|s| {
        let tellers: Vec<_> = (0..2)
            .map(|_| {
                s.spawn(|| {
                    if racy {
                        withdraw_racy(&balance, 80, &both_checked)
                    } else {
                        withdraw(&balance, 80)
                    }
                })
            })
            .collect();
        let results = tellers.into_iter().map(|t| t.join().unwrap());
        results.filter(|&ok| ok).map(|_| 80).collect()
    });
    let balance = balance.into_inner().unwrap(); // the Mutex owns the number
    Outcome { paid, balance }
}
// ANCHOR_END: run

fn main() {
    for (label, racy) in [("check, then act", true), ("one critical section", false)] {
        let Outcome { paid, balance } = run(racy);
        println!("{label}: paid out {paid:?}, balance {balance}");
    }
}

#[cfg(test)]
#[path = "../../tests/units/part_23_check_then_act.rs"]
mod tests;

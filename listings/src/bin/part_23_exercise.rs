//! Part 23 exercise, solved: a `transfer` between two accounts that cannot
//! deadlock when two threads transfer in opposite directions at once. It
//! locks the two accounts in one order, the lower index first, whichever way
//! the money goes.
//!
//! Run it: cargo run -p listings --bin part_23_exercise

// ANCHOR: solution
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// Moves `amount` from account `from` to account `to`.
fn transfer(accounts: &[Mutex<i64>], from: usize, to: usize, amount: i64) {
    if from == to {
        return; // locking one Mutex twice would never return
    }
    // One order for everyone: the lower index first.
    let mut low = accounts[from.min(to)].lock().unwrap();
    let mut high = accounts[from.max(to)].lock().unwrap();
    let (source, target) = if from < to {
        (&mut *low, &mut *high)
    } else {
        (&mut *high, &mut *low)
    };
    *source -= amount;
    *target += amount;
}
// ANCHOR_END: solution

// ANCHOR: main
/// What a transferring thread tells the watchdog.
enum Report {
    Progress,
    Done,
}

/// Two threads move 1 back and forth, 100 000 times each, in opposite
/// directions. Returns the balances, or `None` if they reported nothing for
/// `patience`: stuck.
fn run(patience: Duration) -> Option<Vec<i64>> {
    let accounts = Arc::new([Mutex::new(100), Mutex::new(100)]);
    let (report, reports) = mpsc::channel();
    for (from, to) in [(0, 1), (1, 0)] {
        let (accounts, report) = (Arc::clone(&accounts), report.clone());
        thread::spawn(move || {
            for round in 1..=100_000 {
                transfer(&accounts[..], from, to, 1);
                if round % 1_000 == 0 {
                    report.send(Report::Progress).unwrap();
                }
            }
            report.send(Report::Done).unwrap();
        });
    }
    // The watchdog. Stuck threads are left blocked, and die when main returns.
    let mut done = 0;
    while done < 2 {
        match reports.recv_timeout(patience) {
            Ok(Report::Progress) => {}
            Ok(Report::Done) => done += 1,
            Err(_) => return None,
        }
    }
    Some(accounts.iter().map(|a| *a.lock().unwrap()).collect())
}

fn main() {
    match run(Duration::from_secs(1)) {
        Some(balances) => println!("both threads finished: balances {balances:?}"),
        None => println!("no progress for 1 s: a deadlock"),
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_23_exercise.rs"]
mod tests;

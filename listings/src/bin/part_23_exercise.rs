//! Part 23 exercise, solved: a `transfer` between two accounts that cannot
//! deadlock when two threads transfer in opposite directions at once. It
//! locks the two accounts in one order, the lower index first, whichever way
//! the money goes.
//!
//! Run it: cargo run -p listings --bin part_23_exercise

// ANCHOR: bank
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

/// Accounts, and a referee that forces the unlucky interleaving.
struct Bank {
    accounts: Vec<Mutex<i64>>,
    refereed: bool,
    seen: Mutex<Seen>,
    changed: Condvar,
}

/// What the referee has seen, per account.
#[derive(Default)]
struct Seen {
    taken: Vec<bool>,    // locked at least once
    waiting: Vec<usize>, // threads in `lock` that have not got it yet
}

impl Bank {
    fn new(balances: &[i64], refereed: bool) -> Bank {
        let n = balances.len();
        Bank {
            accounts: balances.iter().map(|&b| Mutex::new(b)).collect(),
            refereed,
            seen: Mutex::new(Seen {
                taken: vec![false; n],
                waiting: vec![0; n],
            }),
            changed: Condvar::new(),
        }
    }

    /// Locks account `i`, as `Mutex::lock` does. A refereed bank then holds
    /// the thread, with its lock, until every account has been locked once,
    /// or until some thread waits for an account that has been: the first
    /// transfers meet in the middle, as a barrier would make them.
    fn lock(&self, i: usize) -> MutexGuard<'_, i64> {
        if !self.refereed {
            return self.accounts[i].lock().unwrap();
        }
        self.note(|seen| seen.waiting[i] += 1);
        let guard = self.accounts[i].lock().unwrap();
        self.note(|seen| {
            seen.waiting[i] -= 1;
            seen.taken[i] = true;
        });
        let seen = self.seen.lock().unwrap();
        let met = |s: &mut Seen| {
            s.taken.iter().all(|&t| t) || s.waiting.iter().zip(&s.taken).any(|(&w, &t)| t && w > 0)
        };
        drop(self.changed.wait_while(seen, |s| !met(s)).unwrap());
        guard
    }

    fn note(&self, change: impl FnOnce(&mut Seen)) {
        change(&mut self.seen.lock().unwrap());
        self.changed.notify_all();
    }

    fn balances(&self) -> Vec<i64> {
        self.accounts.iter().map(|a| *a.lock().unwrap()).collect()
    }
}
// ANCHOR_END: bank

// ANCHOR: solution
/// Moves `amount` from account `from` to account `to`.
fn transfer(bank: &Bank, from: usize, to: usize, amount: i64) {
    if from == to {
        return; // locking one Mutex twice would never return
    }
    // One order for everyone: the lower index first.
    let mut low = bank.lock(from.min(to));
    let mut high = bank.lock(from.max(to));
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

/// The signature of `transfer`, so that the tests can pass other versions.
type Transfer = fn(&Bank, usize, usize, i64);

/// Two threads move 1 back and forth, 100 000 times each, in opposite
/// directions. Returns the balances, or `None` if they reported nothing for
/// `patience`: stuck.
fn run(transfer: Transfer, patience: Duration) -> Option<Vec<i64>> {
    let bank = Arc::new(Bank::new(&[100, 100], true));
    let (report, reports) = mpsc::channel();
    for (from, to) in [(0, 1), (1, 0)] {
        let (bank, report) = (Arc::clone(&bank), report.clone());
        thread::spawn(move || {
            for round in 1..=100_000 {
                transfer(&bank, from, to, 1);
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
    Some(bank.balances())
}

/// A transfer from account 0 to itself, on a thread of its own, watched too.
fn to_itself(transfer: Transfer, patience: Duration) -> Option<Vec<i64>> {
    let (done, finished) = mpsc::channel();
    thread::spawn(move || {
        let bank = Bank::new(&[100, 100], false);
        transfer(&bank, 0, 0, 1);
        done.send(bank.balances()).unwrap();
    });
    finished.recv_timeout(patience).ok()
}

fn main() {
    let patience = Duration::from_millis(500);
    match run(transfer, patience) {
        Some(balances) => println!("both threads finished: balances {balances:?}"),
        None => println!("no progress for 0.5 s: a deadlock"),
    }
    match to_itself(transfer, patience) {
        Some(balances) => println!("0 -> 0 returned: balances {balances:?}"),
        None => println!("0 -> 0 did not return in 0.5 s"),
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_23_exercise.rs"]
mod tests;

//! Part 23: atomics. `fetch_add` never loses an update, even `Relaxed`; a
//! `load` then a `store` can, atomics or not; `fetch_update` makes
//! check-then-act one atomic step; and `Release`/`Acquire` publish data from
//! one thread to another.
//!
//! Run it: cargo run -p listings --bin part_23_atomics

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::Barrier;
use std::thread;

// ANCHOR: fetch_add
/// Four threads add 1, 100 000 times each, with one atomic instruction per add.
fn count_with_fetch_add() -> u64 {
    let count = AtomicU64::new(0);
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..100_000 {
                    count.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    count.into_inner()
}
// ANCHOR_END: fetch_add

// ANCHOR: load_store
/// Two threads add 1 with a load and a store, each atomic, and the barrier
/// puts both loads before both stores.
fn count_with_load_then_store() -> u64 {
    let count = AtomicU64::new(0);
    let both_loaded = Barrier::new(2);
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                let seen = count.load(Ordering::Relaxed);
                both_loaded.wait();
                count.store(seen + 1, Ordering::Relaxed); // overwrites the other
            });
        }
    });
    count.into_inner()
}
// ANCHOR_END: load_store

// ANCHOR: fetch_update
/// The withdrawal of part_23_check_then_act without a lock: the closure checks,
/// and `fetch_update` stores its answer only if nobody changed the balance in
/// between (else it runs the closure again on the new value).
fn withdraw(balance: &AtomicI64, amount: i64) -> bool {
    balance
        .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |now| {
            (now >= amount).then_some(now - amount)
        })
        .is_ok()
}
// ANCHOR_END: fetch_update

fn two_withdrawals() -> (usize, i64) {
    let balance = AtomicI64::new(100);
    let paid = thread::scope(|s| {
        let tellers: Vec<_> = (0..2).map(|_| s.spawn(|| withdraw(&balance, 80))).collect();
        tellers
            .into_iter()
            .map(|t| t.join().unwrap())
            .filter(|&ok| ok)
            .count()
    });
    (paid, balance.into_inner())
}

// ANCHOR: publish
/// One thread writes the data, then raises a flag with `Release`; the other
/// waits for the flag with `Acquire`, and is then sure to see the data.
fn publish() -> u64 {
    let data = AtomicU64::new(0);
    let ready = AtomicBool::new(false);
    thread::scope(|s| {
        s.spawn(|| {
            data.store(42, Ordering::Relaxed);
            ready.store(true, Ordering::Release); // everything above is published
        });
        let reader = s.spawn(|| {
            while !ready.load(Ordering::Acquire) {
                std::hint::spin_loop(); // a real program would block, not spin
            }
            data.load(Ordering::Relaxed) // sees what came before the Release
        });
        reader.join().unwrap()
    })
}
// ANCHOR_END: publish

fn main() {
    println!("fetch_add, 4 threads x 100000: {}", count_with_fetch_add());
    println!(
        "load then store, 2 threads x 1: {}",
        count_with_load_then_store()
    );
    let (paid, balance) = two_withdrawals();
    println!("fetch_update, two withdrawals of 80 from 100: {paid} paid, balance {balance}");
    println!("Release/Acquire: the reader saw {}", publish());
}

#[cfg(test)]
#[path = "../../tests/units/part_23_atomics.rs"]
mod tests;

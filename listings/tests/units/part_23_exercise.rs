//! The tests of `listings/src/bin/part_23_exercise.rs`: the solution works,
//! and the chapter's starter, which locks `from` first, gets stuck every time.

use super::*;

/// The starter of the chapter's exercise: `from` first, then `to`.
fn starter(bank: &Bank, from: usize, to: usize, amount: i64) {
    let mut source = bank.lock(from);
    let mut target = bank.lock(to);
    *source -= amount;
    *target += amount;
}

#[test]
fn opposite_transfers_finish_and_keep_the_money() {
    // 1 000 transfers a second would be enough; 30 s leaves room on a busy
    // machine. Once is enough: the referee makes the first transfers of the
    // two threads take one lock each on every run, the case a solution must
    // survive (the starter deadlocks there every time, below). Each run is
    // 200 000 transfers, 0.8 s of CPU unoptimised.
    assert_eq!(run(transfer, Duration::from_secs(30)), Some(vec![100, 100]));
}

#[test]
fn the_starter_deadlocks_every_time() {
    // The referee makes the first transfers of the two threads take one lock
    // each before either asks for its second: no luck involved. The stuck
    // threads are left blocked and die with the test binary. So the watchdog
    // only has to notice that nothing moves: 100 ms is plenty (the exercise
    // itself waits 0.5 s).
    for _ in 0..5 {
        assert_eq!(run(starter, Duration::from_millis(100)), None);
    }
}

#[test]
fn a_transfer_to_the_same_account_returns() {
    assert_eq!(
        to_itself(transfer, Duration::from_secs(30)),
        Some(vec![100, 100])
    );
    let bank = Bank::new(&[5, 7], false);
    transfer(&bank, 1, 1, 3);
    transfer(&bank, 1, 0, 3);
    assert_eq!(bank.balances(), vec![8, 4]);
}

#[test]
fn the_starter_does_not_return_from_a_transfer_to_itself() {
    assert_eq!(to_itself(starter, Duration::from_millis(300)), None);
}

#[test]
fn three_accounts_in_a_ring_do_not_deadlock() {
    // Threads move money 0 -> 1, 1 -> 2 and 2 -> 0: a cycle of waits is
    // possible only if someone takes the higher index first.
    let bank = Arc::new(Bank::new(&[0, 0, 0], true));
    let (done, finished) = mpsc::channel();
    for (from, to) in [(0, 1), (1, 2), (2, 0)] {
        let (bank, done) = (Arc::clone(&bank), done.clone());
        thread::spawn(move || {
            for _ in 0..20_000 {
                transfer(&bank, from, to, 1);
            }
            done.send(()).unwrap();
        });
    }
    for _ in 0..3 {
        finished
            .recv_timeout(Duration::from_secs(20))
            .expect("no deadlock");
    }
    assert_eq!(bank.balances().iter().sum::<i64>(), 0);
}

//! The tests of `listings/src/bin/part_23_exercise.rs`: the solution works.

use super::*;

#[test]
fn opposite_transfers_finish_and_keep_the_money() {
    // 1 000 transfers a second would be enough; 30 s leaves room on a busy machine.
    assert_eq!(run(Duration::from_secs(30)), Some(vec![100, 100]));
}

#[test]
fn a_transfer_to_the_same_account_returns() {
    let accounts = [Mutex::new(5), Mutex::new(7)];
    transfer(&accounts, 1, 1, 3);
    transfer(&accounts, 1, 0, 3);
    let balances: Vec<i64> = accounts.iter().map(|a| *a.lock().unwrap()).collect();
    assert_eq!(balances, vec![8, 4]);
}

#[test]
fn three_accounts_in_a_ring_do_not_deadlock() {
    // Threads move money 0 -> 1, 1 -> 2 and 2 -> 0: a cycle of waits is
    // possible only if someone takes the higher index first.
    let accounts = Arc::new([Mutex::new(0), Mutex::new(0), Mutex::new(0)]);
    let (done, finished) = mpsc::channel();
    for (from, to) in [(0, 1), (1, 2), (2, 0)] {
        let (accounts, done) = (Arc::clone(&accounts), done.clone());
        thread::spawn(move || {
            for _ in 0..20_000 {
                transfer(&accounts[..], from, to, 1);
            }
            done.send(()).unwrap();
        });
    }
    for _ in 0..3 {
        finished
            .recv_timeout(Duration::from_secs(20))
            .expect("no deadlock");
    }
    let total: i64 = accounts.iter().map(|a| *a.lock().unwrap()).sum();
    assert_eq!(total, 0);
}

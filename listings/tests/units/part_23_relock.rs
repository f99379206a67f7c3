//! The tests of `listings/src/bin/part_23_relock.rs`: what its chapter claims.

use super::*;

#[test]
fn try_lock_on_the_holding_thread_would_block() {
    assert_eq!(try_lock_again(&Mutex::new(0)), "WouldBlock");
}

#[test]
fn locking_twice_on_one_thread_blocks_instead_of_panicking() {
    // The blocked thread is leaked on purpose; it dies with the test binary.
    assert_eq!(lock_twice_on_a_thread(), (false, false));
}

#[test]
fn helpers_taking_mut_work_under_one_lock() {
    let account = Mutex::new(Account {
        balance: 5,
        entries: Vec::new(),
    });
    deposit_both(&account, 10, 20);
    let account = account.into_inner().unwrap();
    assert_eq!(account.balance, 35);
    assert_eq!(account.entries, vec![10, 20]);
}

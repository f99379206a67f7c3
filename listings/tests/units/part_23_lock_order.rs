//! The tests of `listings/src/bin/part_23_lock_order.rs`: what its chapter
//! claims. The deadlocked threads are leaked on purpose: the watchdog gives
//! up on them, and they die with the test binary.

use super::*;

#[test]
fn opposite_order_deadlocks_and_the_watchdog_says_so() {
    assert_eq!(opposite_order(), 0);
}

#[test]
fn one_order_finishes_every_round() {
    assert_eq!(one_order(10_000), (2, 20_000, 20_000));
}

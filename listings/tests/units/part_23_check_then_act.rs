//! The tests of `listings/src/bin/part_23_check_then_act.rs`: what its chapter claims.

use super::*;

#[test]
fn the_barrier_makes_both_checks_pass_and_the_account_goes_negative() {
    for _ in 0..50 {
        let outcome = run(true);
        assert_eq!(outcome.paid, vec![80, 80]);
        assert_eq!(outcome.balance, -60);
    }
}

#[test]
fn one_guard_for_check_and_act_pays_out_once() {
    for _ in 0..50 {
        let outcome = run(false);
        assert_eq!(outcome.paid, vec![80]);
        assert_eq!(outcome.balance, 20);
    }
}

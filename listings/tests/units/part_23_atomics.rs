//! The tests of `listings/src/bin/part_23_atomics.rs`: what its chapter claims.

use super::*;

#[test]
fn fetch_add_never_loses_an_update() {
    for _ in 0..5 {
        assert_eq!(count_with_fetch_add(), 400_000);
    }
}

#[test]
fn a_load_then_a_store_loses_one_when_both_load_first() {
    for _ in 0..50 {
        assert_eq!(count_with_load_then_store(), 1);
    }
}

#[test]
fn fetch_update_pays_out_once() {
    for _ in 0..50 {
        assert_eq!(two_withdrawals(), (1, 20));
    }
}

#[test]
fn the_acquire_side_sees_what_was_published() {
    for _ in 0..50 {
        assert_eq!(publish(), 42);
    }
}

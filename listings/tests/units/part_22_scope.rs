//! The tests of `listings/src/bin/part_22_scope.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn the_parts_add_up_to_the_whole() {
    let numbers: Vec<u64> = (1..=1_000).collect();
    for parts in [1, 2, 3, 4, 7, 1_000, 5_000] {
        let sums = sum_in_parts(&numbers, parts);
        assert_eq!(sums.iter().map(|(_, s)| s).sum::<u64>(), 500_500, "{parts}");
        assert!(sums.len() <= parts);
    }
    assert!(sum_in_parts(&[], 4).is_empty());
}

#[test]
fn each_part_ran_on_its_own_named_thread_in_order() {
    let numbers: Vec<u64> = (1..=8).collect();
    let sums = sum_in_parts(&numbers, 4);
    assert_eq!(
        sums,
        [("sum-0", 3), ("sum-1", 7), ("sum-2", 11), ("sum-3", 15)].map(|(n, s)| (n.to_owned(), s))
    );
}

#[test]
fn doubling_in_place_touches_every_element_once() {
    let mut numbers: Vec<u64> = (1..=10).collect();
    double_in_parts(&mut numbers, 3);
    assert_eq!(numbers, (1..=10).map(|n| n * 2).collect::<Vec<_>>());
}

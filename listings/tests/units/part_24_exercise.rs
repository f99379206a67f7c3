//! The tests of `listings/src/bin/part_24_exercise.rs`: what its chapter claims.

use super::*;

/// Every order in which `n` results can arrive.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![vec![]];
    }
    let mut all = Vec::new();
    for shorter in permutations(n - 1) {
        for at in 0..=shorter.len() {
            let mut longer = shorter.clone();
            longer.insert(at, n - 1);
            all.push(longer);
        }
    }
    all
}

#[test]
fn every_arrival_order_comes_out_in_input_order_as_soon_as_possible() {
    for arrivals in permutations(6) {
        let mut in_order = InOrder::new();
        let mut out = Vec::new();
        let mut arrived = Vec::new();
        for &index in &arrivals {
            arrived.push(index);
            out.extend(in_order.arrive(index, index * 10));
            // As soon as possible: out is exactly the longest run 0, 1, ...
            // of indices that have all arrived.
            let ready = (0..).take_while(|i| arrived.contains(i)).count();
            let expected: Vec<usize> = (0..ready).map(|i| i * 10).collect();
            assert_eq!(out, expected, "after the arrivals {arrived:?}");
        }
    }
}

#[test]
fn results_in_order_are_handed_out_one_by_one() {
    let mut in_order = InOrder::new();
    assert_eq!(in_order.arrive(0, 'a'), ['a']);
    assert_eq!(in_order.arrive(1, 'b'), ['b']);
}

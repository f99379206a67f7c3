//! Part 24: Python's `Pool.map`, MapReduce and `imap_unordered`, on rayon's
//! threads. `par_iter().map().collect()` keeps the input's order, whatever
//! order the work finishes in; `map().reduce()` folds the pieces together;
//! and a channel fed from the pool hands results over as they finish.
//!
//! Run it: cargo run -p listings --bin part_24_pool

use rayon::prelude::*;
use std::collections::BTreeMap;
use std::sync::mpsc;

// ANCHOR: map
/// Some work worth a thread: the number of steps of the Collatz sequence
/// that starts at `n`.
fn steps(mut n: u64) -> u32 {
    let mut count = 0;
    while n != 1 {
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            3 * n + 1
        };
        count += 1;
    }
    count
}

/// `Pool.map`: the results come back in the order of `inputs`.
fn map_in_order(inputs: &[u64]) -> Vec<u32> {
    inputs.par_iter().map(|&n| steps(n)).collect()
}
// ANCHOR_END: map

// ANCHOR: reduce
/// MapReduce: each line becomes a small count of its words (map), and the
/// counts are merged two by two until one is left (reduce).
fn word_count(lines: &[&str]) -> BTreeMap<String, usize> {
    lines
        .par_iter()
        .map(|line| {
            let mut counts = BTreeMap::new();
            for word in line.split_whitespace() {
                *counts.entry(word.to_lowercase()).or_insert(0) += 1;
            }
            counts
        })
        .reduce(BTreeMap::new, |mut total, part| {
            for (word, n) in part {
                *total.entry(word).or_insert(0) += n;
            }
            total
        })
}
// ANCHOR_END: reduce

// ANCHOR: unordered
/// `imap_unordered`: starts the work on rayon's pool and returns at once.
/// Each result comes through the channel, with its index, as soon as it is
/// done; the channel ends when the last result is in.
fn unordered<T, R, F>(inputs: Vec<T>, f: F) -> mpsc::Receiver<(usize, R)>
where
    T: Send + 'static,
    R: Send + 'static,
    F: Fn(T) -> R + Send + Sync + 'static,
{
    let (results, received) = mpsc::channel();
    rayon::spawn(move || {
        // Each piece of the split work gets its own clone of `results`.
        inputs
            .into_par_iter()
            .enumerate()
            .for_each_with(results, |results, (i, input)| {
                let _ = results.send((i, f(input))); // the receiver may be gone
            });
    });
    received
}
// ANCHOR_END: unordered

// ANCHOR: main
fn main() {
    let inputs = [27, 97, 871, 6171, 77031, 837799];
    println!("map, in input order: {:?}", map_in_order(&inputs));

    let lines = ["the cat sat", "The dog sat", "the cat ran"];
    let counts = word_count(&lines);
    println!("word count: {counts:?}");

    let mut arrived: Vec<(usize, u32)> = unordered(inputs.to_vec(), steps).iter().collect();
    let count = arrived.len();
    arrived.sort(); // they came in the order they finished
    println!("unordered: {count} results; sorted by index: {arrived:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_24_pool.rs"]
mod tests;

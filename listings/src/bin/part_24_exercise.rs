//! Part 24 exercise, solved: `imap` (in input order, as soon as possible)
//! on top of results that arrive in any order, as `unordered` hands them
//! over. A result that comes early waits in a map keyed by its index; each
//! arrival then releases every result whose turn has come.
//!
//! Run it: cargo run -p listings --bin part_24_exercise

use std::collections::BTreeMap;

// ANCHOR: solution
/// Hands results out in input order, each as soon as all before it are out.
struct InOrder<T> {
    next: usize,               // the index whose turn it is
    early: BTreeMap<usize, T>, // results that came before their turn
}

impl<T> InOrder<T> {
    fn new() -> Self {
        InOrder {
            next: 0,
            early: BTreeMap::new(),
        }
    }

    /// Takes the result of input `index`, and returns every result that is
    /// ready now, in order (none, if `index` is not the next one's turn).
    fn arrive(&mut self, index: usize, result: T) -> Vec<T> {
        self.early.insert(index, result);
        let mut ready = Vec::new();
        while let Some(result) = self.early.remove(&self.next) {
            ready.push(result);
            self.next += 1;
        }
        ready
    }
}
// ANCHOR_END: solution

// ANCHOR: main
fn main() {
    // The order in which five results might come back from a pool.
    let arrivals = [(2, "c"), (0, "a"), (3, "d"), (1, "b"), (4, "e")];
    let mut in_order = InOrder::new();
    for (index, result) in arrivals {
        let ready = in_order.arrive(index, result);
        println!("{result} (input {index}) arrives: hand out {ready:?}");
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_24_exercise.rs"]
mod tests;

//! Part 22: `thread::scope` lets threads borrow from the stack. Every thread
//! spawned in the scope is joined before `scope` returns, so the compiler
//! knows the borrowed data outlives them: no `Arc`, no clone, no `'static`.
//!
//! Run it: cargo run -p listings --bin part_22_scope

use std::thread;

// ANCHOR: sum
/// Sums `numbers` on `parts` scoped threads, each reading its own slice of
/// the one vector. Returns each thread's name and partial sum, in order.
fn sum_in_parts(numbers: &[u64], parts: usize) -> Vec<(String, u64)> {
    let chunk = numbers.len().div_ceil(parts).max(1);
    thread::scope(|scope| {
        let handles: Vec<_> = numbers
            .chunks(chunk)
            .enumerate()
            .map(|(i, part)| {
                thread::Builder::new()
                    .name(format!("sum-{i}"))
                    .spawn_scoped(scope, move || {
                        let me = thread::current().name().unwrap_or("?").to_owned();
                        (me, part.iter().sum::<u64>())
                    })
                    .expect("the OS starts a thread")
            })
            .collect();
        // Joined here by us; any handle we forgot, `scope` joins on its way out.
        handles
            .into_iter()
            .map(|handle| handle.join().expect("a sum does not panic"))
            .collect()
    })
}
// ANCHOR_END: sum

// ANCHOR: double
/// Doubles every number in place: `chunks_mut` hands each thread a slice of
/// its own, so no two threads can touch the same element.
fn double_in_parts(numbers: &mut [u64], parts: usize) {
    let chunk = numbers.len().div_ceil(parts).max(1);
    thread::scope(|scope| {
        for part in numbers.chunks_mut(chunk) {
            scope.spawn(move || part.iter_mut().for_each(|n| *n *= 2));
        }
    }); // every thread of the scope is joined here
}
// ANCHOR_END: double

// ANCHOR: main
fn main() {
    let mut numbers: Vec<u64> = (1..=1_000_000).collect();
    let sums = sum_in_parts(&numbers, 4);
    for (name, sum) in &sums {
        println!("{name} summed its quarter: {sum}");
    }
    let total: u64 = sums.iter().map(|(_, sum)| sum).sum();
    println!("total: {total}");

    double_in_parts(&mut numbers, 4);
    // The scopes are over: `numbers` is ours again, borrowed by nobody.
    println!("after doubling in place: {}", numbers.iter().sum::<u64>());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_scope.rs"]
mod tests;

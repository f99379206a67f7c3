// Part 23: a data race does not compile. Two threads add to the same
// integer with no lock. Each closure needs `&mut count`, and Rust allows one
// `&mut` at a time, so the second spawn is refused.
use std::thread;

fn main() {
    let mut count = 0;
    thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for _ in 0..1000 {
                    count += 1;
                }
            });
        }
    });
    println!("{count}");
}

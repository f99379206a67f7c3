//! Part 22, the exercise: count the lines that mention a word in several
//! texts, one scoped thread per text, each thread named after its text and
//! borrowing it (no `Arc`, no clone of the texts).
//!
//! Run it: cargo run -p listings --bin part_22_exercise

// ANCHOR: texts
use std::thread;

/// Three small "files": a name and its text.
const TEXTS: [(&str, &str); 3] = [
    ("tokio.txt", "tasks wait\nthreads block\ntasks yield"),
    (
        "std.txt",
        "threads spawn\nthreads join\nscope borrows\nthreads end",
    ),
    ("python.txt", "the GIL\nthreads wait\nasyncio tasks"),
];
// ANCHOR_END: texts

// ANCHOR: solution
/// For each text: the name of the thread that counted it, and how many of
/// its lines contain `word`.
fn count_lines(texts: &[(&str, &str)], word: &str) -> Vec<(String, usize)> {
    thread::scope(|scope| {
        let handles: Vec<_> = texts
            .iter()
            .map(|&(name, text)| {
                thread::Builder::new()
                    .name(name.to_owned())
                    .spawn_scoped(scope, move || {
                        let me = thread::current().name().unwrap_or("?").to_owned();
                        (me, text.lines().filter(|line| line.contains(word)).count())
                    })
                    .expect("the OS starts a thread")
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().expect("counting does not panic"))
            .collect()
    })
}
// ANCHOR_END: solution

// ANCHOR: main
fn main() {
    for (thread, count) in count_lines(&TEXTS, "threads") {
        println!("thread {thread:?}: {count} lines mention \"threads\"");
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_exercise.rs"]
mod tests;

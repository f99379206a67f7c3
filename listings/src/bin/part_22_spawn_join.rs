//! Part 22: an OS thread runs a closure; `join` waits for it and hands back
//! what the closure returned, or the panic that ended it. A thread can have a
//! name, which shows in panic messages and debuggers.
//!
//! Run it: cargo run -p listings --bin part_22_spawn_join
//! (Every line is printed by `main`, after a `join`, so the output is the
//! same on every run, although the threads run in parallel.)

use std::thread;

// ANCHOR: spawn
/// Counts the letters of `words` on a thread of its own, named `name`.
/// Returns the thread's handle: joining it gives the thread's name and count.
fn count_letters(name: &str, words: Vec<&'static str>) -> thread::JoinHandle<(String, usize)> {
    thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            // `move`: the thread owns `words`; nothing it uses is borrowed.
            let me = thread::current();
            let letters = words.iter().map(|word| word.len()).sum();
            (me.name().unwrap_or("<unnamed>").to_owned(), letters)
        })
        .expect("the OS starts a thread")
}
// ANCHOR_END: spawn

// ANCHOR: main
fn main() {
    let first = count_letters("first", vec!["alpha", "beta"]);
    let second = count_letters("second", vec!["gamma", "delta", "epsilon"]);
    // Both run now, in parallel. `join` blocks this thread until one is done.
    for handle in [first, second] {
        let (name, letters) = handle.join().expect("counting does not panic");
        println!("thread {name:?} counted {letters} letters");
    }
    println!("main runs on a thread named {:?}", thread::current().name());

    // A panic ends its own thread only; `join` hands it over as an `Err`.
    let failing = thread::spawn(|| -> u32 { panic!("no answer today") });
    match failing.join() {
        Ok(answer) => println!("the answer: {answer}"),
        Err(panic) => println!(
            "join returned Err: the thread panicked with {:?}",
            panic.downcast_ref::<&str>().expect("panic! with a literal")
        ),
    }
    println!("main goes on");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_spawn_join.rs"]
mod tests;

//! Part 01: there is no global event loop in Rust. A runtime is a value you
//! build, and "the current runtime" is whatever this thread has entered.
//!
//! Run it: cargo run -p listings --bin part_01_runtime_is_a_value

use tokio::runtime::{Handle, Runtime};

fn main() -> std::io::Result<()> {
    // ANCHOR: outside
    // Before any runtime exists, there is no "current" one to get.
    match Handle::try_current() {
        Ok(_) => println!("outside any runtime: found one?!"),
        Err(e) => println!("outside any runtime: {e}"),
    }
    // ANCHOR_END: outside

    // ANCHOR: same
    let runtime_a = Runtime::new()?;
    let guard = runtime_a.enter(); // this thread's current runtime: A
    let first = Handle::current();
    let second = Handle::current();
    let same = first.id() == second.id();
    println!("entered A, Handle::current() twice: the same runtime? {same}");
    assert!(same);
    // ANCHOR_END: same

    // ANCHOR: other
    let runtime_b = Runtime::new()?;
    let same = runtime_b.handle().id() == first.id();
    println!("a new runtime B: the same runtime as A? {same}");
    assert!(!same);
    // ANCHOR_END: other

    // ANCHOR: switch
    drop(guard); // leave A ...
    let _guard = runtime_b.enter(); // ... and make B this thread's current runtime
    let is_b = Handle::current().id() == runtime_b.handle().id();
    println!("entered B, Handle::current(): is it B? {is_b}");
    assert!(is_b);
    // ANCHOR_END: switch

    // ANCHOR: per_thread
    // "Current" is per thread: a thread we start ourselves has entered nothing.
    let elsewhere = std::thread::spawn(|| Handle::try_current().is_ok())
        .join()
        .expect("the thread does not panic");
    println!("a new std thread: does it have a current runtime? {elsewhere}");
    assert!(!elsewhere);
    // ANCHOR_END: per_thread
    Ok(())
}

//! Part 01: there is no global event loop in Rust. A runtime is a value you
//! build, and "the current runtime" is whatever this thread has entered.
//!
//! Run it: cargo run -p listings --bin part_01_runtime_is_a_value

use std::io;
use tokio::runtime::{Builder, Handle, Runtime};

// ANCHOR: helpers
/// A task that reports the name of the thread it runs on. Each runtime below
/// names its worker thread, so this tells which runtime ran the task.
async fn thread_name() -> String {
    std::thread::current()
        .name()
        .unwrap_or("unnamed")
        .to_owned()
}

/// Spawns `thread_name` through `handle` and waits for its answer.
fn ran_on(handle: &Handle) -> String {
    let task = handle.spawn(thread_name());
    handle.block_on(task).expect("the task does not panic")
}

/// A runtime with one worker thread called `name`.
fn runtime(name: &str) -> io::Result<Runtime> {
    Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name(name)
        .enable_all()
        .build()
}
// ANCHOR_END: helpers

fn main() -> io::Result<()> {
    // ANCHOR: outside
    // Before any runtime exists, there is no "current" one to get.
    match Handle::try_current() {
        Ok(_) => println!("outside any runtime: found one?!"),
        Err(e) => println!("outside any runtime: {e}"),
    }
    // ANCHOR_END: outside

    // ANCHOR: same
    let runtime_a = runtime("runtime-a")?;
    let guard = runtime_a.enter(); // from here on, this thread's current runtime is A
    let first = Handle::current();
    let second = Handle::current();
    let (on_first, on_second) = (ran_on(&first), ran_on(&second));
    println!("entered A, Handle::current() twice: ran on {on_first}, {on_second}");
    assert_eq!(on_first, on_second);
    // ANCHOR_END: same

    // ANCHOR: other
    let runtime_b = runtime("runtime-b")?;
    let on_b = ran_on(runtime_b.handle());
    println!("a new runtime B, through its own handle: ran on {on_b}");
    assert_ne!(on_b, on_first);
    // ANCHOR_END: other

    // ANCHOR: switch
    drop(guard); // leave A ...
    let _guard = runtime_b.enter(); // ... and make B this thread's current runtime
    let now = ran_on(&Handle::current());
    println!("entered B, Handle::current(): ran on {now}");
    assert_eq!(now, on_b);
    // ANCHOR_END: switch

    // ANCHOR: per_thread
    // "Current" is per thread: a thread we start ourselves has entered nothing.
    let elsewhere = std::thread::spawn(|| Handle::try_current().is_ok())
        .join()
        .expect("the thread does not panic");
    println!("a new std thread, Handle::try_current() is ok: {elsewhere}");
    assert!(!elsewhere);
    // ANCHOR_END: per_thread
    Ok(())
}

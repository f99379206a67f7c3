//! Part 15 exercise, solved: a bridge from async code to rayon. The closure
//! runs on rayon's pool, a oneshot channel brings its result back, and a
//! panic in the closure reaches the task that awaits it (rayon's own default
//! for a panic in `rayon::spawn` is to abort the whole process).
//!
//! Run it: cargo run -p listings --bin part_15_exercise

// ANCHOR: solution
use std::panic::{self, AssertUnwindSafe};
use tokio::sync::oneshot;

/// Runs `f` on rayon's global pool; the returned future waits for its result
/// without holding a thread. If `f` panics, awaiting panics with its payload.
async fn on_rayon<T, F>(f: F) -> T
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let (answer, answered) = oneshot::channel();
    rayon::spawn(move || {
        // Catch the panic here, so that it travels to the caller instead of
        // reaching rayon's handler, which would abort the process.
        let result = panic::catch_unwind(AssertUnwindSafe(f));
        let _ = answer.send(result); // an error: the caller stopped waiting
    });
    match answered.await {
        Ok(Ok(value)) => value,
        Ok(Err(payload)) => panic::resume_unwind(payload),
        Err(_) => unreachable!("the job always answers, panic or not"),
    }
}
// ANCHOR_END: solution

// ANCHOR: main
fn range_sum(end: u64) -> u64 {
    (1..=end).map(std::hint::black_box).sum()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (sum, on_a_rayon_thread) =
        on_rayon(|| (range_sum(30_000), rayon::current_thread_index().is_some())).await;
    println!("{sum}, computed on a rayon thread: {on_a_rayon_thread}");

    // A job that panics: the panic should reach the task awaiting it.
    let failing = tokio::spawn(on_rayon(|| -> u64 { panic!("the job failed") }));
    match failing.await {
        Ok(_) => println!("the failing job returned?"),
        Err(e) => {
            let payload = e.into_panic();
            let message = payload.downcast_ref::<&str>().unwrap_or(&"?");
            println!("the awaiting task panicked with {message:?}");
        }
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_15_exercise.rs"]
mod tests;

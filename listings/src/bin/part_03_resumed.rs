//! Part 03 pitfall: polling a future again after it has finished. `.await`
//! takes the future by value, so the compiler stops a second `.await`; but
//! awaiting through `&mut` does not move it, and a second await then panics
//! at run time, like Python's "cannot reuse already awaited coroutine".
//!
//! Run it: cargo run -p listings --bin part_03_resumed
//! (stderr also shows the panic report; stdout shows the message below.)

use futures::FutureExt;
use std::panic::AssertUnwindSafe;
use std::pin::pin;

async fn answer() -> u32 {
    42
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // ANCHOR: resumed
    let mut future = pin!(answer()); // pinned, so `&mut future` can be awaited
    println!("first await: {}", (&mut future).await);
    // The same future again: it already returned Ready.
    let second = AssertUnwindSafe(&mut future).catch_unwind().await;
    // ANCHOR_END: resumed
    let payload = second.expect_err("a finished async fn panics when polled");
    println!(
        "second await panicked: {}",
        listings::panic_message(&*payload)
    );
}

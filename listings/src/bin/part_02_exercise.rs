//! Part 02 exercise, solved: a future that is Pending exactly once.
//!
//! Run it: cargo run -p listings --bin part_02_exercise

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

// ANCHOR: solution
/// Answers Pending on its first poll and Ready on the next.
struct YieldOnce {
    yielded: bool,
}

impl Future for YieldOnce {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.yielded {
            return Poll::Ready(());
        }
        self.yielded = true;
        // Nothing else will wake us, so ask to be polled again right away.
        // Without this line, block_on would sleep forever.
        cx.waker().wake_by_ref();
        Poll::Pending
    }
}
// ANCHOR_END: solution

// ANCHOR: main
fn main() {
    futures::executor::block_on(async {
        println!("before");
        YieldOnce { yielded: false }.await;
        println!("after");
    });
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_02_exercise.rs"]
mod tests;

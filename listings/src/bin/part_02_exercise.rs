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
mod tests {
    use super::*;
    use futures::task::noop_waker;
    use std::time::Duration;

    #[test]
    fn pending_once_then_ready() {
        let waker = noop_waker();
        let mut cx = Context::from_waker(&waker);
        let mut future = YieldOnce { yielded: false };
        assert!(Pin::new(&mut future).poll(&mut cx).is_pending());
        assert!(Pin::new(&mut future).poll(&mut cx).is_ready());
    }

    #[test]
    fn wakes_itself_so_an_executor_finishes() {
        // On a runtime, a future that forgets to wake never finishes: the
        // paused clock jumps straight to the timeout instead of hanging.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .start_paused(true)
            .build()
            .unwrap();
        let finished = runtime.block_on(async {
            tokio::time::timeout(Duration::from_secs(1), YieldOnce { yielded: false }).await
        });
        assert!(
            finished.is_ok(),
            "YieldOnce must call the waker before Pending"
        );
    }
}

// Part 06 pitfall: handing an async block to code that needs `Unpin`.
// `Pin::new` accepts only `Unpin` types, and an async block is not `Unpin`:
// its saved state may point into itself.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

fn poll_once<F: Future + Unpin>(future: &mut F, cx: &mut Context<'_>) -> Poll<F::Output> {
    Pin::new(future).poll(cx)
}

fn main() {
    let mut cx = Context::from_waker(Waker::noop());
    let mut future = async {
        let numbers = [1, 2, 3];
        let first = &numbers[0]; // a reference into the future's own state
        tokio::task::yield_now().await;
        *first
    };
    let _ = poll_once(&mut future, &mut cx);
}

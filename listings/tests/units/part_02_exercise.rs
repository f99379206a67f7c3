//! The tests of `listings/src/bin/part_02_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

//! The tests of `listings/src/bin/part_03_lazy.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use futures::FutureExt;

#[tokio::test]
async fn bodies_run_in_await_order_and_a_dropped_future_never_runs() {
    let log = RefCell::new(Vec::new());
    make_then_await(&log).await;
    assert_eq!(*log.borrow(), ["second", "first"]);
}

#[test]
fn making_a_future_runs_nothing() {
    let log = RefCell::new(Vec::new());
    let future = step("made", &log);
    assert!(log.borrow().is_empty());
    // One poll runs the body: this future has no await, so it is Ready.
    assert_eq!(future.now_or_never(), Some("made"));
    assert_eq!(*log.borrow(), ["made"]);
}

//! The tests of `listings/src/bin/part_14_pool_size.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn run(limit: Option<usize>) -> (usize, Duration) {
    let mut builder = Builder::new_multi_thread();
    builder.enable_all();
    if let Some(threads) = limit {
        builder.max_blocking_threads(threads);
    }
    builder.build().unwrap().block_on(five_requests()).unwrap()
}

#[test]
fn two_blocking_threads_take_turns_and_take_longer() {
    let (all, fast) = run(None);
    let (two, slow) = run(Some(2));
    assert_eq!(all, 5);
    assert_eq!(two, 2);
    // Three rounds of two units instead of one: about three times as
    // long (asserted as a ratio, with room for a busy machine).
    assert!(slow > fast * 2, "{slow:?} vs {fast:?}");
}

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
    let client = Client::new();
    builder
        .build()
        .unwrap()
        .block_on(five_requests(&client))
        .unwrap()
}

#[test]
fn two_blocking_threads_take_turns_and_take_longer() {
    let (all, fast) = run(None);
    let (two, slow) = run(Some(2));
    assert_eq!(all, 5);
    assert_eq!(two, 2);
    // Two at a time, five requests need three rounds, and the server makes
    // each request wait its 200 ms: at least 600 ms, however fast the
    // machine. All at once, they take one round, plus what a busy machine
    // adds (asserted loosely, so a loaded machine cannot fail it).
    let round = Duration::from_millis(200);
    assert!(slow >= round * 3, "three rounds: {slow:?}");
    assert!(fast >= round && fast < slow, "{fast:?} vs {slow:?}");
}

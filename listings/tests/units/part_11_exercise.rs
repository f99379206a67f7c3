//! The tests of `listings/src/bin/part_11_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn takes_the_longest_delay_and_keeps_the_order() {
    let started = Instant::now();
    assert_eq!(wait_all(&[2, 3, 1]).await, [20, 30, 10]);
    assert_eq!(started.elapsed(), UNIT * 3);
}

#[tokio::test(start_paused = true)]
async fn no_delays_no_wait() {
    assert!(wait_all(&[]).await.is_empty());
}

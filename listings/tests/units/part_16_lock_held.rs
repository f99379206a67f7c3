//! The tests of `listings/src/bin/part_16_lock_held.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn holding_the_lock_makes_the_consumers_take_turns_at_working() {
    assert_eq!(drain(true).await, WORK * 6);
    assert_eq!(drain(false).await, WORK * 2);
}

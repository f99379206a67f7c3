//! The tests of `listings/src/bin/part_21_event.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// Each waiter passes at max(its arrival, the opening): a and b when the gate
// opens, c at once when it arrives later. Both versions behave the same.
#[tokio::test(start_paused = true)]
async fn waiters_pass_when_the_gate_opens_and_late_ones_at_once() {
    let expected = [(ms(200), "a"), (ms(200), "b"), (ms(300), "c")];
    assert_eq!(gate_with_watch(Instant::now()).await, expected);
    assert_eq!(gate_with_token(Instant::now()).await, expected);
}

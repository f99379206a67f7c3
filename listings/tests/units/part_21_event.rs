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

// Nobody passes a gate that is not open, however long they wait.
#[tokio::test(start_paused = true)]
async fn nobody_passes_a_closed_gate() {
    let (gate, _) = watch::channel(false);
    let mut open = gate.subscribe();
    let waited = tokio::time::timeout(ms(OPENS), open.wait_for(|is_open| *is_open)).await;
    assert!(waited.is_err());
    let token = CancellationToken::new();
    let waited = tokio::time::timeout(ms(OPENS), token.cancelled()).await;
    assert!(waited.is_err());
}

#[tokio::test(start_paused = true)]
async fn a_late_waiter_passes_without_waiting() {
    let (gate, _) = watch::channel(false);
    gate.send_replace(true);
    let mut open = gate.subscribe();
    let started = Instant::now();
    open.wait_for(|is_open| *is_open).await.unwrap();
    let token = CancellationToken::new();
    token.cancel();
    token.cancelled().await;
    assert_eq!(started.elapsed(), Duration::ZERO);
}

// Unlike a token, a watch gate can be closed again (Event.clear()).
#[tokio::test(start_paused = true)]
async fn a_watch_gate_can_be_cleared() {
    let (gate, _) = watch::channel(true);
    gate.send_replace(false);
    let mut open = gate.subscribe();
    let waited = tokio::time::timeout(ms(100), open.wait_for(|is_open| *is_open)).await;
    assert!(waited.is_err(), "a cleared gate makes waiters wait");
}

#[tokio::test(start_paused = true)]
async fn a_slow_watch_reader_sees_only_the_latest_value() {
    assert_eq!(latest_only(Instant::now()).await, [3]);
}

// Why the gate uses `send_replace`: `send` stores nothing when no receiver
// exists at that moment, so a gate opened that way stays closed for anyone
// who subscribes later; `send_replace` always stores the value.
#[test]
fn send_with_no_receiver_stores_nothing_but_send_replace_does() {
    let (gate, _) = watch::channel(false);
    assert!(gate.send(true).is_err(), "no receiver: send fails");
    assert!(!*gate.subscribe().borrow(), "and the gate is still closed");
    gate.send_replace(true);
    assert!(*gate.subscribe().borrow(), "send_replace opened it");
}

// With a receiver alive, as in `gate_with_watch`, `send` would work too.
#[test]
fn send_with_a_receiver_stores_the_value() {
    let (gate, _) = watch::channel(false);
    let waiter = gate.subscribe();
    assert!(gate.send(true).is_ok());
    assert!(*waiter.borrow());
    assert!(*gate.subscribe().borrow());
}

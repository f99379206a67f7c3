//! The tests of `listings/src/bin/part_21_gates.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// Everyone starts when the last one (b, at 400 ms) is ready.
#[tokio::test(start_paused = true)]
async fn nobody_starts_before_the_last_one_is_ready() {
    let start = Instant::now();
    let leader = start_together(start).await;
    assert_eq!(start.elapsed(), ms(400));
    assert!(["a", "b", "c"].contains(&leader));
}

// A barrier can be used again: a second round waits for three new arrivals.
#[tokio::test(start_paused = true)]
async fn a_barrier_holds_a_fourth_task_for_the_next_round() {
    let barrier = Arc::new(Barrier::new(3));
    let mut first_round = JoinSet::new();
    for _ in 0..3 {
        let barrier = Arc::clone(&barrier);
        first_round.spawn(async move { barrier.wait().await });
    }
    first_round.join_all().await;
    let alone = tokio::time::timeout(ms(100), barrier.wait()).await;
    assert!(alone.is_err(), "one task alone waits for two more");
}

// b gets its 2 at 200 ms; a's 3 are there only at 500 ms.
#[tokio::test(start_paused = true)]
async fn each_taker_takes_as_soon_as_there_is_enough() {
    let start = Instant::now();
    assert_eq!(share_the_stock(start).await, ["b", "a"]);
    assert_eq!(start.elapsed(), ms(500));
}

#[tokio::test(start_paused = true)]
async fn take_waits_while_there_is_too_little() {
    let stock = Stock::default();
    stock.put(1);
    let waited = tokio::time::timeout(ms(100), stock.take(2)).await;
    assert!(waited.is_err());
    stock.put(1);
    stock.take(2).await; // enough now: returns at once
    assert_eq!(*stock.count.lock().unwrap(), 0);
}

//! The tests of `listings/src/bin/part_20_in_task.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn join_runs_borrowing_futures_at_the_same_time() {
    let settings = Settings { slowest_ms: 300 };
    let names = ["a".to_owned(), "cc".to_owned()];
    let start = Instant::now();
    let (a, c) = tokio::join!(check(&names[0], &settings), check(&names[1], &settings));
    assert_eq!((a, c), ("a", "cc"));
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(300),
        "300 and 150 ms at once, not 450"
    );
}

#[tokio::test(start_paused = true)]
async fn futures_unordered_yields_in_finishing_order_in_the_time_of_the_slowest() {
    let settings = Settings { slowest_ms: 300 };
    let names = ["a".to_owned(), "bbb".to_owned(), "cc".to_owned()];
    let start = Instant::now();
    let checks: FuturesUnordered<_> = names.iter().map(|name| check(name, &settings)).collect();
    let order: Vec<&str> = checks.collect().await;
    assert_eq!(order, ["bbb", "cc", "a"]);
    assert_eq!(start.elapsed(), Duration::from_millis(300));
}

#[tokio::test(start_paused = true)]
async fn dropping_the_set_cancels_what_is_left() {
    let settings = Settings { slowest_ms: 300 };
    let names = ["a".to_owned(), "bbb".to_owned()];
    let start = Instant::now();
    let mut checks: FuturesUnordered<_> = names.iter().map(|name| check(name, &settings)).collect();
    assert_eq!(checks.next().await, Some("bbb"));
    drop(checks);
    assert_eq!(start.elapsed(), Duration::from_millis(100), "no wait for a");
}

//! The tests of `listings/src/bin/part_10_tickers.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

const UNIT: Duration = Duration::from_millis(100);

#[tokio::test(start_paused = true)]
async fn tickers_interleave_and_stop_at_the_deadline() {
    let started = Instant::now();
    let timeline = run(UNIT, UNIT * 21 / 2).await;
    assert_eq!(started.elapsed(), UNIT * 21 / 2, "stops at the deadline");
    let rows = timeline.rows();
    let ticks_of = |name: &str| -> Vec<Duration> {
        rows.iter().find(|r| r.label == name).unwrap().marks.clone()
    };
    assert_eq!(
        ticks_of("a"),
        (1..=10).map(|n| UNIT * n).collect::<Vec<_>>()
    );
    assert_eq!(
        ticks_of("b"),
        (1..=5).map(|n| UNIT * 2 * n).collect::<Vec<_>>()
    );
    assert_eq!(
        ticks_of("c"),
        [UNIT * 3, UNIT * 6, UNIT * 9],
        "c stops after 3"
    );
}

// Nothing keeps running after `run` returns: the aborted tickers are gone.
#[tokio::test(start_paused = true)]
async fn no_ticker_outlives_run() {
    let timeline = run(UNIT, UNIT * 5 / 2).await;
    let ticks_then: usize = timeline.rows().iter().map(|r| r.marks.len()).sum();
    tokio::time::sleep(UNIT * 10).await;
    let ticks_now: usize = timeline.rows().iter().map(|r| r.marks.len()).sum();
    assert_eq!(ticks_then, ticks_now);
}

//! The tests of `listings/src/bin/part_11_join_sleep.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn join_takes_the_longest_not_the_sum() {
    let started = Instant::now();
    assert_eq!(with_join().await, (0, 1, 2, 3, 4));
    assert_eq!(started.elapsed(), UNIT * 4);
}

#[tokio::test(start_paused = true)]
async fn join_all_starts_all_before_any_ends_and_keeps_argument_order() {
    let timeline = Timeline::new(UNIT);
    let delays = [3, 1, 4, 0, 2];
    assert_eq!(with_join_all(&delays, &timeline).await, delays);
    assert_eq!(timeline.elapsed(), UNIT * 4);
    let rows = timeline.rows();
    let last_start = rows.iter().map(|r| r.start.unwrap()).max().unwrap();
    let first_end = rows.iter().map(|r| r.end.unwrap()).min().unwrap();
    assert!(
        last_start <= first_end,
        "every sleeper starts before any ends"
    );
    // The zero-unit sleeper is over the moment it starts; the other four
    // all wait at once.
    assert_eq!(timeline.max_concurrent(), 4);
    for (row, &units) in rows.iter().zip(&delays) {
        assert_eq!(row.end, Some(UNIT * units), "{}", row.label);
    }
}

// The same comparison on the real clock: concurrent sleeps take about the
// longest (4 units), blocking ones the sum (10). Asserted as a ratio, so a
// slow machine cannot fail it.
#[test]
fn on_the_real_clock_blocking_takes_about_the_sum_over_the_longest() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    runtime.block_on(join_all((0..5).map(sleeper)));
    let concurrent = started.elapsed();
    let started = std::time::Instant::now();
    runtime.block_on(join_all((0..5).map(|units| async move {
        std::thread::sleep(UNIT * units);
    })));
    let serial = started.elapsed();
    let ratio = serial.as_secs_f64() / concurrent.as_secs_f64();
    assert!(ratio >= 1.8, "10/4 = 2.5 expected, got {ratio:.2}");
}

// What the paused clock does not keep. On the real clock the timer rounds a
// deadline up to its next millisecond, so `sleep(0)` is not ready at its
// first poll, and all five sleepers start before `sleeper(0)` ends. (On the
// paused clock, above, `sleeper(0)` ends at the moment it starts.)
#[test]
fn on_the_real_clock_a_zero_sleep_waits() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut zero = std::pin::pin!(sleep(Duration::ZERO));
        assert!(futures::poll!(zero.as_mut()).is_pending());
        zero.await;

        let timeline = Timeline::new(UNIT);
        with_join_all(&[3, 1, 4, 0, 2], &timeline).await;
        let rows = timeline.rows();
        let zero_ends = rows[3].end.unwrap();
        let last_start = rows.iter().map(|r| r.start.unwrap()).max().unwrap();
        assert!(
            last_start < zero_ends,
            "every sleeper starts before sleeper(0) ends: {rows:?}"
        );
    });
}

//! Part 11: wait for many futures at once with `join!` and `join_all`. Five
//! sleeps of 0..4 units overlap: the whole takes as long as the longest.
//!
//! Run it: cargo run -p listings --bin part_11_join_sleep
//! (`main` runs on tokio's paused clock, so the times printed are exact.)

use std::time::Duration;

use futures::future::join_all;
use listings::timeline::Timeline;
use tokio::time::{sleep, Instant};

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: sleeper
/// Prints when it starts and ends, waits `units` without blocking, and
/// returns its argument.
async fn sleeper(units: u32) -> u32 {
    println!("start {units}");
    sleep(UNIT * units).await;
    println!("end   {units}");
    units
}
// ANCHOR_END: sleeper

// ANCHOR: join
async fn with_join() -> (u32, u32, u32, u32, u32) {
    tokio::join!(sleeper(0), sleeper(1), sleeper(2), sleeper(3), sleeper(4))
}
// ANCHOR_END: join

// ANCHOR: join_all
/// As many sleepers as there are delays; the results come back in the order
/// of the delays, whatever order the sleepers finish in.
async fn with_join_all(delays: &[u32], timeline: &Timeline) -> Vec<u32> {
    let sleepers = delays
        .iter()
        .map(|&units| timeline.span(format!("sleeper({units})"), sleeper(units)));
    join_all(sleepers).await
}
// ANCHOR_END: join_all

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true) // exact times in the output; see "Run it"
        .build()?;
    runtime.block_on(async {
        let started = Instant::now();
        let results = with_join().await;
        println!("join! returned {results:?} after {:?}\n", started.elapsed());

        let timeline = Timeline::new(UNIT);
        let results = with_join_all(&[3, 1, 4, 0, 2], &timeline).await;
        println!(
            "join_all returned {results:?} after {:?}\n",
            timeline.elapsed()
        );
        print!("{timeline}");
    });
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
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
        assert!(ratio >= 2.0, "10/4 = 2.5 expected, got {ratio:.2}");
    }
}

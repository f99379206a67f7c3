//! The tests of `listings/src/bin/part_21_rwlock.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

#[tokio::test(start_paused = true)]
async fn readers_share_and_a_reader_after_a_waiting_writer_waits_for_it() {
    let timeline = Timeline::new(ms(100));
    let third = readers_and_a_writer(&timeline).await;
    assert_eq!(third, 2, "r3 reads what the writer wrote");
    let row = |label: &str| {
        let rows = timeline.rows();
        let row = rows.iter().find(|row| row.label == label).unwrap();
        (row.start.unwrap(), row.end.unwrap())
    };
    let unit = timeline.unit();
    // r1 and r2 read at the same time.
    assert_eq!(row("r1 reads"), (Duration::ZERO, unit * 3));
    assert_eq!(row("r2 reads"), (Duration::ZERO, unit * 3));
    // The writer, asking at 1, gets the lock when both are done.
    assert_eq!(row("writer waits"), (unit, unit * 3));
    assert_eq!(row("writer writes"), (unit * 3, unit * 4));
    // r3 asked at 2, while only readers held the lock, yet waited for the
    // writer queued before it.
    assert_eq!(row("r3 waits"), (unit * 2, unit * 4));
}

//! The tests of `listings/src/bin/part_28_cancel.rs`: what its chapter claims.

use super::*;
use tokio_test::assert_pending;
use tokio_test::io::Builder;

#[tokio::test(start_paused = true)]
async fn the_naive_loop_loses_the_start_of_the_line() {
    let log = run(false).await;
    assert_eq!(
        log,
        ["0.10s  heartbeat", "0.20s  heartbeat", "0.25s  line \"lo\""]
    );
}

#[tokio::test(start_paused = true)]
async fn the_lines_loop_keeps_it() {
    let log = run(true).await;
    assert_eq!(
        log,
        [
            "0.10s  heartbeat",
            "0.20s  heartbeat",
            "0.25s  line \"hello\""
        ]
    );
}

// ANCHOR: drop_test
/// The check in general: start a read, poll it once so it takes the first
/// part of a line, drop it (what `select!` does to a losing branch), then
/// read again. A cancel-safe read returns the whole line.
#[tokio::test(start_paused = true)]
async fn dropping_a_read_midway_loses_nothing_with_lines() {
    let mock = || {
        Builder::new()
            .read(b"hel")
            .wait(Duration::from_millis(100))
            .read(b"lo\n")
            .build()
    };
    let mut naive = BufReader::new(mock());
    let mut first = tokio_test::task::spawn(next_line_naive(&mut naive));
    assert_pending!(first.poll()); // it has read "hel" and waits for more
    drop(first);
    assert_eq!(next_line_naive(&mut naive).await.unwrap().unwrap(), "lo");

    let mut lines = BufReader::new(mock()).lines();
    let mut first = tokio_test::task::spawn(lines.next_line());
    assert_pending!(first.poll());
    drop(first);
    assert_eq!(lines.next_line().await.unwrap().unwrap(), "hello");
}
// ANCHOR_END: drop_test

//! The tests of `listings/src/bin/part_28_cancel.rs`: what its chapter claims.

use super::*;

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

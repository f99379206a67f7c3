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

/// The chapter's way out with a buffer kept outside the future:
/// `read_until` appends what it took to the `Vec`, so a dropped call loses
/// nothing and the next call finishes the line.
#[tokio::test(start_paused = true)]
async fn read_until_into_an_outside_vec_survives_a_drop() {
    let mock = tokio_test::io::Builder::new()
        .read(b"hel")
        .wait(Duration::from_millis(100))
        .read(b"lo\n")
        .build();
    let mut reader = BufReader::new(mock);
    let mut line = Vec::new();
    let mut first = tokio_test::task::spawn(reader.read_until(b'\n', &mut line));
    tokio_test::assert_pending!(first.poll()); // it has taken "hel"
    drop(first);
    assert_eq!(line, b"hel");
    reader.read_until(b'\n', &mut line).await.unwrap();
    assert_eq!(line, b"hello\n");
}

//! The tests of `listings/src/bin/part_24_pipes.rs`: what its chapter claims.
//! On the real clock: a child's pipes are real I/O, and on the paused clock
//! tokio would jump to the timeout whenever it is idle waiting for `cat`.

use super::*;

/// Bytes that differ, so that an answer out of order or cut short shows.
fn input(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i % 251) as u8).collect()
}

/// Long enough for any run that works, on a machine as busy as you like.
const WORKS_WITHIN: Duration = Duration::from_secs(60);

#[tokio::test]
async fn a_small_input_goes_through_one_after_the_other() {
    let sent = input(SMALL);
    let echoed = timeout(WORKS_WITHIN, write_then_read(&sent))
        .await
        .expect("1 KiB fits in the pipe: no hang")
        .unwrap();
    assert_eq!(echoed, sent);
}

#[tokio::test]
async fn a_big_input_hangs_when_we_write_it_all_before_reading() {
    // A run that hangs never ends, so any timeout shows it; the deadlock
    // does not depend on how busy the machine is.
    let stuck = timeout(Duration::from_secs(1), write_then_read(&input(BIG))).await;
    assert!(stuck.is_err(), "it finished: the pipes held 4 MiB?");
}

#[tokio::test]
async fn a_big_input_goes_through_when_we_write_and_read_at_once() {
    let sent = input(BIG);
    let echoed = timeout(WORKS_WITHIN, write_and_read(&sent))
        .await
        .expect("writing and reading at once cannot hang")
        .unwrap();
    assert_eq!(echoed, sent);
}

#[tokio::test]
async fn a_child_that_reads_nothing_is_an_error_not_a_hang() {
    // `true` exits without reading: our write meets a closed pipe (EPIPE;
    // Rust programs ignore SIGPIPE), or there is nothing left to write.
    let mut child = Command::new("true")
        .stdin(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    child.wait().await.unwrap(); // gone before we write
    let written = timeout(WORKS_WITHIN, stdin.write_all(&input(BIG)))
        .await
        .expect("no reader left: the write fails at once");
    assert_eq!(written.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
}

// Why the chapter uses the real clock here: on the paused clock, tokio
// moves the clock on whenever every task waits, even for a child, so a
// generous timeout fires while the child is still working. (A child that
// sleeps 30 s, not `cat`: whether `cat` answers before tokio next looks is
// a race, and this test must not depend on it.)
#[tokio::test(start_paused = true)]
async fn on_the_paused_clock_a_timeout_fires_while_the_child_still_works() {
    let mut child = Command::new("sleep")
        .arg("30")
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let waited = timeout(Duration::from_secs(3600), child.wait()).await;
    assert!(waited.is_err(), "the paused clock jumps the hour at once");
    assert!(
        child.try_wait().unwrap().is_none(),
        "while the child is still running"
    );
}

//! The tests of `listings/src/bin/part_28_protocol.rs`: what its chapter
//! claims. No socket anywhere: `tokio_test::io::Builder` scripts what the
//! handler must read and write, and fails the test on any other write.

use super::*;
use tokio_test::io::Builder;

#[tokio::test]
async fn a_line_split_across_reads_is_still_one_command() {
    let client = Builder::new()
        .read(b"PI")
        .read(b"NG\nNOPE")
        .read(b"\n")
        .write(b"PONG\n")
        .write(b"ERR unknown\n")
        .build();
    // The end of the script is end of input: the handler stops by itself.
    assert_eq!(serve(client).await.unwrap(), 2);
}

#[tokio::test]
async fn a_client_that_closes_ends_the_handler_without_a_reply() {
    let client = Builder::new()
        .read(b"ECHO bye now\n")
        .write(b"bye now\n")
        .build();
    assert_eq!(serve(client).await.unwrap(), 1);
}

/// What the chapter says the mock does *not* check: a write may come before
/// the read the script puts ahead of it, and an unused `wait` is no error.
#[tokio::test(start_paused = true)]
async fn the_mock_does_not_order_a_write_after_the_read_before_it() {
    let mut mock = Builder::new().read(b"PING\n").write(b"PONG\n").build();
    mock.write_all(b"PONG\n").await.unwrap(); // before reading PING: accepted
    let mut command = [0; 5];
    mock.read_exact(&mut command).await.unwrap();
    assert_eq!(&command, b"PING\n");
    drop(mock); // nothing left: no panic

    // The other way round it does wait: a read is handed out only after the
    // writes scripted before it.
    let mut mock = Builder::new().write(b"PONG\n").read(b"PING\n").build();
    let mut early = tokio_test::task::spawn(mock.read_exact(&mut command));
    tokio_test::assert_pending!(early.poll());
    drop(early);
    mock.write_all(b"PONG\n").await.unwrap();
    mock.read_exact(&mut command).await.unwrap();
    assert_eq!(&command, b"PING\n");

    let idle = Builder::new().wait(Duration::from_secs(1)).build();
    drop(idle); // the wait was never used, and dropping does not panic
}

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

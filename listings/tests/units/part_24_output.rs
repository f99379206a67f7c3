//! The tests of `listings/src/bin/part_24_output.rs`: what its chapter claims.

use super::*;

#[tokio::test]
async fn output_keeps_the_two_streams_apart_and_the_exit_code() {
    let out = captured().await.unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(!out.status.success());
    assert_eq!(out.stdout, b"to stdout\n");
    assert_eq!(out.stderr, b"to stderr\n");
}

// `inherited` is checked by the output check only (tests/programs.rs): its
// child writes to the test process's own stdout, in the middle of libtest's
// report.

#[tokio::test]
async fn a_program_that_does_not_exist_is_a_spawn_error() {
    assert_eq!(not_found().await, Some(io::ErrorKind::NotFound));
}

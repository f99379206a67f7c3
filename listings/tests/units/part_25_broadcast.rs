//! The tests of `listings/src/bin/part_25_broadcast.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test]
async fn broadcast_needs_the_flag_and_reaches_one_socket() {
    let tried = try_broadcast().await.unwrap();
    let refused = tried
        .without_flag
        .expect_err("Linux refuses without SO_BROADCAST");
    assert_eq!(refused.kind(), io::ErrorKind::PermissionDenied);
    assert_eq!(tried.on_broadcast_address.as_deref(), Some("to everyone"));
    assert_eq!(tried.on_127_0_0_1, None);
    let in_use = tried
        .second_receiver
        .expect_err("no SO_REUSEADDR: one socket per address");
    assert_eq!(in_use.kind(), io::ErrorKind::AddrInUse);
}

#[tokio::test]
async fn fan_out_reaches_every_receiver() {
    let got = fan_out(5, "hi").await.unwrap();
    assert_eq!(got, vec![Some("hi".to_owned()); 5]);
}

//! The tests of `listings/src/bin/part_25_udp_pitfalls.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// The first read keeps the buffer's worth and loses the rest: the next read
// is the next datagram, not the rest of the first.
#[tokio::test]
async fn a_short_buffer_truncates_the_datagram() {
    let (first, second) = short_buffer().await.unwrap();
    assert_eq!(first, "seventee");
    assert_eq!(second, "next");
}

#[tokio::test]
async fn a_closed_port_is_refused_at_the_next_recv() {
    // A process another test starts holds a copy of every socket of this
    // one until it runs its program; if that happens as `gone` is dropped,
    // the datagram reaches the copy and no refusal comes. Fail, then, rather
    // than wait for ever.
    let waited = tokio::time::timeout(std::time::Duration::from_secs(10), nobody_there()).await;
    let error = waited.expect("no refusal within 10 s").unwrap();
    assert_eq!(error.kind(), io::ErrorKind::ConnectionRefused);
}

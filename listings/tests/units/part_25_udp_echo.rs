//! The tests of `listings/src/bin/part_25_udp_echo.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

async fn connected_client() -> UdpSocket {
    let server = start_server().await.unwrap();
    let client = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    client.connect(server).await.unwrap();
    client
}

#[tokio::test]
async fn the_server_echoes_each_datagram() {
    let client = connected_client().await;
    assert_eq!(
        ask(&client, "hello").await.unwrap().as_deref(),
        Some("hello")
    );
}

// Three sends before any read still make three reads of one datagram each:
// the boundaries are kept (a TCP read could return "onetwothree").
#[tokio::test]
async fn datagrams_keep_their_boundaries() {
    let client = connected_client().await;
    let replies = three_sends_three_reads(&client).await.unwrap();
    assert_eq!(replies, ["one", "two", "three"]);
}

// The stranger's datagram is never delivered to the connected socket: the
// first (and only) thing the client reads is the server's answer.
#[tokio::test]
async fn a_connected_socket_ignores_other_senders() {
    let client = connected_client().await;
    let answer = stranger_is_filtered(&client).await.unwrap();
    assert_eq!(answer.as_deref(), Some("ping"));
    // And nothing else waits in the socket afterwards.
    let mut buf = [0u8; 64];
    assert!(client.try_recv(&mut buf).is_err());
}

// A lost datagram is not resent: the client waits its whole WAIT and gets
// nothing, and the next request works as if nothing had happened.
#[tokio::test]
async fn a_lost_datagram_is_a_timeout_not_an_error() {
    let client = connected_client().await;
    let started = std::time::Instant::now();
    assert_eq!(ask(&client, "drop").await.unwrap(), None);
    assert!(started.elapsed() >= WAIT);
    assert_eq!(
        ask(&client, "again").await.unwrap().as_deref(),
        Some("again")
    );
}

// `connect` on UDP sends nothing: connecting to a port where nobody listens
// succeeds.
#[tokio::test]
async fn connect_sends_nothing_and_cannot_fail_for_a_missing_peer() {
    let gone = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let addr = gone.local_addr().unwrap();
    drop(gone);
    let client = UdpSocket::bind("127.0.0.1:0").await.unwrap();
    assert!(client.connect(addr).await.is_ok());
}

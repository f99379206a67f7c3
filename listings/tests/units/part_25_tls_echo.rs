//! The tests of `listings/src/bin/part_25_tls_echo.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

/// Starts the TLS echo server on an ephemeral loopback port and runs the
/// client against it, as `main` does.
async fn run(lines: &[&str]) -> (Transcript, usize) {
    let identity = make_identity("localhost");
    let config = client_config(&identity.cert);
    let acceptor = TlsAcceptor::from(server_config(identity));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(serve_one(listener, acceptor));
    let seen = client(addr, config, "localhost", lines).await.unwrap();
    (seen, server.await.unwrap().unwrap())
}

#[tokio::test]
async fn every_line_comes_back_unchanged_and_both_sides_close_cleanly() {
    let lines = ["hello", "over TLS", "", "a longer line with spaces"];
    let (seen, echoed) = run(&lines).await;
    assert_eq!(seen.replies, lines);
    assert_eq!(echoed, lines.len(), "the server ended without an error");
    assert_eq!(seen.after_close, 0, "after close_notify, only the end");
}

#[tokio::test]
async fn the_handshake_is_one_round_trip_on_tls_1_3() {
    let (seen, _) = run(&["x"]).await;
    // ClientHello out; ServerHello .. server Finished in; client Finished out.
    assert_eq!(seen.flights, "><>");
    assert_eq!(seen.version, "TLSv1_3");
    assert_eq!(seen.suite, "TLS13_AES_256_GCM_SHA384");
}

#[tokio::test]
async fn the_same_echo_runs_over_plain_tcp() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (tcp, _) = listener.accept().await.unwrap();
        echo(tcp).await.unwrap()
    });
    let mut tcp = TcpStream::connect(addr).await.unwrap();
    tcp.write_all(b"one\ntwo\n").await.unwrap();
    tcp.shutdown().await.unwrap();
    let mut back = String::new();
    tcp.read_to_string(&mut back).await.unwrap();
    assert_eq!(back, "one\ntwo\n");
    assert_eq!(server.await.unwrap(), 2);
}

#[tokio::test]
async fn the_bytes_on_the_wire_are_not_the_text() {
    // A TLS client in front of a plain TCP listener: what arrives is a TLS
    // record (content type 22, handshake), not anything we wrote.
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let identity = make_identity("localhost");
    let config = client_config(&identity.cert);
    let sniffer = tokio::spawn(async move {
        let (mut tcp, _) = listener.accept().await.unwrap();
        let mut first = [0u8; 1];
        tcp.read_exact(&mut first).await.unwrap();
        first[0] // dropping `tcp` here ends the client's handshake
    });
    let failed = client(addr, config, "localhost", &["secret"]).await;
    assert_eq!(sniffer.await.unwrap(), 22);
    assert!(failed.is_err(), "no server, no handshake");
}

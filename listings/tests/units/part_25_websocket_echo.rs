//! The tests of `listings/src/bin/part_25_websocket_echo.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

/// Runs the echo server on an ephemeral loopback port and the client
/// against it; returns the upgrade status, the client's replies and what the
/// server received.
async fn run(messages: Vec<Message>) -> (String, Vec<String>, Vec<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/", listener.local_addr().unwrap());
    let server = tokio::spawn(serve_one(listener));
    let (status, replies) = client(&url, messages).await.unwrap();
    (status, replies, server.await.unwrap().unwrap())
}

#[tokio::test]
async fn messages_keep_their_boundaries_both_ways() {
    // Sent back to back, with newlines inside and an empty one: a byte
    // stream would blur these; WebSocket frames keep each one whole.
    let texts = ["a\nb", "", "c", &"x".repeat(100_000)];
    let messages = texts.iter().map(|t| Message::text(t.to_string())).collect();
    let (status, replies, received) = run(messages).await;
    assert_eq!(status, "101 Switching Protocols");
    let expected: Vec<String> = texts.iter().map(|t| format!("Text {t:?}")).collect();
    assert_eq!(received[..texts.len()], expected[..]);
    assert_eq!(replies[..texts.len()], expected[..]);
}

#[tokio::test]
async fn a_ping_gets_a_pong_without_the_servers_code_sending_one() {
    let (_, replies, received) = run(vec![Message::Ping("p".into())]).await;
    assert_eq!(received[0], "Ping \"p\"", "the server's loop sees the ping");
    assert_eq!(replies[0], "Pong \"p\"", "tungstenite answered it");
}

#[tokio::test]
async fn the_close_handshake_ends_both_streams_with_the_same_frame() {
    let (_, replies, received) = run(vec![Message::binary(vec![0, 255])]).await;
    assert_eq!(replies, ["Binary [0, 255]", "Close 1000 \"done\""]);
    assert_eq!(received, ["Binary [0, 255]", "Close 1000 \"done\""]);
}

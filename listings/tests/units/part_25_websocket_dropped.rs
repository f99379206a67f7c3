//! The tests of `listings/src/bin/part_25_websocket_dropped.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test]
async fn a_dropped_connection_is_an_error_not_the_end_of_the_stream() {
    let seen = run(false).await.unwrap();
    assert_eq!(seen.len(), 2);
    assert!(seen[0].contains("hello"));
    assert_eq!(
        seen[1],
        format!(
            "Some(Err({}))",
            tungstenite::Error::Protocol(
                tokio_tungstenite::tungstenite::error::ProtocolError::ResetWithoutClosingHandshake
            )
        )
    );
}

#[tokio::test]
async fn a_close_handshake_ends_the_stream_with_close_then_none() {
    let seen = run(true).await.unwrap();
    assert_eq!(seen.len(), 3);
    assert!(seen[0].contains("hello"));
    assert_eq!(seen[1], "Some(Ok(Close(None)))");
    assert_eq!(seen[2], "None");
}

//! Part 25: a WebSocket echo, both ends local. The server upgrades one TCP
//! connection with tokio-tungstenite and sends every text or binary message
//! back; the client sends four messages, reads the replies and closes.
//! Messages keep their boundaries, pings get their pongs without our code,
//! and the close is a handshake of its own.
//!
//! Run it: cargo run -p listings --bin part_25_websocket_echo

use futures::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::{self, Message};

// ANCHOR: server
/// Accepts one connection, upgrades it, and echoes text and binary messages
/// until the close handshake is over. Returns what it received, in order.
async fn serve_one(listener: TcpListener) -> Result<Vec<String>, tungstenite::Error> {
    let (tcp, _) = listener.accept().await?;
    let mut ws = tokio_tungstenite::accept_async(tcp).await?; // HTTP upgrade
    let mut received = Vec::new();
    while let Some(message) = ws.next().await {
        let message = message?;
        received.push(describe(&message));
        if message.is_text() || message.is_binary() {
            ws.send(message).await?;
        }
        // A Ping is answered and a Close is returned by tungstenite itself,
        // on this loop's next read or write.
    }
    Ok(received) // `next` said None: the close handshake is done
}
// ANCHOR_END: server

// ANCHOR: client
/// Connects, sends `messages` one after the other, reads one reply for each,
/// then closes. Returns the HTTP status of the upgrade and what came back.
async fn client(
    url: &str,
    messages: Vec<Message>,
) -> Result<(String, Vec<String>), tungstenite::Error> {
    let (mut ws, response) = tokio_tungstenite::connect_async(url).await?;
    let status = response.status().to_string();
    let count = messages.len();
    for message in messages {
        ws.send(message).await?; // one message, one frame: no newline needed
    }
    let mut replies = Vec::new();
    for _ in 0..count {
        let reply = ws.next().await.expect("the server replies")?;
        replies.push(describe(&reply));
    }
    let bye = CloseFrame {
        code: CloseCode::Normal,
        reason: "done".into(),
    };
    ws.close(Some(bye)).await?; // our half of the close handshake
    while let Some(message) = ws.next().await {
        replies.push(describe(&message?)); // the server's half
    }
    Ok((status, replies))
}
// ANCHOR_END: client

/// One line per message, the same on every run.
fn describe(message: &Message) -> String {
    match message {
        Message::Text(text) => format!("Text {:?}", text.as_str()),
        Message::Binary(bytes) => format!("Binary {:?}", &bytes[..]),
        Message::Ping(bytes) => format!("Ping {:?}", String::from_utf8_lossy(bytes)),
        Message::Pong(bytes) => format!("Pong {:?}", String::from_utf8_lossy(bytes)),
        Message::Close(Some(frame)) => format!("Close {} {:?}", frame.code, frame.reason.as_str()),
        Message::Close(None) => "Close, no reason".to_string(),
        Message::Frame(_) => "a raw frame".to_string(),
    }
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), tungstenite::Error> {
    let listener = TcpListener::bind("127.0.0.1:0").await?; // any free port
    let url = format!("ws://{}/", listener.local_addr()?);
    let server = tokio::spawn(serve_one(listener));

    let messages = vec![
        Message::text("hello"),
        Message::binary(vec![1, 2, 3]),
        Message::Ping("are you there?".into()),
        Message::text("two messages, not one stream"),
    ];
    let (status, replies) = client(&url, messages).await?;
    println!("client: upgrade answered {status}");
    for reply in replies {
        println!("client got:  {reply}");
    }
    for message in server.await.expect("the server does not panic")? {
        println!("server got:  {message}");
    }
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_websocket_echo.rs"]
mod tests;

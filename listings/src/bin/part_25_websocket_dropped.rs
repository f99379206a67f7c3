//! Part 25 pitfall: a WebSocket server that drops its connection instead of
//! closing it. The client's stream does not simply end: `next` hands it an
//! error, where a close handshake ends it with a Close message and `None`.
//!
//! Run it: cargo run -p listings --bin part_25_websocket_dropped

use futures::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::{self, Message};

// ANCHOR: server
/// Echoes one message, then either closes properly or just drops the socket.
async fn echo_once(listener: TcpListener, close_properly: bool) -> Result<(), tungstenite::Error> {
    let (tcp, _) = listener.accept().await?;
    let mut ws = tokio_tungstenite::accept_async(tcp).await?;
    if let Some(message) = ws.next().await {
        ws.send(message?).await?;
    }
    if close_properly {
        ws.close(None).await?; // send Close ...
        while ws.next().await.is_some() {} // ... and read until the reply
    }
    Ok(()) // dropping `ws` closes the TCP connection
}
// ANCHOR_END: server

// ANCHOR: client
/// Sends one message and returns what each `next` gave, up to the end.
async fn client(url: &str) -> Result<Vec<String>, tungstenite::Error> {
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await?;
    ws.send(Message::text("hello")).await?;
    let mut seen = Vec::new();
    loop {
        match ws.next().await {
            Some(Ok(message)) => seen.push(format!("Some(Ok({message:?}))")),
            Some(Err(error)) => {
                seen.push(format!("Some(Err({error}))"));
                break;
            }
            None => {
                seen.push("None".to_string());
                break;
            }
        }
    }
    Ok(seen)
}
// ANCHOR_END: client

async fn run(close_properly: bool) -> Result<Vec<String>, tungstenite::Error> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("ws://{}/", listener.local_addr()?);
    let server = tokio::spawn(echo_once(listener, close_properly));
    let seen = client(&url).await?;
    server.await.expect("the server does not panic")?;
    Ok(seen)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), tungstenite::Error> {
    for close_properly in [false, true] {
        let how = if close_properly {
            "closes"
        } else {
            "drops the socket"
        };
        println!("the server echoes, then {how}; the client's next() gives:");
        for step in run(close_properly).await? {
            println!("  {step}");
        }
    }
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_25_websocket_dropped.rs"]
mod tests;

//! Part 25: a UDP echo server and its client, both on loopback.
//!
//! UDP sends datagrams: each `send` is one message that arrives whole, or not
//! at all, and nothing resends a lost one. The server answers each datagram
//! to whoever sent it; the client `connect`s its socket to the server, which
//! sends nothing but sets a default peer and filters what it receives. The
//! datagram "drop" is ignored by the server, a stand-in for one the network
//! lost: the client waits for it under a `timeout`.
//!
//! Run it: cargo run -p listings --bin part_25_udp_echo

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::UdpSocket;
use tokio::time::timeout;

// ANCHOR: server
/// Answers every datagram with the same bytes, to the address it came from.
/// One socket serves every client: there are no connections to accept.
async fn echo_server(socket: UdpSocket) -> io::Result<()> {
    let mut buf = [0u8; 1500]; // more than any datagram this chapter sends
    loop {
        let (len, from) = socket.recv_from(&mut buf).await?;
        if &buf[..len] == b"drop" {
            continue; // pretend the network lost it
        }
        socket.send_to(&buf[..len], from).await?;
    }
}

/// Binds the server to a free loopback port and serves from a task.
async fn start_server() -> io::Result<SocketAddr> {
    let socket = UdpSocket::bind("127.0.0.1:0").await?;
    let addr = socket.local_addr()?;
    tokio::spawn(echo_server(socket));
    Ok(addr)
}
// ANCHOR_END: server

// ANCHOR: client
/// How long the client waits for an answer before it gives up.
const WAIT: Duration = Duration::from_millis(200);

/// Sends `message` on a connected socket and waits at most `WAIT` for the
/// answer. `Ok(None)`: nothing came back in time.
async fn ask(client: &UdpSocket, message: &str) -> io::Result<Option<String>> {
    client.send(message.as_bytes()).await?;
    let mut buf = [0u8; 1500];
    match timeout(WAIT, client.recv(&mut buf)).await {
        Ok(received) => {
            let len = received?;
            Ok(Some(String::from_utf8_lossy(&buf[..len]).into_owned()))
        }
        Err(_elapsed) => Ok(None), // lost on the way there, or on the way back
    }
}
// ANCHOR_END: client

// ANCHOR: boundaries
/// Sends three datagrams before reading anything, then reads three times:
/// each read returns exactly one datagram, never two glued together.
async fn three_sends_three_reads(client: &UdpSocket) -> io::Result<Vec<String>> {
    for message in ["one", "two", "three"] {
        client.send(message.as_bytes()).await?;
    }
    let mut replies = Vec::new();
    let mut buf = [0u8; 1500];
    for _ in 0..3 {
        let len = client.recv(&mut buf).await?;
        replies.push(String::from_utf8_lossy(&buf[..len]).into_owned());
    }
    Ok(replies)
}
// ANCHOR_END: boundaries

// ANCHOR: filter
/// A third socket sends to the client. The client's socket is connected to
/// the server, so the kernel drops the stranger's datagram: `recv` only ever
/// sees the server's answer.
async fn stranger_is_filtered(client: &UdpSocket) -> io::Result<Option<String>> {
    let stranger = UdpSocket::bind("127.0.0.1:0").await?;
    stranger
        .send_to(b"hello from a stranger", client.local_addr()?)
        .await?;
    ask(client, "ping").await
}
// ANCHOR_END: filter

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let server = start_server().await?;
    let client = UdpSocket::bind("127.0.0.1:0").await?;
    client.connect(server).await?; // sends nothing: sets the peer, filters

    println!("ask(\"hello\")  -> {:?}", ask(&client, "hello").await?);
    println!(
        "3 sends, 3 reads -> {:?}",
        three_sends_three_reads(&client).await?
    );
    println!(
        "a stranger sent first; ask(\"ping\") -> {:?}",
        stranger_is_filtered(&client).await?
    );
    println!(
        "ask(\"drop\")   -> {:?} after {} ms",
        ask(&client, "drop").await?,
        WAIT.as_millis()
    );
    println!("ask(\"again\")  -> {:?}", ask(&client, "again").await?);
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_udp_echo.rs"]
mod tests;

//! Part 25 exercise, solved: a UDP client that asks again. The server loses
//! the first datagrams it gets; the client waits a short time for each
//! answer and, when none comes, sends the same request again, up to a
//! number of tries. UDP itself never resends anything.
//!
//! Run it: cargo run -p listings --bin part_25_exercise

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use tokio::net::UdpSocket;
use tokio::time::timeout;

// ANCHOR: server
/// An echo server that ignores the first `lose` datagrams it receives, as a
/// bad network would, and answers every later one.
async fn lossy_server(lose: usize) -> io::Result<SocketAddr> {
    let socket = UdpSocket::bind("127.0.0.1:0").await?;
    let addr = socket.local_addr()?;
    tokio::spawn(async move {
        let mut buf = [0u8; 1500];
        let mut received = 0;
        while let Ok((len, from)) = socket.recv_from(&mut buf).await {
            received += 1;
            if received > lose {
                let _ = socket.send_to(&buf[..len], from).await;
            }
        }
    });
    Ok(addr)
}

/// How long to wait for each answer.
const WAIT: Duration = Duration::from_millis(50);
// ANCHOR_END: server

// ANCHOR: solution
/// Sends `request` to `server` and returns the answer and how many tries it
/// took; after `tries` sends with no answer, a `TimedOut` error.
async fn ask(server: SocketAddr, request: &[u8], tries: u32) -> io::Result<(Vec<u8>, u32)> {
    let socket = UdpSocket::bind("127.0.0.1:0").await?;
    socket.connect(server).await?;
    let mut buf = [0u8; 1500];
    for attempt in 1..=tries {
        socket.send(request).await?;
        if let Ok(received) = timeout(WAIT, socket.recv(&mut buf)).await {
            let len = received?;
            return Ok((buf[..len].to_vec(), attempt));
        }
    }
    Err(io::Error::new(
        io::ErrorKind::TimedOut,
        format!("no answer after {tries} tries"),
    ))
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let server = lossy_server(2).await?;
    match ask(server, b"hello", 3).await {
        Ok((answer, tries)) => {
            println!("{:?} after {tries} tries", String::from_utf8_lossy(&answer))
        }
        Err(error) => println!("gave up: {error}"),
    }
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_exercise.rs"]
mod tests;

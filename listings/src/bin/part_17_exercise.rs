//! Part 17 exercise, solved: close a connection that stays silent too long.
//!
//! Run it: cargo run -p listings --bin part_17_exercise

use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

// ANCHOR: solution
/// How long a client may stay silent before the server hangs up.
const IDLE: Duration = Duration::from_millis(100);

/// Answers each line with PONG until the client leaves or stays silent for
/// `IDLE`.
async fn serve_client(socket: TcpStream) -> std::io::Result<()> {
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    // `timeout` races the read against a timer. The read is cancel-safe: if
    // the timer wins, no half-read line is lost, the future is just dropped.
    while let Ok(line) = tokio::time::timeout(IDLE, lines.next_line()).await {
        if line?.is_none() {
            break; // EOF: the client left
        }
        writer.write_all(b"PONG\n").await?;
    }
    Ok(()) // dropping the socket closes it
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(serve_client(socket));
        }
    });

    let mut client = TcpStream::connect(address).await?;
    client.write_all(b"PING\n").await?;
    let mut reply = [0; 5];
    client.read_exact(&mut reply).await?;
    println!("reply: {}", String::from_utf8_lossy(&reply).trim_end());
    // Now stay silent, and wait up to 1 s to see whether the server hangs up.
    let mut rest = Vec::new();
    match tokio::time::timeout(Duration::from_secs(1), client.read_to_end(&mut rest)).await {
        Ok(_) => println!("the server closed the idle connection"),
        Err(_) => println!("after 1 s of silence the connection is still open"),
    }
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::Instant;

    async fn server() -> std::net::SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let (socket, _) = listener.accept().await.unwrap();
            serve_client(socket).await.unwrap();
        });
        address
    }

    // Under the paused clock, time jumps ahead only when every task waits,
    // so the idle timeout is measured exactly.
    #[tokio::test(start_paused = true)]
    async fn a_silent_client_is_dropped_after_exactly_idle() {
        let mut client = TcpStream::connect(server().await).await.unwrap();
        let started = Instant::now();
        let mut rest = Vec::new();
        client.read_to_end(&mut rest).await.unwrap();
        assert!(rest.is_empty());
        assert_eq!(started.elapsed(), IDLE);
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_that_keeps_talking_stays_connected() {
        let mut client = BufReader::new(TcpStream::connect(server().await).await.unwrap());
        // Five pings, each after 3/4 of IDLE: longer than IDLE in total.
        for _ in 0..5 {
            tokio::time::sleep(IDLE * 3 / 4).await;
            client.get_mut().write_all(b"PING\n").await.unwrap();
            let mut reply = String::new();
            client.read_line(&mut reply).await.unwrap();
            assert_eq!(reply, "PONG\n");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_client_that_leaves_ends_the_connection_at_once() {
        let client = TcpStream::connect(server().await).await.unwrap();
        let started = Instant::now();
        let (mut reader, writer) = client.into_split();
        drop(writer); // EOF for the server
        let mut rest = Vec::new();
        reader.read_to_end(&mut rest).await.unwrap();
        assert_eq!(started.elapsed(), Duration::ZERO);
    }
}

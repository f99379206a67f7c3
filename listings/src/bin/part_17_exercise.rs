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
#[path = "../../tests/units/part_17_exercise.rs"]
mod tests;

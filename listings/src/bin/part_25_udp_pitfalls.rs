//! Part 25: two surprises of UDP sockets, on loopback. A buffer shorter
//! than the datagram keeps its start and silently loses the rest; and a
//! connected socket whose peer has no socket gets `ConnectionRefused` from
//! a later `recv` (the kernel's "port unreachable" answer, on Linux).
//!
//! Run it: cargo run -p listings --bin part_25_udp_pitfalls

use std::io;

use tokio::net::UdpSocket;

// ANCHOR: truncated
/// Sends a 17-byte datagram and reads it into 8 bytes, then sends "next".
/// Returns what the two reads got.
async fn short_buffer() -> io::Result<(String, String)> {
    let receiver = UdpSocket::bind("127.0.0.1:0").await?;
    let sender = UdpSocket::bind("127.0.0.1:0").await?;
    sender
        .send_to(b"seventeen bytes!!", receiver.local_addr()?)
        .await?;
    sender.send_to(b"next", receiver.local_addr()?).await?;
    let mut small = [0u8; 8];
    let (len, _) = receiver.recv_from(&mut small).await?; // 8: the rest is gone
    let first = String::from_utf8_lossy(&small[..len]).into_owned();
    let (len, _) = receiver.recv_from(&mut small).await?; // the next datagram
    let second = String::from_utf8_lossy(&small[..len]).into_owned();
    Ok((first, second))
}
// ANCHOR_END: truncated

// ANCHOR: refused
/// Connects to a port nobody listens on (a socket bound, then closed), sends,
/// and reads: the error of the `send` comes back from the `recv`.
async fn nobody_there() -> io::Result<io::Error> {
    let gone = UdpSocket::bind("127.0.0.1:0").await?;
    let addr = gone.local_addr()?;
    drop(gone); // now nothing listens on addr
    let client = UdpSocket::bind("127.0.0.1:0").await?;
    client.connect(addr).await?;
    client.send(b"anyone?").await?; // succeeds: UDP does not know yet
    let mut buf = [0u8; 64];
    match client.recv(&mut buf).await {
        Ok(len) => panic!("{len} bytes from a closed port"),
        Err(error) => Ok(error),
    }
}
// ANCHOR_END: refused

#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let (first, second) = short_buffer().await?;
    println!("17 bytes into an 8-byte buffer: {first:?}, then {second:?}");
    let error = nobody_there().await?;
    println!(
        "recv after sending to a closed port: {:?}: {error}",
        error.kind()
    );
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_25_udp_pitfalls.rs"]
mod tests;

//! Part 25: what broadcast does on loopback, and the fan-out that replaces it.
//!
//! Linux refuses to send to a broadcast address unless the socket asks for
//! it (`set_broadcast`, the SO_BROADCAST option). With it, a datagram to
//! 127.255.255.255 reaches a socket bound to that address and port, but not
//! one bound to 127.0.0.1. And only one socket can bind that address and
//! port: a second gets "address in use", because tokio's `UdpSocket` cannot
//! set SO_REUSEADDR before it binds (that needs the socket2 crate). So for
//! several local receivers, the sender sends one copy to each: fan-out.
//!
//! Run it: cargo run -p listings --bin part_25_broadcast

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::time::Duration;

use tokio::net::UdpSocket;
use tokio::time::timeout;

/// Loopback's broadcast address: 127.0.0.0/8 with every host bit set.
const LOOPBACK_BROADCAST: Ipv4Addr = Ipv4Addr::new(127, 255, 255, 255);

/// What a receiver got within 200 ms, or `None`.
async fn heard(socket: &UdpSocket) -> io::Result<Option<String>> {
    let mut buf = [0u8; 64];
    match timeout(Duration::from_millis(200), socket.recv(&mut buf)).await {
        Ok(len) => Ok(Some(String::from_utf8_lossy(&buf[..len?]).into_owned())),
        Err(_elapsed) => Ok(None),
    }
}

// ANCHOR: broadcast
/// What each step of a broadcast attempt did, for `main` to print.
#[derive(Debug)]
struct Broadcast {
    without_flag: io::Result<usize>,
    on_broadcast_address: Option<String>,
    on_127_0_0_1: Option<String>,
    second_receiver: io::Result<UdpSocket>,
}

async fn try_broadcast() -> io::Result<Broadcast> {
    let receiver = UdpSocket::bind((LOOPBACK_BROADCAST, 0)).await?;
    let port = receiver.local_addr()?.port();
    let bystander = UdpSocket::bind((Ipv4Addr::LOCALHOST, port)).await?;
    let target = SocketAddr::from((LOOPBACK_BROADCAST, port));

    let sender = UdpSocket::bind("127.0.0.1:0").await?;
    let without_flag = sender.send_to(b"no flag", target).await;
    sender.set_broadcast(true)?; // SO_BROADCAST: "I mean to broadcast"
    sender.send_to(b"to everyone", target).await?;

    Ok(Broadcast {
        without_flag,
        on_broadcast_address: heard(&receiver).await?,
        on_127_0_0_1: heard(&bystander).await?,
        second_receiver: UdpSocket::bind(target).await,
    })
}
// ANCHOR_END: broadcast

// ANCHOR: fan_out
/// One sender, `n` receivers, each on its own port: the sender sends one
/// copy to each address it knows. Returns what each receiver got.
async fn fan_out(n: usize, message: &str) -> io::Result<Vec<Option<String>>> {
    let mut receivers = Vec::new();
    for _ in 0..n {
        receivers.push(UdpSocket::bind("127.0.0.1:0").await?);
    }
    let sender = UdpSocket::bind("127.0.0.1:0").await?;
    for receiver in &receivers {
        sender
            .send_to(message.as_bytes(), receiver.local_addr()?)
            .await?;
    }
    let mut got = Vec::new();
    for receiver in &receivers {
        got.push(heard(receiver).await?);
    }
    Ok(got)
}
// ANCHOR_END: fan_out

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let tried = try_broadcast().await?;
    match &tried.without_flag {
        Ok(len) => println!("send without set_broadcast: sent {len} bytes"),
        Err(error) => println!("send without set_broadcast: {:?}: {error}", error.kind()),
    }
    println!("with set_broadcast(true):");
    println!(
        "  receiver on 127.255.255.255 got {:?}",
        tried.on_broadcast_address
    );
    println!(
        "  receiver on 127.0.0.1, same port, got {:?}",
        tried.on_127_0_0_1
    );
    match &tried.second_receiver {
        Ok(_) => println!("  a second receiver bound the same address"),
        Err(error) => println!("  a second receiver: {:?}: {error}", error.kind()),
    }
    println!("fan-out to 3 receivers: {:?}", fan_out(3, "to each").await?);
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_broadcast.rs"]
mod tests;

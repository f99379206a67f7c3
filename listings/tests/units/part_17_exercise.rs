//! The tests of `listings/src/bin/part_17_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

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

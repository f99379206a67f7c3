//! Part 28: a small line protocol, written against `AsyncRead + AsyncWrite`
//! so that its tests can drive it without a socket.
//!
//! Commands, one per line: `PING` (answer `PONG`), `ECHO <text>` (answer the
//! text), `QUIT` (answer `BYE` and stop). Anything else gets `ERR unknown`.
//! A client that sends nothing for 30 s gets `TIMEOUT`, and the handler stops.
use std::time::Duration;
use tokio::io::{
    self, AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
};
use tokio::time::timeout;

// ANCHOR: serve
/// How long the handler waits for the next line.
pub const IDLE: Duration = Duration::from_secs(30);

/// Serves one client until `QUIT`, end of input, or 30 s of silence; returns
/// how many commands it answered.
pub async fn serve<S: AsyncRead + AsyncWrite + Unpin>(stream: S) -> io::Result<u32> {
    // A BufReader over the stream reads lines and passes writes through.
    let mut stream = BufReader::new(stream);
    let mut line = String::new();
    let mut answered = 0;
    loop {
        line.clear();
        let Ok(read) = timeout(IDLE, stream.read_line(&mut line)).await else {
            stream.write_all(b"TIMEOUT\n").await?;
            return Ok(answered);
        };
        if read? == 0 {
            return Ok(answered); // the client closed its end
        }
        let reply = match line.trim_end() {
            "PING" => "PONG".to_owned(),
            "QUIT" => "BYE".to_owned(),
            command => match command.strip_prefix("ECHO ") {
                Some(text) => text.to_owned(),
                None => "ERR unknown".to_owned(),
            },
        };
        stream.write_all(format!("{reply}\n").as_bytes()).await?;
        answered += 1;
        if reply == "BYE" {
            return Ok(answered);
        }
    }
}
// ANCHOR_END: serve

// ANCHOR: main
/// The handler on one end of an in-memory pipe, a scripted client on the
/// other: no port, no network.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (mut client, server) = io::duplex(1024);
    let handler = tokio::spawn(serve(server));
    client
        .write_all(b"PING\nECHO hello there\nNOPE\nQUIT\n")
        .await
        .unwrap();
    let mut replies = String::new();
    client.read_to_string(&mut replies).await.unwrap();
    print!("{replies}");
    println!("answered {}", handler.await.unwrap().unwrap());
}
// ANCHOR_END: main

/// The tests the chapter shows (the others are in tests/units/part_28_protocol.rs).
#[cfg(test)]
mod shown_tests {
    use super::*;
    use tokio::time::Instant;
    use tokio_test::io::Builder;
    use tokio_test::{assert_pending, assert_ready};

    // ANCHOR: mock
    #[tokio::test]
    async fn writes_the_replies_in_order() {
        let client = Builder::new()
            .read(b"PING\n")
            .write(b"PONG\n")
            .read(b"ECHO hi\n")
            .write(b"hi\n")
            .read(b"QUIT\n")
            .write(b"BYE\n")
            .build();
        // A wrong write panics; so does dropping the mock with read or
        // write bytes left. (Whether PONG came after PING is not checked.)
        assert_eq!(serve(client).await.unwrap(), 3);
    }
    // ANCHOR_END: mock

    // ANCHOR: paused
    #[tokio::test(start_paused = true)]
    async fn silence_times_out_at_exactly_30_s_of_virtual_time() {
        let real = std::time::Instant::now();
        let start = Instant::now();
        let client = Builder::new()
            .read(b"PING\n")
            .write(b"PONG\n")
            .wait(Duration::from_secs(29)) // quiet, but not for 30 s
            .read(b"PING\n")
            .write(b"PONG\n")
            .write(b"TIMEOUT\n") // 30 s after the second PING
            .build();
        assert_eq!(serve(client).await.unwrap(), 2);
        assert_eq!(start.elapsed(), Duration::from_secs(59));
        assert!(real.elapsed() < Duration::from_secs(1));
    }
    // ANCHOR_END: paused

    // ANCHOR: advance
    #[tokio::test(start_paused = true)]
    async fn nothing_happens_until_the_clock_reaches_the_deadline() {
        let (mut client, server) = io::duplex(64);
        // Polled by hand, not spawned: the test decides when it runs.
        let mut handler = tokio_test::task::spawn(serve(server));
        assert_pending!(handler.poll());
        tokio::time::advance(IDLE - Duration::from_millis(1)).await;
        assert_pending!(handler.poll()); // 29.999 s: still waiting
        tokio::time::advance(Duration::from_millis(1)).await;
        assert_eq!(assert_ready!(handler.poll()).unwrap(), 0);
        let mut said = String::new();
        client.read_to_string(&mut said).await.unwrap();
        assert_eq!(said, "TIMEOUT\n");
    }
    // ANCHOR_END: advance

    // ANCHOR: multi
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn many_clients_at_once_on_two_threads() {
        let clients: Vec<_> = (0..20)
            .map(|n| {
                tokio::spawn(async move {
                    let (mut client, server) = io::duplex(64);
                    let handler = tokio::spawn(serve(server));
                    let script = format!("ECHO client {n}\nQUIT\n");
                    client.write_all(script.as_bytes()).await.unwrap();
                    let mut replies = String::new();
                    client.read_to_string(&mut replies).await.unwrap();
                    assert_eq!(handler.await.unwrap().unwrap(), 2);
                    replies
                })
            })
            .collect();
        for (n, client) in clients.into_iter().enumerate() {
            assert_eq!(client.await.unwrap(), format!("client {n}\nBYE\n"));
        }
    }
    // ANCHOR_END: multi
}

#[cfg(test)]
#[path = "../../tests/units/part_28_protocol.rs"]
mod tests;

//! The tests of `listings/src/bin/part_28_protocol.rs`: what its chapter
//! claims. No socket anywhere: `tokio_test::io::Builder` scripts what the
//! handler must read and write, and fails the test on any other write.

use super::*;
use tokio::time::Instant;
use tokio_test::io::Builder;
use tokio_test::{assert_pending, assert_ready};

// ANCHOR: mock
#[tokio::test]
async fn answers_each_command_in_order() {
    let client = Builder::new()
        .read(b"PING\n")
        .write(b"PONG\n")
        .read(b"ECHO hi\n")
        .write(b"hi\n")
        .read(b"QUIT\n")
        .write(b"BYE\n")
        .build();
    // Any other write panics; dropping the mock with a step left panics too.
    assert_eq!(serve(client).await.unwrap(), 3);
}
// ANCHOR_END: mock

#[tokio::test]
async fn a_line_split_across_reads_is_still_one_command() {
    let client = Builder::new()
        .read(b"PI")
        .read(b"NG\nNOPE")
        .read(b"\n")
        .write(b"PONG\n")
        .write(b"ERR unknown\n")
        .build();
    // The end of the script is end of input: the handler stops by itself.
    assert_eq!(serve(client).await.unwrap(), 2);
}

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

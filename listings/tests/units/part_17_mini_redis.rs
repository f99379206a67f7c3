//! The tests of `listings/src/bin/part_17_mini_redis.rs` and its modules:
//! what its chapter claims. (A module of that listing, kept in its own file
//! so that the program the book shows is the program alone.)

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use super::client::{resp_request, Client, Replies};
use super::log::Log;
use super::options::{Mode, Options, USAGE};
use super::protocol::{parse_frame, MAX_REQUEST};
use super::server::{serve, Config};

/// The grace period of most tests: long, so that a slow machine does not
/// make a shutdown cut what it should have finished.
const GRACE: Duration = Duration::from_secs(60);

/// Held while a test starts a process, and while a test checks that a
/// closed listener refuses connections. A child process starts with a copy
/// of every open file of this one, sockets included, until it runs its
/// program (which closes them): a listener dropped meanwhile still listens
/// in the child, and a connection to it succeeds. It happened, once in CI and
/// once in a benchmark, with `help_prints_the_usage_and_exits_with_0`
/// running beside the shutdown test.
static STARTING_PROCESSES: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// A server on a free port, with its log lines and its stop switch.
struct TestServer {
    address: SocketAddr,
    log: mpsc::UnboundedReceiver<String>,
    /// The log lines read so far.
    seen: Vec<String>,
    stop: mpsc::UnboundedSender<()>,
    task: tokio::task::JoinHandle<()>,
}

async fn start(max_connections: usize) -> TestServer {
    start_with_grace(max_connections, GRACE).await
}

async fn start_with_grace(max_connections: usize, grace: Duration) -> TestServer {
    start_on("127.0.0.1:0", max_connections, grace).await
}

/// Starts a server listening on `address` (port 0: one the OS picks).
///
/// With a backlog of 4,096 connections not yet accepted, not the 1,024 of
/// `TcpListener::bind`: when 1,000 clients connect at once, Linux drops some
/// of their handshakes past that (its `ListenOverflows` counter), and each
/// dropped client tries again a second later. The test of 1,000 clients took
/// 1.4 s instead of 0.4 s.
async fn start_on(address: &str, max_connections: usize, grace: Duration) -> TestServer {
    let address: SocketAddr = address.parse().unwrap();
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_reuseaddr(true).unwrap();
    socket.bind(address).unwrap();
    let listener = socket.listen(4096).unwrap();
    let address = listener.local_addr().unwrap();
    let (log, log_lines) = mpsc::unbounded_channel();
    let (stop, stop_requests) = mpsc::unbounded_channel();
    let config = Config {
        max_connections,
        grace,
        log: Log::Lines(log),
    };
    let task = tokio::spawn(serve(listener, config, stop_requests));
    TestServer {
        address,
        log: log_lines,
        seen: Vec::new(),
        stop,
        task,
    }
}

impl TestServer {
    async fn client(&self) -> Client {
        Client::connect(self.address).await.unwrap()
    }

    /// Waits for a log line containing `text`; returns it.
    async fn wait_for_log(&mut self, text: &str) -> String {
        loop {
            let line = self.log.recv().await.expect("server still logging");
            self.seen.push(line.clone());
            if line.contains(text) {
                return line;
            }
        }
    }

    /// Stops the server (one stop request, as one Ctrl-C) and returns its
    /// whole log. Drop the clients first: the server waits (up to `LINGER`)
    /// for each connected client to close its side.
    async fn stop(self) -> Vec<String> {
        let _ = self.stop.send(());
        self.finish().await
    }

    /// Waits for the server to return (stop it first), then returns its
    /// whole log.
    async fn finish(mut self) -> Vec<String> {
        self.task.await.unwrap();
        while let Some(line) = self.log.recv().await {
            self.seen.push(line);
        }
        self.seen
    }
}

/// Sends one line, returns the reply line.
async fn ask(client: &mut Client, line: &str) -> String {
    client.send(format!("{line}\n").as_bytes()).await.unwrap();
    client.line().await.unwrap().expect("a reply, not EOF")
}

/// Sends one RESP request, returns the raw reply.
async fn ask_resp(client: &mut Client, words: &[&[u8]]) -> Vec<u8> {
    client.send(&resp_request(words)).await.unwrap();
    client.resp().await.unwrap().expect("a reply, not EOF")
}

/// Reads until the server has closed: EOF (or a reset, which can only
/// come after the data before it has been read).
async fn assert_closed(replies: &mut Replies) {
    let mut rest = Vec::new();
    match replies.0.read_to_end(&mut rest).await {
        Ok(_) => assert!(rest.is_empty(), "unexpected bytes: {}", rest.escape_ascii()),
        Err(e) => assert_eq!(e.kind(), std::io::ErrorKind::ConnectionReset),
    }
}

#[tokio::test]
async fn line_protocol_session() {
    let server = start(10).await;
    let mut nc = server.client().await;
    assert_eq!(ask(&mut nc, "PUT greeting hello,  world ").await, "OK");
    assert_eq!(ask(&mut nc, "GET greeting").await, "OK hello,  world ");
    assert_eq!(ask(&mut nc, "get greeting").await, "OK hello,  world ");
    assert_eq!(ask(&mut nc, "gEt   greeting").await, "OK hello,  world ");
    assert_eq!(ask(&mut nc, "DEL greeting").await, "OK");
    assert_eq!(ask(&mut nc, "GET greeting").await, "NONE");
    assert_eq!(ask(&mut nc, "del greeting").await, "OK");
    assert_eq!(ask(&mut nc, "FLY me").await, "ERROR unknown command 'FLY'");
    assert_eq!(ask(&mut nc, "").await, "ERROR empty command");
    assert_eq!(ask(&mut nc, "GET").await, "ERROR GET takes one key");
    assert_eq!(ask(&mut nc, "GET a b").await, "ERROR GET takes one key");
    assert_eq!(
        ask(&mut nc, "SET a b").await,
        "OK",
        "SET is PUT's other name"
    );
    assert_eq!(
        ask(&mut nc, "ping").await,
        "PONG",
        "the line protocol stays"
    );
    assert_eq!(ask(&mut nc, "QUIT").await, "OK");
    assert_closed(&mut nc.replies).await;
    drop(nc);
    server.stop().await;
}

#[tokio::test]
async fn put_without_a_value_is_an_error_and_stores_nothing() {
    let server = start(10).await;
    let mut nc = server.client().await;
    assert_eq!(
        ask(&mut nc, "PUT key").await,
        "ERROR PUT takes a key and a value"
    );
    assert_eq!(
        ask(&mut nc, "PUT key   ").await,
        "ERROR PUT takes a key and a value"
    );
    assert_eq!(ask(&mut nc, "GET key").await, "NONE");
    drop(nc);
    server.stop().await;
}

#[tokio::test]
async fn lf_and_crlf_both_end_a_line() {
    let server = start(10).await;
    let mut nc = server.client().await;
    nc.send(b"PUT a 1\r\n").await.unwrap();
    assert_eq!(nc.line().await.unwrap().unwrap(), "OK");
    nc.send(b"GET a\n").await.unwrap();
    assert_eq!(
        nc.line().await.unwrap().unwrap(),
        "OK 1",
        "no \\r kept in the value"
    );
    nc.send(b"GET a\r\n").await.unwrap();
    assert_eq!(
        nc.line().await.unwrap().unwrap(),
        "OK 1",
        "nor cut from the key"
    );
    drop(nc);
    server.stop().await;
}

#[tokio::test]
async fn eof_ends_the_connection_once() {
    let mut server = start(10).await;
    let mut nc = server.client().await;
    nc.send(b"PUT a 1\n").await.unwrap();
    nc.requests.shutdown().await.unwrap(); // EOF for the server
    assert_eq!(nc.line().await.unwrap().unwrap(), "OK");
    assert_closed(&mut nc.replies).await;
    server.wait_for_log("#1 disconnected").await;
    let log = server.stop().await;
    let expected = [
        "#1 disconnected",
        "shutting down, open connections: 0, grace period: 60s",
        "stopped",
    ];
    assert_eq!(
        log[log.len() - 3..],
        expected,
        "one disconnect, no ERROR loop"
    );
}

#[tokio::test]
async fn resp_session() {
    let server = start(10).await;
    let mut cli = server.client().await;
    assert_eq!(ask_resp(&mut cli, &[b"PING"]).await, b"+PONG\r\n");
    assert_eq!(
        ask_resp(&mut cli, &[b"SET", b"k", b"v w"]).await,
        b"+OK\r\n"
    );
    assert_eq!(ask_resp(&mut cli, &[b"get", b"k"]).await, b"$3\r\nv w\r\n");
    // Binary-safe: a value may hold CR, LF, anything.
    let odd: &[u8] = b"a\r\nb\0c";
    assert_eq!(ask_resp(&mut cli, &[b"PUT", b"k", odd]).await, b"+OK\r\n");
    assert_eq!(
        ask_resp(&mut cli, &[b"GET", b"k"]).await,
        b"$6\r\na\r\nb\0c\r\n"
    );
    assert_eq!(ask_resp(&mut cli, &[b"DEL", b"k"]).await, b":1\r\n");
    assert_eq!(ask_resp(&mut cli, &[b"DEL", b"k"]).await, b":0\r\n");
    assert_eq!(ask_resp(&mut cli, &[b"GET", b"k"]).await, b"$-1\r\n");
    assert_eq!(
        ask_resp(&mut cli, &[b"SET", b"k"]).await,
        b"-ERR SET takes a key and a value\r\n"
    );
    assert_eq!(
        ask_resp(&mut cli, &[b"CONFIG", b"GET", b"save"]).await,
        b"-ERR unknown command 'CONFIG'\r\n"
    );
    // An inline command on a RESP connection gets a RESP reply.
    cli.send(b"GET missing\r\n").await.unwrap();
    assert_eq!(cli.resp().await.unwrap().unwrap(), b"$-1\r\n");
    assert_eq!(ask_resp(&mut cli, &[b"QUIT"]).await, b"+OK\r\n");
    assert_closed(&mut cli.replies).await;
    drop(cli);
    server.stop().await;
}

#[tokio::test]
async fn an_inline_ping_first_means_resp() {
    // What redis-benchmark's PING_INLINE test sends.
    let server = start(10).await;
    let mut bench = server.client().await;
    bench
        .send(b"PING\r\nPING\r\nSET k v\r\nGET k\r\n")
        .await
        .unwrap();
    for expected in [&b"+PONG\r\n"[..], b"+PONG\r\n", b"+OK\r\n", b"$1\r\nv\r\n"] {
        assert_eq!(bench.resp().await.unwrap().unwrap(), expected);
    }
    drop(bench);
    server.stop().await;
}

#[tokio::test]
async fn pipelined_requests_get_every_reply_in_order() {
    let server = start(10).await;
    // RESP: 2,000 requests in one write, replies read afterwards.
    let mut cli = server.client().await;
    let mut batch = Vec::new();
    for i in 0..1000 {
        let key = format!("key{i}");
        batch.extend(resp_request(&[
            b"SET",
            key.as_bytes(),
            i.to_string().as_bytes(),
        ]));
        batch.extend(resp_request(&[b"GET", key.as_bytes()]));
    }
    cli.send(&batch).await.unwrap();
    for i in 0..1000 {
        assert_eq!(cli.resp().await.unwrap().unwrap(), b"+OK\r\n");
        let value = i.to_string();
        let expected = format!("${}\r\n{value}\r\n", value.len());
        assert_eq!(cli.resp().await.unwrap().unwrap(), expected.as_bytes());
    }
    // The line protocol, pipelined the same way.
    let mut nc = server.client().await;
    let batch: String = (0..1000).map(|i| format!("GET key{i}\n")).collect();
    nc.send(batch.as_bytes()).await.unwrap();
    for i in 0..1000 {
        assert_eq!(nc.line().await.unwrap().unwrap(), format!("OK {i}"));
    }
    drop((cli, nc));
    server.stop().await;
}

#[tokio::test]
async fn half_closed_client_gets_every_reply() {
    let server = start(10).await;
    let mut nc = server.client().await;
    let batch: String = (0..500)
        .map(|i| format!("PUT k{i} v{i}\nGET k{i}\n"))
        .collect();
    nc.send(batch.as_bytes()).await.unwrap();
    nc.requests.shutdown().await.unwrap(); // "no more requests"
    for i in 0..500 {
        assert_eq!(nc.line().await.unwrap().unwrap(), "OK");
        assert_eq!(nc.line().await.unwrap().unwrap(), format!("OK v{i}"));
    }
    assert_closed(&mut nc.replies).await;
    server.stop().await;
}

/// Each malformed input gets one error reply, then the server closes.
async fn assert_rejected(input: &[u8], expected: &[u8]) {
    let mut server = start(10).await;
    let Client {
        mut replies,
        mut requests,
    } = server.client().await;
    // Write from another task: the server may stop reading (and close)
    // before a long input is all sent; a failed write is expected then.
    let input = input.to_vec();
    let sending = tokio::spawn(async move {
        let _ = requests.write_all(&input).await;
    });
    let mut reply = Vec::new();
    replies.0.read_until(b'\n', &mut reply).await.unwrap();
    assert_eq!(
        reply.escape_ascii().to_string(),
        expected.escape_ascii().to_string()
    );
    assert_closed(&mut replies).await;
    sending.await.unwrap(); // the write half is dropped: EOF for the server
    drop(replies);
    server.wait_for_log("#1 disconnected").await;
    server.stop().await;
}

#[tokio::test]
async fn malformed_resp_gets_an_error_and_a_close() {
    let cases: [(&[u8], &str); 9] = [
        (b"*-1\r\n", "invalid array length '-1'"),
        (b"*-5\r\n$3\r\nGET\r\n", "invalid array length '-5'"),
        (b"*0\r\n", "invalid array length 0"),
        (b"*99999999\r\n", "invalid array length 99999999"),
        (b"*1\r\n$-1\r\n", "invalid bulk length '-1'"),
        (b"*1\r\n$999999999\r\n", "request longer than 65536 bytes"),
        (b"*2\r\n:5\r\n", "expected '$', got ':5'"),
        (b"*2\r\n$3\r\nGETxx\r\n", "bulk string not followed by CRLF"),
        (&[b'*'; 100], "array header longer than 16 bytes"),
    ];
    for (input, reason) in cases {
        let expected = format!("-ERR Protocol error: {reason}\r\n");
        assert_rejected(input, expected.as_bytes()).await;
    }
}

#[tokio::test]
async fn an_over_long_line_gets_an_error_and_a_close() {
    let line = vec![b'a'; 10 * MAX_REQUEST]; // no newline, ever
    let expected = b"ERROR Protocol error: line longer than 65536 bytes\n";
    assert_rejected(&line, expected).await;
    // An over-long value in a well-formed array, too.
    let big = vec![b'v'; MAX_REQUEST];
    let request = resp_request(&[b"SET", b"k", &big]);
    let expected = b"-ERR Protocol error: request longer than 65536 bytes\r\n";
    assert_rejected(&request, expected).await;
}

#[test]
fn frames_split_anywhere_parse_the_same() {
    let request = resp_request(&[b"SET", b"key", b"a value"]);
    for cut in 0..request.len() {
        assert_eq!(parse_frame(&request[..cut]), Ok(None), "cut at {cut}");
    }
    let frame = parse_frame(&request).unwrap().unwrap();
    assert_eq!(frame.words, [&b"SET"[..], b"key", b"a value"]);
    assert_eq!(frame.len, request.len());
    let line = b"PUT key a value\r\n";
    for cut in 0..line.len() {
        assert_eq!(parse_frame(&line[..cut]), Ok(None), "cut at {cut}");
    }
    let frame = parse_frame(line).unwrap().unwrap();
    assert_eq!(frame.words, [&b"PUT"[..], b"key", b"a value"]);
}

#[tokio::test]
async fn frames_split_across_writes_are_reassembled() {
    let server = start(10).await;
    let mut cli = server.client().await;
    cli.requests.as_ref().set_nodelay(true).unwrap();
    let mut request = resp_request(&[b"SET", b"key", b"a value"]);
    request.extend(resp_request(&[b"GET", b"key"]));
    for byte in request.chunks(1) {
        cli.send(byte).await.unwrap(); // one segment per byte
    }
    assert_eq!(cli.resp().await.unwrap().unwrap(), b"+OK\r\n");
    assert_eq!(cli.resp().await.unwrap().unwrap(), b"$7\r\na value\r\n");
    drop(cli);
    server.stop().await;
}

#[tokio::test]
async fn excess_connections_get_an_error_then_a_close() {
    let mut server = start(2).await;
    let mut first = server.client().await;
    let mut second = server.client().await;
    assert_eq!(ask(&mut first, "PING").await, "+PONG\r");
    assert_eq!(ask(&mut second, "PING").await, "+PONG\r");
    let mut third = server.client().await;
    assert_eq!(
        third.line().await.unwrap().unwrap(),
        "-ERR max number of clients reached\r"
    );
    assert_closed(&mut third.replies).await;
    // When one leaves, the next client is served.
    drop(first);
    server.wait_for_log("#1 disconnected").await; // logged after its permit is freed
    let mut fourth = server.client().await;
    assert_eq!(ask(&mut fourth, "GET x").await, "NONE");
    drop((second, third, fourth));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_clients_keep_every_acknowledged_write() {
    const CLIENTS: usize = 1000;
    raise_open_file_limit(2 * CLIENTS as u64 + 200);
    let server = start(CLIENTS).await;
    // All clients connect before any of them writes: the barrier makes
    // the 1,000 connections open at the same time.
    let barrier = Arc::new(tokio::sync::Barrier::new(CLIENTS));
    let mut clients = JoinSet::new();
    for i in 0..CLIENTS {
        let (address, barrier) = (server.address, barrier.clone());
        clients.spawn(async move {
            let mut client = Client::connect(address).await.unwrap();
            barrier.wait().await;
            let (key, value) = (format!("client{i}"), format!("value {i}"));
            let reply = ask_resp(&mut client, &[b"SET", key.as_bytes(), value.as_bytes()]).await;
            assert_eq!(reply, b"+OK\r\n");
            let reply = ask_resp(&mut client, &[b"GET", key.as_bytes()]).await;
            assert_eq!(reply, format!("${}\r\n{value}\r\n", value.len()).as_bytes());
            (key, value)
        });
    }
    let acknowledged = clients.join_all().await;
    assert_eq!(acknowledged.len(), CLIENTS);
    // Every acknowledged write is there for a new client too.
    let mut checker = server.client().await;
    for (key, value) in acknowledged {
        assert_eq!(
            ask(&mut checker, &format!("GET {key}")).await,
            format!("OK {value}")
        );
    }
    drop(checker);
    server.stop().await;
}

/// 1,000 clients and their server ends need 2,000 file descriptors in
/// this process; the default soft limit is often 1,024. Raise it (up to
/// the hard limit) if needed.
fn raise_open_file_limit(needed: u64) {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit only read or write the struct we pass.
    unsafe {
        assert_eq!(libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit), 0);
        if limit.rlim_cur >= needed {
            return;
        }
        assert!(
            limit.rlim_max >= needed,
            "this test needs {needed} open files; the hard limit is {}",
            limit.rlim_max
        );
        limit.rlim_cur = needed;
        assert_eq!(libc::setrlimit(libc::RLIMIT_NOFILE, &limit), 0);
    }
}

#[tokio::test]
async fn shutdown_sends_the_replies_in_flight_then_closes() {
    let mut server = start(10).await;
    let mut idle = server.client().await;
    assert_eq!(ask(&mut idle, "PUT a 1").await, "OK");
    // A client with a tiny receive window pipelines 400 GETs of a 60 kB
    // value: 24 MB of replies. It reads nothing until shutdown has
    // begun, so the server is stuck writing them; then it sends 400
    // more GETs, which the server will not read.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut cli = Client::new(socket.connect(server.address).await.unwrap());
    let big = vec![b'x'; 60_000];
    assert_eq!(
        ask_resp(&mut cli, &[b"SET", b"big", &big]).await,
        b"+OK\r\n"
    );
    let Client {
        mut replies,
        mut requests,
    } = cli;
    let gets = resp_request(&[b"GET", b"big"]).repeat(400);
    requests.write_all(&gets).await.unwrap();
    server.wait_for_log("#2 -> OK xxx").await; // the server is answering
    let _ = server.stop.send(());
    server
        .wait_for_log("shutting down, open connections: 2")
        .await;
    let sending = tokio::spawn(async move {
        requests.write_all(&gets).await.unwrap();
        requests.shutdown().await.unwrap();
    });
    // Every reply is whole, and holds the value acknowledged before the
    // stop request.
    let expected = [&b"$60000\r\n"[..], &big, b"\r\n"].concat();
    let mut received = 0;
    while let Some(reply) = replies.resp().await.unwrap() {
        assert!(reply == expected, "a whole reply, with the stored value");
        received += 1;
    }
    assert_closed(&mut idle.replies).await;
    drop(idle);
    sending.await.unwrap();
    let log = server.finish().await;
    // Every GET reply the server logged arrived, although unread
    // requests were left when it closed (see `close`), and no connection
    // was cut: a client that keeps reading gets all it is owed.
    let logged = log.iter().filter(|l| l.starts_with("#2 -> OK xxx")).count();
    assert_eq!(received, logged);
    assert!(logged > 0);
    assert!(!log.iter().any(|l| l.contains("cut")), "{log:?}");
    assert_eq!(log.last().unwrap(), "stopped");
}

/// A client that asks for 24 MB of replies and reads none of them: the
/// server is soon stuck in a write to it, and would wait forever.
async fn stuck_client(server: &mut TestServer) -> Client {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    let mut client = Client::new(socket.connect(server.address).await.unwrap());
    let big = vec![b'x'; 60_000];
    let reply = ask_resp(&mut client, &[b"SET", b"big", &big]).await;
    assert_eq!(reply, b"+OK\r\n");
    // One write, which the server reads at once: 400 GETs in one batch.
    let gets = resp_request(&[b"GET", b"big"]).repeat(400);
    client.send(&gets).await.unwrap();
    server.wait_for_log("-> OK xxx").await; // the server is answering
    client
}

// On tokio's paused clock (part 11), time jumps to the next timer when no
// task can run: here, to the end of the grace period, since the stuck
// connection cannot move. So the time it took is exact.
#[tokio::test(start_paused = true)]
async fn shutdown_cuts_what_is_left_when_the_grace_period_is_over() {
    let grace = Duration::from_secs(5);
    // Once the server drops its listener, its port is free, and another test
    // binding 127.0.0.1:0 meanwhile could be given it. Linux routes all of
    // 127.0.0.0/8 to loopback, and no other test listens on 127.0.0.17.
    let mut server = start_on("127.0.0.17:0", 10, grace).await;
    let mut idle = server.client().await;
    assert_eq!(ask(&mut idle, "PING").await, "+PONG\r");
    let stuck = stuck_client(&mut server).await;
    let idle = tokio::spawn(async move { assert_closed(&mut idle.replies).await });

    let start = tokio::time::Instant::now();
    let no_process_starting = STARTING_PROCESSES.lock().await;
    server.stop.send(()).unwrap();
    server
        .wait_for_log("shutting down, open connections: 2")
        .await;
    let refused = tokio::net::TcpStream::connect(server.address).await;
    assert_eq!(
        refused.unwrap_err().kind(),
        std::io::ErrorKind::ConnectionRefused,
        "no new client once shutdown has begun"
    );
    drop(no_process_starting);
    let log = server.finish().await;
    assert_eq!(
        start.elapsed(),
        grace,
        "the server stops when the grace period is over"
    );
    idle.await.unwrap(); // the idle client was closed, not cut
    let end = [
        "#1 disconnected",
        "grace period over, connections cut: 1",
        "stopped",
    ];
    assert_eq!(log[log.len() - 3..], end, "{log:?}");
    drop(stuck);
}

#[tokio::test(start_paused = true)]
async fn a_second_stop_request_cuts_at_once() {
    let mut server = start_with_grace(10, Duration::from_secs(5)).await;
    let stuck = stuck_client(&mut server).await;
    let start = tokio::time::Instant::now();
    server.stop.send(()).unwrap();
    server
        .wait_for_log("shutting down, open connections: 1")
        .await;
    server.stop.send(()).unwrap(); // a second Ctrl-C
    let log = server.finish().await;
    assert_eq!(
        start.elapsed(),
        Duration::ZERO,
        "no wait for the grace period"
    );
    let end = ["second stop request, connections cut: 1", "stopped"];
    assert_eq!(log[log.len() - 2..], end, "{log:?}");
    drop(stuck);
}

#[test]
fn command_line() {
    let args = |s: &str| s.split_whitespace().map(String::from).collect::<Vec<_>>();
    assert_eq!(Mode::parse(&[]), Ok(Mode::Demo));
    assert_eq!(
        Mode::parse(&args("--serve --port 0 --quiet")),
        Ok(Mode::Serve(Options {
            port: 0,
            quiet: true,
            max_connections: 10_000,
            grace: Duration::from_secs(5),
        }))
    );
    let Ok(Mode::Serve(options)) = Mode::parse(&args("--serve --grace 0.25")) else {
        panic!("--grace takes seconds");
    };
    assert_eq!(options.grace, Duration::from_millis(250));
    for help in ["--help", "-h", "--serve --help", "--bogus --help"] {
        assert_eq!(Mode::parse(&args(help)), Ok(Mode::Help), "{help}");
    }
    let problems = [
        (
            "--serve --port 99999",
            "--port: '99999' is not a port number",
        ),
        ("--serve --port", "--port needs a value"),
        (
            "--serve --max-connections 0",
            "--max-connections: '0' is not a count",
        ),
        (
            "--serve --grace -1",
            "--grace: '-1' is not a number of seconds",
        ),
        (
            "--serve --grace soon",
            "--grace: 'soon' is not a number of seconds",
        ),
        ("--serve --verbose", "unknown argument '--verbose'"),
        ("--quiet", "options given without --serve"),
    ];
    for (line, problem) in problems {
        assert_eq!(Mode::parse(&args(line)), Err(problem.to_string()));
    }
}

/// `--help` prints the usage and exits with 0; a wrong option prints it to
/// stderr and exits with 2. This runs the real program (see
/// `listings::program` for where it is found).
#[test]
fn help_prints_the_usage_and_exits_with_0() {
    let program = listings::program(
        "part_17_mini_redis",
        option_env!("CARGO_BIN_EXE_part_17_mini_redis"),
    );
    let run = |args: &[&str]| {
        let _starting = STARTING_PROCESSES.blocking_lock();
        std::process::Command::new(&program)
            .args(args)
            .output()
            .unwrap()
    };
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&help.stdout), format!("{USAGE}\n"));
    let wrong = run(&["--serve", "--bogus"]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).ends_with(&format!("{USAGE}\n")));
}

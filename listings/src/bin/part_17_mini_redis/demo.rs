//! The scripted demo that `cargo run` (with no arguments) shows: it starts
//! the server on a free port, talks to it as `nc` and as `redis-cli` would,
//! stops it as Ctrl-C does, and prints it all, with the server's log.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::mpsc;

use super::client::{resp_request, Client};
use super::log::Log;
use super::server::{serve, Config};

pub async fn run() -> std::io::Result<()> {
    // ANCHOR: start
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let (log_lines, lines) = mpsc::unbounded_channel();
    let config = Config {
        max_connections: 100,
        grace: Duration::from_millis(500),
        log: Log::Lines(log_lines),
    };
    // What Ctrl-C is to `main`: each message on this channel is a stop request.
    let (stop, stop_requests) = mpsc::unbounded_channel();
    let server = tokio::spawn(serve(listener, config, stop_requests));
    // ANCHOR_END: start
    let mut log = ServerLog {
        lines,
        unprinted: VecDeque::new(),
    };

    println!("== the line protocol, as typed into `nc 127.0.0.1 1337` ==");
    let mut nc = Client::connect(address).await?;
    for request in [
        "PUT greeting hello, world",
        "get greeting",
        "PUT lonely",
        "GET lonely",
        "FLY me to the moon",
        "DEL greeting",
        "GET greeting",
        "QUIT",
    ] {
        nc.send(format!("{request}\n").as_bytes()).await?;
        let reply = nc.line().await?.unwrap_or_default();
        println!("{request:<28}-> {reply}");
    }
    if nc.line().await?.is_none() {
        println!("(the server closed the connection)");
    }
    drop(nc);
    log.print_until("#1 disconnected", &[]).await;

    println!("\n== RESP, as `redis-cli` sends it ==");
    let mut cli = Client::connect(address).await?;
    let requests: [&[&[u8]]; 5] = [
        &[b"PING"],
        &[b"SET", b"greeting", b"hello, world"],
        &[b"GET", b"greeting"],
        &[b"DEL", b"greeting"],
        &[b"GET", b"greeting"],
    ];
    for words in requests {
        let request = resp_request(words);
        cli.send(&request).await?;
        let reply = cli.resp().await?.unwrap_or_default();
        println!("{:<36}-> {}", crlf(&request), crlf(&reply));
    }
    // Garbage: an array with a negative length. Error, then close.
    cli.send(b"*-1\r\n").await?;
    let reply = cli.resp().await?.unwrap_or_default();
    println!("{:<36}-> {}", crlf(b"*-1\r\n"), crlf(&reply));
    if cli.resp().await?.is_none() {
        println!("(the server closed the connection)");
    }
    drop(cli);
    log.print_until("#2 disconnected", &[]).await;

    // ANCHOR: shutdown
    println!("\n== shutdown, as on Ctrl-C: one client idle, one that stopped reading ==");
    let mut idle = Client::connect(address).await?;
    idle.send(b"PING\n").await?;
    idle.resp().await?;
    // The other one asks for 1,000 copies of a 60 kB value and reads none
    // of the replies: the server is soon stuck writing to it.
    let mut stuck = Client::connect(address).await?;
    let big = vec![b'x'; 60_000];
    stuck.send(&resp_request(&[b"SET", b"big", &big])).await?;
    stuck.resp().await?;
    stuck
        .send(&resp_request(&[b"GET", b"big"]).repeat(1000))
        .await?;
    log.wait_for("#4 -> OK xxx").await; // the server is answering

    let _ = stop.send(()); // as Ctrl-C does in `main`
    if idle.resp().await?.is_none() {
        println!("(the server closed the idle connection)");
    }
    drop(idle);
    server.await?; // returns once the grace period is over
    drop(stuck); // only now: a client that leaves is not cut
    println!("(#4's GETs and their replies are left out of the log below: how many");
    println!(" the server answers before the buffers fill varies from run to run)");
    log.print_until("stopped", &["#4 <- GET", "#4 -> OK xxx"])
        .await;
    // ANCHOR_END: shutdown
    Ok(())
}

/// Bytes as text, with CR and LF shown as `\r` and `\n`.
fn crlf(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .replace('\r', "\\r")
        .replace('\n', "\\n")
}

/// The server's log, as the demo reads it from the channel.
struct ServerLog {
    lines: mpsc::UnboundedReceiver<String>,
    /// Lines received and not printed yet.
    unprinted: VecDeque<String>,
}

impl ServerLog {
    /// Waits for a line that contains `text`; it and the lines before it
    /// are kept for `print_until`.
    async fn wait_for(&mut self, text: &str) {
        while !self.unprinted.iter().any(|line| line.contains(text)) {
            match self.lines.recv().await {
                Some(line) => self.unprinted.push_back(line),
                None => return, // the server has stopped
            }
        }
    }

    /// Prints the lines up to the first that contains `last`, but not those
    /// that contain one of `left_out`. A client's port, a new one each run,
    /// is printed as `PORT`.
    async fn print_until(&mut self, last: &str, left_out: &[&str]) {
        self.wait_for(last).await;
        while let Some(line) = self.unprinted.pop_front() {
            if !left_out.iter().any(|text| line.contains(text)) {
                match line.split_once(" from 127.0.0.1:") {
                    Some((head, _port)) => println!("log: {head} from 127.0.0.1:PORT"),
                    None => println!("log: {line}"),
                }
            }
            if line.contains(last) {
                break;
            }
        }
    }
}

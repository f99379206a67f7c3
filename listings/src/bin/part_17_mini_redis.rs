//! Part 17: a mini redis. One shared key-value store behind a TCP server that
//! speaks two protocols on one port: the original's line protocol (try it
//! with `nc`) and enough of RESP, Redis's own protocol, for `redis-cli` and
//! `redis-benchmark`.
//!
//! With no arguments it runs a scripted demo against itself and exits:
//!     cargo run -p listings --bin part_17_mini_redis
//! With `--serve` it serves on 127.0.0.1:1337 until Ctrl-C (`--help` for
//! the options):
//!     cargo run -p listings --bin part_17_mini_redis -- --serve

// ANCHOR: modules
// One file per concern, in part_17_mini_redis/. (Each `#[path]` names its
// file, so that the tests can compile this listing as a module too.)
#[path = "part_17_mini_redis/client.rs"]
mod client; // a small client, for the demo and the tests
#[path = "part_17_mini_redis/connection.rs"]
mod connection; // one client: read, answer, write, close
#[path = "part_17_mini_redis/demo.rs"]
mod demo; // what `cargo run` shows
#[path = "part_17_mini_redis/log.rs"]
mod log; // where log lines go
#[path = "part_17_mini_redis/options.rs"]
mod options; // the command line
#[path = "part_17_mini_redis/protocol.rs"]
mod protocol; // requests parsed, replies written: bytes only
#[path = "part_17_mini_redis/server.rs"]
mod server; // the accept loop and the shutdown
#[path = "part_17_mini_redis/store.rs"]
mod store; // the commands and the shared map
           // ANCHOR_END: modules

use std::process::ExitCode;

use tokio::net::TcpListener;
use tokio::sync::mpsc;

use log::Log;
use options::{Mode, USAGE};
use server::{serve, Config};

// ANCHOR: main
#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match Mode::parse(&args) {
        Ok(Mode::Serve(options)) => options,
        Ok(Mode::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Mode::Demo) => {
            return match demo::run().await {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("demo failed: {e}");
                    ExitCode::FAILURE
                }
            };
        }
        Err(problem) => {
            eprintln!("error: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match TcpListener::bind(("127.0.0.1", options.port)).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {e}", options.port);
            return ExitCode::FAILURE;
        }
    };
    if let Ok(address) = listener.local_addr() {
        // Scripts wait for this line to learn the port (`--port 0`).
        println!("listening on {address}");
    }
    let config = Config {
        max_connections: options.max_connections,
        grace: options.grace,
        log: if options.quiet {
            Log::Quiet
        } else {
            Log::Stdout
        },
    };
    let (stop, stop_requests) = mpsc::unbounded_channel();
    tokio::spawn(forward_ctrl_c(stop));
    serve(listener, config, stop_requests).await;
    ExitCode::SUCCESS
}

/// Turns each Ctrl-C into a stop request: the first starts the shutdown, the
/// second cuts it short. If the handler cannot be installed, no request
/// ever comes, and the server runs until killed.
async fn forward_ctrl_c(stop: mpsc::UnboundedSender<()>) {
    loop {
        if let Err(e) = tokio::signal::ctrl_c().await {
            eprintln!("cannot listen for Ctrl-C ({e}); stop the server with kill");
            return;
        }
        if stop.send(()).is_err() {
            return; // the server has stopped
        }
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_17_mini_redis.rs"]
mod tests;

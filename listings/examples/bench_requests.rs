//! The benchmark of part 13: many requests to the local server, one at a time
//! or with at most N in flight, reporting requests per second and the
//! process's peak memory. Not a test: run it by hand, in release mode.
//!
//! ```console
//! $ cargo run --release -p listings --example bench_requests -- sequential 10000
//! $ cargo run --release -p listings --example bench_requests -- bounded 10000 100
//! ```
//!
//! The server runs in this process, on a thread of its own with a
//! current-thread runtime (as `listings::server::spawn` starts it); the
//! client uses a multi-thread runtime with a worker per core. Each mode runs
//! in a process of its own, so the peak memory (`VmHWM` from
//! /proc/self/status, Linux only) is that mode's.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use futures::stream::{self, StreamExt};
use reqwest::Client;

const USAGE: &str = "usage: bench_requests (sequential N | bounded N LIMIT)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize| {
        args.get(i)
            .and_then(|a| a.parse::<usize>().ok())
            .filter(|&n| n > 0)
    };
    let (mode, requests, limit) = match (args.first().map(String::as_str), number(1), number(2)) {
        (Some("sequential"), Some(n), None) => ("sequential", n, 1),
        (Some("bounded"), Some(n), Some(limit)) => ("bounded", n, limit),
        _ => {
            eprintln!("{USAGE}\n(got: {})", args.join(" "));
            return ExitCode::FAILURE;
        }
    };
    match run(requests, limit) {
        Ok((elapsed, sum)) => {
            let per_second = requests as f64 / elapsed.as_secs_f64();
            println!(
                "{mode}: {requests} requests, at most {limit} at once, in {:.2} s: {per_second:.0} requests/s",
                elapsed.as_secs_f64()
            );
            println!(
                "check: the counts add up to {sum} (expected {})",
                requests * (requests + 1) / 2
            );
            match peak_memory() {
                Some(peak) => println!("peak memory (VmHWM): {peak}"),
                None => println!("peak memory: unknown (no /proc/self/status)"),
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("bench_requests: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Sends `requests` GET /count?delay=0, at most `limit` at once; returns the
/// time taken and the sum of the counts (which checks that every one counted).
fn run(requests: usize, limit: usize) -> Result<(Duration, u64), Box<dyn std::error::Error>> {
    let server = listings::server::spawn()?;
    let url = server.count_url(0.0);
    let runtime = tokio::runtime::Runtime::new()?;
    let client = Client::builder()
        .timeout(Duration::from_secs(30))
        .no_proxy()
        .build()?;
    runtime.block_on(async {
        let started = Instant::now();
        let counts: Vec<reqwest::Result<u64>> = stream::iter(0..requests)
            .map(|_| async {
                let response = client.get(&url).send().await?.error_for_status()?;
                response.json::<u64>().await
            })
            .buffer_unordered(limit)
            .collect()
            .await;
        let elapsed = started.elapsed();
        let mut sum = 0;
        for count in counts {
            sum += count?;
        }
        Ok((elapsed, sum))
    })
}

/// The process's peak resident memory, as the kernel reports it.
fn peak_memory() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    Some(line.trim_start_matches("VmHWM:").trim().to_owned())
}

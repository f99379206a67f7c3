//! Part 14: blocking calls from async code. Five blocking HTTP requests
//! (`reqwest::blocking`, the counterpart of Python's `requests`) run on
//! tokio's blocking pool with `spawn_blocking`, and their answers are
//! collected in the order they arrive.
//!
//! Run it: cargo run -p listings --bin part_14_spawn_blocking
//! (It runs on the real clock: blocking calls do not move tokio's paused
//! clock. The output shows orders, not times; the tests check the times.)

use std::time::Duration;

use reqwest::blocking::Client;
use tokio::task::JoinSet;

/// The server's delays are given in units of 100 ms.
const UNIT: f64 = 0.1;

// ANCHOR: fetch
/// A blocking GET of `/count?delay=...`: returns the server's count. This is
/// ordinary synchronous code; it holds its thread until the answer is in.
fn fetch_count(client: &Client, url: &str) -> reqwest::Result<u64> {
    client.get(url).send()?.error_for_status()?.json()
}
// ANCHOR_END: fetch

// ANCHOR: run
/// Starts one blocking request per delay (in units) on the blocking pool;
/// returns (delay, count) in the order the answers arrive.
async fn fetch_all(
    server: &listings::server::Server,
    client: &Client,
    delays: &[u32],
) -> Vec<(u32, u64)> {
    let mut requests = JoinSet::new();
    for &delay in delays {
        let url = server.count_url(f64::from(delay) * UNIT);
        let client = client.clone(); // a handle to the same client and pool
        requests.spawn_blocking(move || (delay, fetch_count(&client, &url)));
    }
    let mut answers = Vec::new();
    while let Some(finished) = requests.join_next().await {
        let (delay, count) = finished.expect("a request panicked");
        answers.push((delay, count.expect("the local server answers")));
    }
    answers
}
// ANCHOR_END: run

// ANCHOR: main
fn main() -> std::io::Result<()> {
    // One blocking client for every request. Building it starts a thread
    // and waits for it, so it is built (and dropped) here, outside the runtime.
    let client = Client::new();
    let runtime = tokio::runtime::Runtime::new()?; // what #[tokio::main] builds
    runtime.block_on(async {
        let server = listings::server::start().await?;
        let delays = [4, 3, 2, 1, 0]; // the longest first
        println!("sent in this order: delays {delays:?} (units of 100 ms)");

        let started = tokio::time::Instant::now();
        let answers = fetch_all(&server, &client, &delays).await;
        let took = started.elapsed();

        for (delay, count) in &answers {
            println!("delay {delay} answered; the server's count was {count}");
        }
        let sum: u32 = delays.iter().sum();
        let serial = Duration::from_secs_f64(f64::from(sum) * UNIT);
        println!(
            "done sooner than one after another would be: {}",
            took < serial
        );
        Ok(())
    })
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_14_spawn_blocking.rs"]
mod tests;

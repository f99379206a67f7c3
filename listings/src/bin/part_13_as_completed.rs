//! Part 13: results in the order they complete, not the order asked. The same
//! five requests, first with `FuturesUnordered`, then as tasks in a `JoinSet`.
//!
//! Run it: cargo run -p listings --bin part_13_as_completed
//! (`main` runs the server and the client on tokio's paused clock, so the
//! order and the times are the same on every run.)

use std::error::Error;
use std::time::Duration;

use futures::stream::{FuturesUnordered, StreamExt};
use reqwest::Client;
use tokio::task::JoinSet;
use tokio::time::Instant;

// ANCHOR: fetch
/// Asks the server to wait `units` (of 100 ms); returns the delay with the
/// count, so that a result says which request it answers.
async fn fetch_count(client: Client, base: String, units: u32) -> (u32, reqwest::Result<u64>) {
    let url = format!("{base}/count?delay={:.1}", f64::from(units) / 10.0);
    let count = async {
        let response = client.get(url).send().await?.error_for_status()?;
        response.json::<u64>().await
    };
    (units, count.await)
}
// ANCHOR_END: fetch

// ANCHOR: unordered
/// Polls the requests together and yields each result as soon as it is ready.
async fn with_futures_unordered(client: &Client, base: &str, delays: &[u32]) -> Vec<u32> {
    let mut in_flight: FuturesUnordered<_> = delays
        .iter()
        .map(|&units| fetch_count(client.clone(), base.to_owned(), units))
        .collect();
    let started = Instant::now();
    let mut order = Vec::new();
    while let Some((units, count)) = in_flight.next().await {
        match count {
            Ok(count) => println!(
                "{:>3} ms  delay {units}: count {count}",
                started.elapsed().as_millis()
            ),
            Err(error) => println!(
                "{:>3} ms  delay {units}: failed: {error}",
                started.elapsed().as_millis()
            ),
        }
        order.push(units);
    }
    order
}
// ANCHOR_END: unordered

// ANCHOR: join_set
/// The same with tasks: each request runs as its own task, and `join_next`
/// hands back the next task to finish.
async fn with_join_set(client: &Client, base: &str, delays: &[u32]) -> Vec<u32> {
    let mut tasks = JoinSet::new();
    for &units in delays {
        tasks.spawn(fetch_count(client.clone(), base.to_owned(), units));
    }
    let started = Instant::now();
    let mut order = Vec::new();
    while let Some(joined) = tasks.join_next().await {
        match joined {
            Ok((units, Ok(count))) => {
                println!(
                    "{:>3} ms  delay {units}: count {count}",
                    started.elapsed().as_millis()
                );
                order.push(units);
            }
            Ok((units, Err(error))) => println!("delay {units}: failed: {error}"),
            Err(error) => println!("a task panicked or was cancelled: {error}"),
        }
    }
    order
}
// ANCHOR_END: join_set

// ANCHOR: main
fn main() -> Result<(), Box<dyn Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()?;
    runtime.block_on(async {
        let client = Client::builder()
            .timeout(Duration::from_secs(10))
            .no_proxy()
            .build()?;
        let delays = [3, 1, 4, 0, 2];

        println!("FuturesUnordered, asked in the order {delays:?}:");
        let server = listings::server::start().await?;
        with_futures_unordered(&client, &server.base_url(), &delays).await;

        println!("\nJoinSet, asked in the same order:");
        let server = listings::server::start().await?; // counts from 1 again
        with_join_set(&client, &server.base_url(), &delays).await;
        Ok(())
    })
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_13_as_completed.rs"]
mod tests;

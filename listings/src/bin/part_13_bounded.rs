//! Part 13: at most N requests at once. `buffer_unordered(2)` keeps two in
//! flight and starts the next as soon as one completes.
//!
//! Run it: cargo run -p listings --bin part_13_bounded
//! (`main` runs on tokio's paused clock, so the times printed are exact.)

use std::error::Error;
use std::time::Duration;

use futures::stream::{self, StreamExt};
use listings::timeline::Timeline;
use reqwest::Client;

const UNIT: Duration = Duration::from_millis(100);

/// Asks the server to wait `units` (of 100 ms) and returns the count.
async fn fetch_count(client: &Client, base: &str, units: u32) -> reqwest::Result<u64> {
    let url = format!("{base}/count?delay={:.1}", f64::from(units) / 10.0);
    let response = client.get(url).send().await?.error_for_status()?;
    response.json::<u64>().await
}

// ANCHOR: bounded
/// Requests every delay, at most `limit` at a time, and returns
/// (delay, count) pairs in completion order.
async fn bounded(
    client: &Client,
    base: &str,
    delays: &[u32],
    limit: usize,
    timeline: &Timeline,
) -> Vec<(u32, reqwest::Result<u64>)> {
    stream::iter(delays)
        .map(|&units| async move {
            let count = timeline.span(format!("delay {units}"), fetch_count(client, base, units));
            (units, count.await)
        })
        .buffer_unordered(limit) // at most `limit` futures polled at once
        .collect()
        .await
}
// ANCHOR_END: bounded

// ANCHOR: main
fn main() -> Result<(), Box<dyn Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()?;
    runtime.block_on(async {
        let server = listings::server::start().await?;
        let client = Client::builder()
            .timeout(Duration::from_secs(10))
            .no_proxy()
            .build()?;
        let timeline = Timeline::new(UNIT);
        let delays = [0, 4, 2, 1, 3];
        for (units, count) in bounded(&client, &server.base_url(), &delays, 2, &timeline).await {
            match count {
                Ok(count) => println!("delay {units}: count {count}"),
                Err(error) => println!("delay {units}: failed: {error}"),
            }
        }
        println!("\nat most 2 at once, {:?} in all\n", timeline.elapsed());
        print!("{timeline}");
        Ok(())
    })
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_13_bounded.rs"]
mod tests;

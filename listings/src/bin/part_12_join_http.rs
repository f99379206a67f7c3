//! Part 12: five HTTP requests at once with one reqwest `Client` and
//! `join_all`, against the book's local server. The whole takes as long as
//! the slowest request.
//!
//! Run it: cargo run -p listings --bin part_12_join_http
//! (`main` runs the server and the client on one runtime with tokio's paused
//! clock, so the times printed are exact; see the chapter.)

use std::error::Error;
use std::time::Duration;

use futures::future::join_all;
use listings::timeline::Timeline;
use reqwest::Client;

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: fetch
/// Asks the server to wait `units` (of 100 ms) and returns the count it
/// answers. A refusal (4xx, 5xx) is an error too, not a count.
async fn fetch_count(client: &Client, base: &str, units: u32) -> Result<u64, reqwest::Error> {
    let url = format!("{base}/count?delay={:.1}", f64::from(units) / 10.0);
    let response = client.get(url).send().await?.error_for_status()?;
    response.json::<u64>().await
}
// ANCHOR_END: fetch

// ANCHOR: fetch_all
/// One request per delay, all at once; the results are in the order of
/// `delays`.
async fn fetch_all(
    client: &Client,
    base: &str,
    delays: &[u32],
    timeline: &Timeline,
) -> Vec<Result<u64, reqwest::Error>> {
    let requests = delays.iter().map(|&units| {
        let request = fetch_count(client, base, units);
        timeline.span(format!("delay {units}"), request)
    });
    join_all(requests).await
}
// ANCHOR_END: fetch_all

// ANCHOR: main
fn main() -> Result<(), Box<dyn Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true) // exact times in the output; see the chapter
        .build()?;
    runtime.block_on(async {
        // A fresh server for this run, on a free port, in this runtime.
        let server = listings::server::start().await?;
        // One client for every request: it keeps a pool of connections.
        let client = Client::builder()
            .timeout(Duration::from_secs(10)) // per request, never forever
            .no_proxy() // the server is local; ignore any HTTP_PROXY setting
            .build()?;

        let timeline = Timeline::new(UNIT);
        let delays = [3, 1, 4, 0, 2];
        let results = fetch_all(&client, &server.base_url(), &delays, &timeline).await;
        for (units, result) in delays.iter().zip(results) {
            match result {
                Ok(count) => println!("delay {units}: count {count}"),
                Err(error) => println!("delay {units}: failed: {error}"),
            }
        }
        println!("\n{} requests in {:?}\n", delays.len(), timeline.elapsed());
        print!("{timeline}");
        Ok(())
    })
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_12_join_http.rs"]
mod tests;

//! Part 12, the contrast: the same five requests with `reqwest::blocking`.
//! Each call holds the thread until its answer arrives, so they run one after
//! another and take the sum of the delays.
//!
//! Run it: cargo run -p listings --bin part_12_blocking_http
//! (The server runs on its own thread on tokio's paused clock, and the chart
//! reads that clock, so the times are exact; see the chapter.)

use std::error::Error;
use std::time::Duration;

use listings::timeline::Timeline;
use reqwest::blocking::Client;

const UNIT: Duration = Duration::from_millis(100);

// ANCHOR: fetch
/// The blocking twin of the async `fetch_count`: same calls, no `.await`.
fn fetch_count(client: &Client, base: &str, units: u32) -> Result<u64, reqwest::Error> {
    let url = format!("{base}/count?delay={:.1}", f64::from(units) / 10.0);
    let response = client.get(url).send()?.error_for_status()?;
    response.json::<u64>()
}
// ANCHOR_END: fetch

// ANCHOR: main
fn main() -> Result<(), Box<dyn Error>> {
    let server = listings::server::spawn_paused()?;
    let _server_clock = server.runtime().enter(); // the chart reads its clock
    let client = Client::builder()
        .timeout(Duration::from_secs(10))
        .no_proxy()
        .build()?;

    let timeline = Timeline::new(UNIT);
    for units in [3, 1, 4, 0, 2] {
        let label = format!("delay {units}");
        match timeline.span_blocking(label, || fetch_count(&client, &server.base_url(), units)) {
            Ok(count) => println!("delay {units}: count {count}"),
            Err(error) => println!("delay {units}: failed: {error}"),
        }
    }
    println!("\n5 requests in {:?}\n", timeline.elapsed());
    print!("{timeline}");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_12_blocking_http.rs"]
mod tests;

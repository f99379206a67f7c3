//! Part 13 exercise, solved: the first successful answer wins; the other
//! requests are cancelled.
//!
//! Run it: cargo run -p listings --bin part_13_exercise

use std::error::Error;
use std::time::Duration;

use futures::stream::{FuturesUnordered, StreamExt};
use reqwest::Client;
use tokio::time::Instant;

/// The count that `url` answers. (Not the chapter's `fetch_count`: this
/// one takes a whole URL and returns the count alone.)
async fn count_at(client: &Client, url: &str) -> reqwest::Result<u64> {
    let response = client.get(url).send().await?.error_for_status()?;
    response.json::<u64>().await
}

// ANCHOR: solution
/// The count of the first URL to answer successfully, or `None` if none
/// does. Returning drops the requests still in flight, which cancels them.
async fn first_count(client: &Client, urls: &[String]) -> Option<u64> {
    let mut racing: FuturesUnordered<_> = urls.iter().map(|url| count_at(client, url)).collect();
    while let Some(result) = racing.next().await {
        if let Ok(count) = result {
            return Some(count);
        }
    }
    None
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn Error>> {
    let server = listings::server::start().await?;
    let client = Client::builder().no_proxy().build()?;
    let refused = format!("{}/count?delay=never", server.base_url());
    // Delays of 3, 1 and 2 units, and one the server refuses at once.
    let urls = [
        server.count_url(0.3),
        refused,
        server.count_url(0.1),
        server.count_url(0.2),
    ];
    let started = Instant::now();
    let first = first_count(&client, &urls).await;
    let fast = started.elapsed() < Duration::from_millis(200);
    println!("first count: {first:?}, within 2 units: {fast}");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_13_exercise.rs"]
mod tests;

//! Part 14 exercise, solved: give up waiting for a blocking call after a
//! time limit. `tokio::time::timeout` stops the *waiting*; the blocking call
//! itself cannot be stopped once it runs, and it finishes on its thread anyway.
//!
//! Run it: cargo run -p listings --bin part_14_exercise

use std::time::Duration;

use reqwest::blocking::Client;

fn fetch_count(client: &Client, url: &str) -> reqwest::Result<u64> {
    client.get(url).send()?.error_for_status()?.json()
}

// ANCHOR: solution
/// The server's answer from `url`, or `None` if it takes longer than `limit`.
async fn fetch_with_timeout(
    client: &Client,
    url: String,
    limit: Duration,
) -> Option<reqwest::Result<u64>> {
    let client = client.clone(); // for the closure: the same client
    let request = tokio::task::spawn_blocking(move || fetch_count(&client, &url));
    match tokio::time::timeout(limit, request).await {
        Ok(finished) => Some(finished.expect("fetch_count does not panic")),
        Err(_elapsed) => None, // the request goes on, but nobody waits for it
    }
}
// ANCHOR_END: solution

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let client = Client::new(); // built, and dropped, outside the runtime
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let server = listings::server::start().await?;
        let limit = Duration::from_millis(200);
        let quick = fetch_with_timeout(&client, server.count_url(0.0), limit).await;
        println!("a quick answer: {quick:?}");
        let slow = fetch_with_timeout(&client, server.count_url(0.6), limit).await;
        println!("a slow answer:  {slow:?}");
        Ok(())
    })
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_14_exercise.rs"]
mod tests;

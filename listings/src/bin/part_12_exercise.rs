//! Part 12 exercise, solved: send every request at once, and fail as soon as
//! one fails.
//!
//! Run it: cargo run -p listings --bin part_12_exercise

use std::error::Error;
use std::time::Duration;

use futures::future::try_join_all;
use reqwest::Client;
use tokio::time::Instant;

// ANCHOR: solution
/// The sum of the counts the URLs answer, all requested at once. The first
/// failure ends it: the requests still running are dropped (cancelled).
async fn sum_counts(client: &Client, urls: &[String]) -> Result<u64, reqwest::Error> {
    let requests = urls.iter().map(|url| async move {
        let response = client.get(url).send().await?.error_for_status()?;
        response.json::<u64>().await
    });
    let counts = try_join_all(requests).await?;
    Ok(counts.iter().sum())
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn Error>> {
    let server = listings::server::start().await?;
    let client = Client::builder().no_proxy().build()?;
    let unit = Duration::from_millis(100);

    // Counts 1, 2 and 3 in some order: the sum is 6 whatever the order.
    let urls: Vec<String> = [0.3, 0.1, 0.2].map(|d| server.count_url(d)).into();
    let started = Instant::now();
    let sum = sum_counts(&client, &urls).await?;
    println!("sum {sum}, all at once: {}", started.elapsed() < unit * 6);

    // The second URL is refused at once; the first would take 3 units.
    let bad = format!("{}/count?delay=later", server.base_url());
    let urls = [server.count_url(0.3), bad];
    let started = Instant::now();
    match sum_counts(&client, &urls).await {
        Ok(sum) => println!("sum {sum}"),
        Err(error) => println!("failed with {:?}", error.status()),
    }
    println!("failed fast: {}", started.elapsed() < unit * 3);
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_12_exercise.rs"]
mod tests;

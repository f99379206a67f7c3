//! Part 14: what the blocking pool's size means. Five blocking requests of
//! two units each run on a runtime whose blocking pool may start 512 threads
//! (the default), then on one limited to 2: there, the other requests wait in
//! the pool's queue until a thread is free.
//!
//! Run it: cargo run -p listings --bin part_14_pool_size
//! (Real clock: the output shows how many ran at once, not times.)

use std::sync::Arc;
use std::time::Duration;

use listings::timeline::Timeline;
use reqwest::blocking::Client;
use tokio::runtime::Builder;

fn fetch_count(client: &Client, url: &str) -> reqwest::Result<u64> {
    client.get(url).send()?.error_for_status()?.json()
}

/// Five blocking requests of 200 ms, all spawned at once; returns the most
/// that were in flight at the same moment, and the time they all took.
async fn five_requests(client: &Client) -> std::io::Result<(usize, Duration)> {
    let server = listings::server::start().await?;
    let timeline = Arc::new(Timeline::new(Duration::from_millis(100)));
    let mut requests = tokio::task::JoinSet::new();
    for i in 0..5 {
        let url = server.count_url(0.2);
        let (timeline, client) = (Arc::clone(&timeline), client.clone());
        let request = move || fetch_count(&client, &url);
        requests.spawn_blocking(move || timeline.span_blocking(format!("{i}"), request));
    }
    while let Some(done) = requests.join_next().await {
        done?.map_err(std::io::Error::other)?;
    }
    Ok((timeline.max_concurrent(), timeline.elapsed()))
}

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let client = Client::new(); // one blocking client, outside any runtime
    for limit in [None, Some(2)] {
        let mut builder = Builder::new_multi_thread();
        builder.enable_all();
        if let Some(threads) = limit {
            builder.max_blocking_threads(threads); // the default is 512
        }
        let runtime = builder.build()?;
        let (at_once, _took) = runtime.block_on(five_requests(&client))?;
        let pool = limit.map_or("512 (the default)".to_owned(), |n| n.to_string());
        println!("max_blocking_threads {pool}: at most {at_once} of 5 requests at once");
    }
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_14_pool_size.rs"]
mod tests;

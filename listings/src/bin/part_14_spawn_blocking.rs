//! Part 14: blocking calls from async code. Five blocking HTTP requests
//! (`reqwest::blocking`, the counterpart of Python's `requests`) run on
//! tokio's blocking pool with `spawn_blocking`, and their answers are
//! collected in the order they arrive.
//!
//! Run it: cargo run -p listings --bin part_14_spawn_blocking
//! (It runs on the real clock: blocking calls do not move tokio's paused
//! clock. The output shows orders, not times; the tests check the times.)

use std::time::Duration;

use tokio::task::JoinSet;

/// The server's delays are given in units of 100 ms.
const UNIT: f64 = 0.1;

// ANCHOR: fetch
/// A blocking GET of `/count?delay=...`: returns the server's count. This is
/// ordinary synchronous code; it holds its thread until the answer is in.
fn fetch_count(url: &str) -> reqwest::Result<u64> {
    reqwest::blocking::get(url)?.error_for_status()?.json()
}
// ANCHOR_END: fetch

// ANCHOR: run
/// Starts one blocking request per delay (in units) on the blocking pool;
/// returns (delay, count) in the order the answers arrive.
async fn fetch_all(server: &listings::server::Server, delays: &[u32]) -> Vec<(u32, u64)> {
    let mut requests = JoinSet::new();
    for &delay in delays {
        let url = server.count_url(f64::from(delay) * UNIT);
        requests.spawn_blocking(move || (delay, fetch_count(&url)));
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
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let server = listings::server::start().await?;
    let delays = [4, 3, 2, 1, 0]; // the longest first
    println!("sent in this order: delays {delays:?} (units of 100 ms)");

    let started = tokio::time::Instant::now();
    let answers = fetch_all(&server, &delays).await;
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
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;
    use listings::timeline::Timeline;

    #[tokio::test]
    async fn answers_arrive_shortest_delay_first() {
        let server = listings::server::start().await.unwrap();
        let answers = fetch_all(&server, &[4, 3, 2, 1, 0]).await;
        let order: Vec<u32> = answers.iter().map(|(delay, _)| *delay).collect();
        assert_eq!(order, [0, 1, 2, 3, 4]);
        // The server counts as it answers: 1 for the first answer, and so on.
        let counts: Vec<u64> = answers.iter().map(|(_, count)| *count).collect();
        assert_eq!(counts, [1, 2, 3, 4, 5]);
    }

    #[tokio::test]
    async fn the_requests_overlap_instead_of_taking_turns() {
        let server = listings::server::start().await.unwrap();
        let delays = [1, 2, 3, 4];
        let timeline = std::sync::Arc::new(Timeline::new(Duration::from_millis(100)));
        let mut requests = JoinSet::new();
        for delay in delays {
            let url = server.count_url(f64::from(delay) * UNIT);
            let timeline = std::sync::Arc::clone(&timeline);
            requests.spawn_blocking(move || {
                timeline.span_blocking(format!("{delay}"), || fetch_count(&url))
            });
        }
        while let Some(done) = requests.join_next().await {
            done.unwrap().unwrap();
        }
        // All four were in flight at once (the shortest takes 100 ms, and
        // they all start within microseconds of each other).
        assert_eq!(timeline.max_concurrent(), 4, "{timeline}");
        // As a ratio: together they take about the longest delay (4 units),
        // far less than one after another (10 units).
        let serial = Duration::from_secs_f64(10.0 * UNIT);
        assert!(timeline.elapsed() * 2 < serial, "{timeline}");
    }

    #[tokio::test]
    async fn a_bad_request_is_an_error_not_a_panic() {
        let server = listings::server::start().await.unwrap();
        let url = format!("{}/count?delay=soon", server.base_url());
        let error = tokio::task::spawn_blocking(move || fetch_count(&url))
            .await
            .unwrap()
            .unwrap_err();
        assert_eq!(error.status(), Some(reqwest::StatusCode::BAD_REQUEST));
    }
}

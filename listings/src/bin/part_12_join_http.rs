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
mod tests {
    use super::*;

    fn client() -> Client {
        Client::builder().no_proxy().build().unwrap()
    }

    // Server and client share the test's paused clock, so the time is exact.
    #[tokio::test(start_paused = true)]
    async fn five_requests_take_the_longest_delay_in_argument_order() {
        let server = listings::server::start().await.unwrap();
        let timeline = Timeline::new(UNIT);
        let delays = [3, 1, 4, 0, 2];
        let results = fetch_all(&client(), &server.base_url(), &delays, &timeline).await;
        assert_eq!(timeline.elapsed(), UNIT * 4);
        // The server counts in the order it answers: by delay. The results
        // come back in the order asked for.
        let counts: Vec<u64> = results.into_iter().map(Result::unwrap).collect();
        assert_eq!(counts, [4, 2, 5, 1, 3]);
        let rows = timeline.rows();
        let last_start = rows.iter().map(|r| r.start.unwrap()).max().unwrap();
        assert_eq!(last_start, Duration::ZERO, "every request starts at once");
        // The zero-delay answer is back before virtual time moves; the other
        // four are in flight together.
        assert_eq!(timeline.max_concurrent(), 4);
    }

    #[tokio::test(start_paused = true)]
    async fn a_refused_request_is_an_error_not_a_count() {
        let server = listings::server::start().await.unwrap();
        // 700 units = 70 s: over the server's limit.
        let error = fetch_count(&client(), &server.base_url(), 700)
            .await
            .unwrap_err();
        assert_eq!(error.status(), Some(reqwest::StatusCode::BAD_REQUEST));
    }

    // On the real clock, with the server on its own thread: concurrent
    // requests take about the longest delay (4 units), one at a time the sum
    // (10). A ratio, so a slow machine cannot fail it.
    #[test]
    fn on_the_real_clock_serial_takes_about_the_sum_over_the_longest() {
        let server = listings::server::spawn().unwrap();
        let base = server.base_url();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let client = client();
        let started = std::time::Instant::now();
        runtime.block_on(join_all((0..5).map(|u| fetch_count(&client, &base, u))));
        let concurrent = started.elapsed();
        let started = std::time::Instant::now();
        runtime.block_on(async {
            for units in 0..5 {
                fetch_count(&client, &base, units).await.unwrap();
            }
        });
        let serial = started.elapsed();
        let ratio = serial.as_secs_f64() / concurrent.as_secs_f64();
        assert!(ratio >= 1.8, "10/4 = 2.5 expected, got {ratio:.2}");
    }
}

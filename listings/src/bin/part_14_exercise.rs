//! Part 14 exercise, solved: give up waiting for a blocking call after a
//! time limit. `tokio::time::timeout` stops the *waiting*; the blocking call
//! itself cannot be stopped, and it finishes on its thread anyway.
//!
//! Run it: cargo run -p listings --bin part_14_exercise

use std::time::Duration;

fn fetch_count(url: &str) -> reqwest::Result<u64> {
    reqwest::blocking::get(url)?.error_for_status()?.json()
}

// ANCHOR: solution
/// The server's answer from `url`, or `None` if it takes longer than `limit`.
async fn fetch_with_timeout(url: String, limit: Duration) -> Option<reqwest::Result<u64>> {
    let request = tokio::task::spawn_blocking(move || fetch_count(&url));
    match tokio::time::timeout(limit, request).await {
        Ok(finished) => Some(finished.expect("fetch_count does not panic")),
        Err(_elapsed) => None, // the request goes on, but nobody waits for it
    }
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let server = listings::server::start().await?;
    let limit = Duration::from_millis(200);
    let quick = fetch_with_timeout(server.count_url(0.0), limit).await;
    println!("a quick answer: {quick:?}");
    let slow = fetch_with_timeout(server.count_url(0.6), limit).await;
    println!("a slow answer:  {slow:?}");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn gives_up_on_a_slow_answer_but_the_request_still_completes() {
        let server = listings::server::start().await.unwrap();
        let limit = Duration::from_millis(200);
        let quick = fetch_with_timeout(server.count_url(0.0), limit).await;
        assert_eq!(quick.unwrap().unwrap(), 1);
        let started = std::time::Instant::now();
        assert!(fetch_with_timeout(server.count_url(0.6), limit)
            .await
            .is_none());
        // We stopped waiting at the limit, long before the 600 ms answer.
        assert!(started.elapsed() < Duration::from_millis(600));
        assert_eq!(
            server.count(),
            1,
            "the slow request has not been answered yet"
        );
        // The blocking call was not cancelled: it still reaches the server.
        let finished = tokio::time::timeout(Duration::from_secs(30), async {
            while server.count() < 2 {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
        });
        finished
            .await
            .expect("the abandoned request still completes");
    }

    #[tokio::test]
    async fn a_failed_request_is_an_error_not_a_timeout() {
        let server = listings::server::start().await.unwrap();
        let url = format!("{}/count?delay=-1", server.base_url());
        let answer = fetch_with_timeout(url, Duration::from_secs(30)).await;
        let error = answer.expect("answered in time").unwrap_err();
        assert_eq!(error.status(), Some(reqwest::StatusCode::BAD_REQUEST));
    }
}

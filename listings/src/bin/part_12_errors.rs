//! Part 12: what can go wrong with a request, and how to tell the cases
//! apart without `unwrap`: the server refuses (a 4xx status, with its
//! message), the answer takes longer than the client's timeout, or nobody
//! listens at all.
//!
//! Run it: cargo run -p listings --bin part_12_errors
//! (`main` runs on tokio's paused clock, so the timeout fires exactly.)

use std::error::Error;
use std::fmt;
use std::time::Duration;

use reqwest::{Client, StatusCode};

// ANCHOR: error
/// Why a count could not be had.
#[derive(Debug)]
enum FetchError {
    /// The server answered, but with an error status and a message.
    Refused { status: StatusCode, message: String },
    /// No usable answer: no connection, a timeout, a body that is not JSON.
    Http(reqwest::Error),
}

impl From<reqwest::Error> for FetchError {
    fn from(error: reqwest::Error) -> Self {
        FetchError::Http(error)
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Refused { status, message } => {
                write!(f, "refused with {status}: {}", message.trim())
            }
            FetchError::Http(e) if e.is_timeout() => write!(f, "no answer in time"),
            FetchError::Http(e) if e.is_connect() => write!(f, "cannot connect"),
            FetchError::Http(e) => write!(f, "{e}"), // names the URL too
        }
    }
}

impl Error for FetchError {}
// ANCHOR_END: error

// ANCHOR: fetch
/// Fetches a count, keeping the server's message when it refuses.
async fn fetch_count(client: &Client, url: &str) -> Result<u64, FetchError> {
    let response = client.get(url).send().await?;
    let status = response.status();
    if !status.is_success() {
        let message = response.text().await?;
        return Err(FetchError::Refused { status, message });
    }
    Ok(response.json::<u64>().await?)
}
// ANCHOR_END: fetch

// ANCHOR: main
fn main() -> Result<(), Box<dyn Error>> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .start_paused(true)
        .build()?;
    runtime.block_on(async {
        let server = listings::server::start().await?;
        let client = Client::builder()
            .timeout(Duration::from_millis(300)) // 3 units per request
            .no_proxy()
            .build()?;
        let base = server.base_url();
        for query in ["delay=0.1", "delay=soon", "delay=-1", "delay=0.5"] {
            match fetch_count(&client, &format!("{base}/count?{query}")).await {
                Ok(count) => println!("{query:<12} count {count}"),
                Err(error) => println!("{query:<12} {error}"),
            }
        }
        // A second server, stopped at once: nobody listens on its port.
        let stopped = listings::server::start().await?;
        let url = stopped.count_url(0.0);
        drop(stopped);
        tokio::task::yield_now().await; // let the stopped server's task end
        match fetch_count(&client, &url).await {
            Ok(count) => println!("{:<12} count {count}", "(no server)"),
            Err(error) => println!("{:<12} {error}", "(no server)"),
        }
        Ok(())
    })
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_12_errors.rs"]
mod tests;

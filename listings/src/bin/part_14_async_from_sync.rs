//! Part 14, the other direction: calling async code from sync code. A sync
//! `main` owns a runtime and (1) blocks on async functions with
//! `Runtime::block_on`, (2) lets a plain thread do the same through a
//! `Handle`, and (3) hands requests to an async task over channels.
//!
//! Run it: cargo run -p listings --bin part_14_async_from_sync

use tokio::runtime::{Handle, Runtime};
use tokio::sync::{mpsc, oneshot};

// ANCHOR: fetch
/// An async GET of `/count?delay=...`: returns the server's count.
async fn fetch_count(client: &reqwest::Client, url: &str) -> reqwest::Result<u64> {
    client
        .get(url)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await
}
// ANCHOR_END: fetch

// ANCHOR: worker
/// A request for the async side: a URL, and where to send the answer.
struct Job {
    url: String,
    answer: oneshot::Sender<reqwest::Result<u64>>,
}

/// Serves jobs until every sender is gone.
async fn http_worker(mut jobs: mpsc::Receiver<Job>) {
    let client = reqwest::Client::new();
    while let Some(job) = jobs.recv().await {
        let _ = job.answer.send(fetch_count(&client, &job.url).await);
    }
}
// ANCHOR_END: worker

// ANCHOR: main
fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A sync program that owns a runtime. Multi-thread: its worker threads
    // run the server and other tasks even while `main` is not in block_on.
    let runtime = Runtime::new()?;
    let server = runtime.block_on(listings::server::start())?;
    let client = reqwest::Client::new();

    // 1. Block this thread on an async function.
    let count = runtime.block_on(fetch_count(&client, &server.count_url(0.1)))?;
    println!("1. Runtime::block_on from main: count {count}");

    // 2. A plain thread blocks on async code through a Handle.
    let handle: Handle = runtime.handle().clone();
    let (url, thread_client) = (server.count_url(0.1), client.clone());
    let count = std::thread::spawn(move || handle.block_on(fetch_count(&thread_client, &url)))
        .join()
        .expect("the thread does not panic")?;
    println!("2. Handle::block_on from a std thread: count {count}");

    // 3. Channels: sync code sends jobs to an async task, waits for answers.
    let (jobs, queue) = mpsc::channel(8);
    let worker = runtime.spawn(http_worker(queue));
    for delay in [0.1, 0.0] {
        let (answer, answered) = oneshot::channel();
        let job = Job {
            url: server.count_url(delay),
            answer,
        };
        jobs.blocking_send(job).map_err(|_| "the worker is gone")?;
        let count = answered.blocking_recv().map_err(|_| "no answer")??;
        println!("3. a job sent with blocking_send: count {count}");
    }
    drop(jobs); // the worker's loop ends
    runtime.block_on(worker)?;
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_14_async_from_sync.rs"]
mod tests;

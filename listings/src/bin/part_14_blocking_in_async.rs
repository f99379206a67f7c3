//! Part 14: part 12's pitfall, fixed. Part 12 called `reqwest::blocking` from
//! async code: a debug build panics, a release build blocks the thread. Here
//! the blocking client is built, used and dropped in a `spawn_blocking`
//! closure, on a blocking-pool thread, where blocking is allowed.
//!
//! Run it: cargo run -p listings --bin part_14_blocking_in_async

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let server = listings::server::start().await?;
    let url = server.count_url(0.0);
    // ANCHOR: fixed
    // Part 12's mistake, moved to the blocking pool. The client is built,
    // used and dropped there, never on a thread that runs async code.
    let count = tokio::task::spawn_blocking(move || {
        let client = reqwest::blocking::Client::new();
        client.get(&url).send()?.error_for_status()?.json::<u64>()
    })
    .await??; // first a panic in the closure (JoinError), then the request's error
    println!("from a spawn_blocking closure: count {count}");
    // ANCHOR_END: fixed
    Ok(())
}

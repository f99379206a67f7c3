//! Part 28: a tiny workload that tokio-console can watch. Built with
//! `RUSTFLAGS="--cfg tokio_unstable"`; see listings/bench/part_28_console.sh.
use std::time::Duration;

#[tokio::main]
async fn main() {
    // Installs a tracing subscriber whose layer records every task, resource
    // and waker event, and starts a gRPC server (default 127.0.0.1:6669,
    // TOKIO_CONSOLE_BIND overrides it) that the `tokio-console` CLI reads.
    console_subscriber::init();

    let secs: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    let mut handles = Vec::new();
    for i in 0..4u64 {
        handles.push(
            tokio::task::Builder::new()
                .name(&format!("worker-{i}"))
                .spawn(async move {
                    for _ in 0..secs * 10 {
                        tokio::time::sleep(Duration::from_millis(100 + 10 * i)).await;
                    }
                })
                .expect("spawn"),
        );
    }
    // One task that never finishes on its own: the console lists it as idle.
    let stuck = tokio::spawn(std::future::pending::<()>());
    for h in handles {
        h.await.unwrap();
    }
    stuck.abort();
    println!("workload done after about {secs} s");
}

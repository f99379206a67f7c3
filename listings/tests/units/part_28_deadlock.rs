//! The tests of `listings/src/bin/part_28_deadlock.rs`: what its chapter claims.

use super::*;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn sending_first_breaks_the_cycle() {
    let start = Instant::now();
    let (a, b) = timeout(Duration::from_secs(5), swap(true))
        .await
        .expect("no deadlock when a sends first");
    assert_eq!((a.as_str(), b.as_str()), ("hi from b", "hi from a"));
    assert_eq!(start.elapsed(), Duration::ZERO);
}

/// The timeout drops `swap`'s future and its two `JoinHandle`s, which
/// detaches the tasks: they are still alive, still waiting, afterwards.
#[tokio::test(start_paused = true)]
async fn the_timed_out_tasks_are_left_running() {
    let alive = || {
        tokio::runtime::Handle::current()
            .metrics()
            .num_alive_tasks()
    };
    assert_eq!(alive(), 0);
    assert!(timeout(Duration::from_secs(5), swap(false)).await.is_err());
    tokio::task::yield_now().await;
    assert_eq!(alive(), 2, "a and b still wait for each other");
}

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

//! The tests of `listings/src/bin/part_28_exercise.rs`: what its chapter claims.

use super::*;

#[tokio::test(start_paused = true)]
async fn the_waits_double_from_100_ms() {
    let started = retry(|n| n == 5).await;
    let expected: Vec<Duration> = [0, 100, 300, 700, 1500].map(Duration::from_millis).to_vec();
    assert_eq!(started, expected);
}

#[tokio::test(start_paused = true)]
async fn a_first_success_does_not_wait() {
    let start = Instant::now();
    assert_eq!(retry(|_| true).await, [Duration::ZERO]);
    assert_eq!(start.elapsed(), Duration::ZERO);
}

#[tokio::test(start_paused = true)]
async fn ten_failures_take_no_real_time() {
    let real = std::time::Instant::now();
    let started = retry(|n| n == 11).await;
    // 100 ms * (2^10 - 1) of virtual time: 102.3 s.
    assert_eq!(started.last(), Some(&Duration::from_millis(102_300)));
    assert!(real.elapsed() < Duration::from_secs(1));
}

//! The tests of `listings/src/bin/part_21_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// Exactly when the second and the third job finish: no sleep-loop delay.
#[tokio::test(start_paused = true)]
async fn wait_until_returns_the_moment_the_count_is_reached() {
    assert_eq!(
        run().await,
        [Duration::from_millis(250), Duration::from_millis(350)]
    );
}

#[tokio::test(start_paused = true)]
async fn wait_until_returns_at_once_when_enough_are_done() {
    let progress = Progress::default();
    progress.finish_one();
    let started = Instant::now();
    progress.wait_until(1).await;
    assert_eq!(started.elapsed(), Duration::ZERO);
}

// With too few jobs done it waits. (On the paused clock, the timeout fires
// at once: nothing else is left to run.)
#[tokio::test(start_paused = true)]
async fn wait_until_waits_while_too_few_are_done() {
    let progress = Progress::default();
    let waited = tokio::time::timeout(Duration::from_secs(60), progress.wait_until(1)).await;
    assert!(waited.is_err());
}

// On two threads, jobs finishing while `wait_until` looks never leave it
// waiting: many rounds, each must return.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_wake_up_is_lost_on_two_threads() {
    for _ in 0..200 {
        let progress = Arc::new(Progress::default());
        let finisher = tokio::spawn({
            let progress = Arc::clone(&progress);
            async move { progress.finish_one() }
        });
        tokio::time::timeout(Duration::from_secs(10), progress.wait_until(1))
            .await
            .expect("wait_until returns");
        finisher.await.unwrap();
    }
}

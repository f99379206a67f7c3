//! The tests of `listings/src/bin/part_21_notify.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn notify_one_stores_one_permit_however_often_it_is_called() {
    let start = Instant::now();
    assert_eq!(one_permit(start).await, [true, false]);
    // The first wait took no time; the second gave up after PATIENCE.
    assert_eq!(start.elapsed(), PATIENCE);
}

#[tokio::test(start_paused = true)]
async fn notify_waiters_stores_nothing() {
    assert!(!no_permit(Instant::now()).await);
}

#[tokio::test(start_paused = true)]
async fn checking_before_asking_loses_the_wake_up_and_asking_first_does_not() {
    let start = Instant::now();
    assert!(!race(start, true).await, "the racy waiter misses the set");
    assert_eq!(start.elapsed(), PATIENCE);
    let start = Instant::now();
    assert!(race(start, false).await, "the fixed waiter wakes");
    assert_eq!(start.elapsed(), Duration::ZERO);
}

// A `Notified` that exists before `notify_waiters` completes even though it
// was never polled before the call (tokio's documented promise).
#[tokio::test(start_paused = true)]
async fn a_notified_created_before_notify_waiters_completes_unpolled() {
    let notify = Notify::new();
    let notified = notify.notified();
    notify.notify_waiters();
    timeout(PATIENCE, notified)
        .await
        .expect("woken without having been polled");
}

// On a multi-threaded runtime the fixed `wait` never misses a `set`, however
// the two threads interleave: many rounds, each must wake.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fixed_wait_never_misses_on_two_threads() {
    for _ in 0..200 {
        let flag = Arc::new(Flag::default());
        let waiter = tokio::spawn({
            let flag = Arc::clone(&flag);
            async move { flag.wait().await }
        });
        let setter = tokio::spawn({
            let flag = Arc::clone(&flag);
            async move { flag.set() }
        });
        setter.await.unwrap();
        tokio::time::timeout(Duration::from_secs(10), waiter)
            .await
            .expect("the waiter wakes")
            .unwrap();
    }
}

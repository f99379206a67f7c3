//! The tests of `listings/src/bin/part_23_async_mutex.rs`: what its chapter claims.

use super::*;

#[tokio::test(start_paused = true)]
async fn a_std_mutex_without_await_inside_lets_the_tasks_run_together() {
    let start = Instant::now();
    let hits = Arc::new(Mutex::new(BTreeMap::new()));
    let a = tokio::spawn(count_requests("a", hits.clone()));
    let b = tokio::spawn(count_requests("b", hits.clone()));
    a.await.unwrap();
    b.await.unwrap();
    assert_eq!(
        start.elapsed(),
        UNIT * 3,
        "together, not one after the other"
    );
    assert_eq!(*hits.lock().unwrap(), BTreeMap::from([("a", 3), ("b", 3)]));
}

#[tokio::test(start_paused = true)]
async fn a_tokio_mutex_held_across_await_serialises_the_requests() {
    let start = Instant::now();
    let connection = Arc::new(tokio::sync::Mutex::new(0));
    let tasks: Vec<_> = ["a", "b", "c"]
        .into_iter()
        .map(|name| tokio::spawn(use_connection(name, connection.clone(), start)))
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    assert_eq!(start.elapsed(), UNIT * 3);
    assert_eq!(*connection.lock().await, 3);
}

#[tokio::test(start_paused = true)]
async fn a_std_guard_across_await_would_block_the_other_task() {
    assert!(std_guard_across_await(Instant::now())
        .await
        .ends_with("b: WouldBlock"));
}

#[tokio::test(start_paused = true)]
async fn a_tokio_mutex_is_not_reentrant_either() {
    let mutex = tokio::sync::Mutex::new(0);
    let _held = mutex.lock().await;
    // On the paused clock, the hour passes at once: the second lock waits
    // for the first guard, which this task holds, so it never comes.
    let again = tokio::time::timeout(Duration::from_secs(3600), mutex.lock()).await;
    assert!(again.is_err(), "a task that locks twice waits for itself");
}

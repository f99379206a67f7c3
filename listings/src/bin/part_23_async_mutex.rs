//! Part 23: std's `Mutex` or tokio's in async code. A std `Mutex` is right
//! when no `.await` comes while it is locked; tokio's when the guard must
//! live across an `.await`. And what goes wrong when a std guard does: the
//! second task would block the runtime's only thread (shown with `try_lock`).
//!
//! Run it: cargo run -p listings --bin part_23_async_mutex

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, TryLockError};
use std::time::Duration;
use tokio::time::{sleep, Instant};

const UNIT: Duration = Duration::from_millis(100);

fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

// ANCHOR: std_mutex
/// Counts requests per name. Lock, update, unlock: no `.await` in between,
/// so a std `Mutex` is right, and cheaper than tokio's.
async fn count_requests(name: &'static str, hits: Arc<Mutex<BTreeMap<&'static str, u32>>>) {
    for _ in 0..3 {
        *hits.lock().unwrap().entry(name).or_insert(0) += 1; // unlocked at the `;`
        sleep(UNIT).await; // the lock is free while this task waits
    }
}
// ANCHOR_END: std_mutex

// ANCHOR: tokio_mutex
/// One connection, one request at a time: the guard is held across the
/// request's `.await`, so it must be tokio's `Mutex`, whose `lock` waits
/// without blocking the thread.
async fn use_connection(name: &str, connection: Arc<tokio::sync::Mutex<u32>>, start: Instant) {
    let mut requests = connection.lock().await;
    println!("{}  {name} has the connection", at(start));
    sleep(UNIT).await; // the request, with the lock held
    *requests += 1;
}
// ANCHOR_END: tokio_mutex

// ANCHOR: std_across_await
/// `a` holds a std guard across an `.await`. `b` cannot `lock()` without
/// blocking the thread that polls this future, and `a`, in the same task, can
/// only run on that thread: a deadlock. `b` uses `try_lock`, so here we only
/// see it.
#[allow(clippy::await_holding_lock)] // the mistake this function shows
async fn std_guard_across_await(start: Instant) -> String {
    let shared = Mutex::new(0);
    let a = async {
        let guard = shared.lock().unwrap();
        sleep(UNIT).await;
        drop(guard);
    };
    let b = async {
        match shared.try_lock() {
            Err(TryLockError::WouldBlock) => format!("{}  b: WouldBlock", at(start)),
            _ => format!("{}  b: got the lock", at(start)),
        }
    };
    tokio::join!(a, b).1
}
// ANCHOR_END: std_across_await

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let start = Instant::now();
    let hits = Arc::new(Mutex::new(BTreeMap::new()));
    let tasks: Vec<_> = ["a", "b", "c"]
        .into_iter()
        .map(|name| tokio::spawn(count_requests(name, hits.clone())))
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    println!(
        "{}  std Mutex, no .await while locked: {:?}",
        at(start),
        hits.lock().unwrap()
    );

    let start = Instant::now();
    let connection = Arc::new(tokio::sync::Mutex::new(0));
    let tasks: Vec<_> = ["a", "b", "c"]
        .into_iter()
        .map(|name| tokio::spawn(use_connection(name, connection.clone(), start)))
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
    println!(
        "{}  tokio Mutex: {} requests, one at a time",
        at(start),
        connection.lock().await
    );

    let start = Instant::now();
    println!("{}", std_guard_across_await(start).await);
}

#[cfg(test)]
#[path = "../../tests/units/part_23_async_mutex.rs"]
mod tests;

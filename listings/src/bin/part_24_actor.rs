//! Part 24: the counterpart of a `multiprocessing.Manager` and its proxies.
//! One task owns the state (a map of counters) and nobody else touches it;
//! cloneable handles send it requests over a channel, each with a `oneshot`
//! for the reply. An `add` is one request, so it cannot be interleaved; a
//! `get` followed by a `set` is two, and other handles' requests can come
//! in between: updates get lost, as with `proxy[key] += 1`.
//!
//! Run it: cargo run -p listings --bin part_24_actor

use std::collections::BTreeMap;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

// ANCHOR: requests
/// What a handle can ask of the store. Each request carries the sending
/// half of a `oneshot`: the store answers on it, once.
enum Request {
    Add {
        key: String,
        by: i64,
        reply: oneshot::Sender<i64>,
    },
    Get {
        key: String,
        reply: oneshot::Sender<Option<i64>>,
    },
    Set {
        key: String,
        value: i64,
        reply: oneshot::Sender<()>,
    },
}
// ANCHOR_END: requests

// ANCHOR: actor
/// The store's task: the only code that sees the map. It handles one
/// request at a time, in the order they arrive, and stops when every handle
/// is gone (the channel closes), returning the final map.
async fn store(mut requests: mpsc::Receiver<Request>) -> BTreeMap<String, i64> {
    let mut counters = BTreeMap::new();
    while let Some(request) = requests.recv().await {
        match request {
            Request::Add { key, by, reply } => {
                let value = counters.entry(key).or_insert(0);
                *value += by;
                let _ = reply.send(*value); // the asker may have given up
            }
            Request::Get { key, reply } => {
                let _ = reply.send(counters.get(&key).copied());
            }
            Request::Set { key, value, reply } => {
                counters.insert(key, value);
                let _ = reply.send(());
            }
        }
    }
    counters
}
// ANCHOR_END: actor

// ANCHOR: handle
/// A handle on the store: cheap to clone, one per worker.
#[derive(Clone)]
struct Store {
    requests: mpsc::Sender<Request>,
}

impl Store {
    /// Starts the store's task; its `JoinHandle` gives the final map.
    fn start() -> (Store, JoinHandle<BTreeMap<String, i64>>) {
        let (requests, inbox) = mpsc::channel(32);
        (Store { requests }, tokio::spawn(store(inbox)))
    }

    /// Sends `request`, made with a fresh `oneshot`, and waits for the reply.
    async fn ask<T>(&self, request: impl FnOnce(oneshot::Sender<T>) -> Request) -> T {
        let (reply, answer) = oneshot::channel();
        self.requests
            .send(request(reply))
            .await
            .expect("the store is running");
        answer.await.expect("the store answers every request")
    }

    async fn add(&self, key: &str, by: i64) -> i64 {
        self.ask(|reply| Request::Add {
            key: key.to_owned(),
            by,
            reply,
        })
        .await
    }

    async fn get(&self, key: &str) -> Option<i64> {
        self.ask(|reply| Request::Get {
            key: key.to_owned(),
            reply,
        })
        .await
    }

    async fn set(&self, key: &str, value: i64) {
        self.ask(|reply| Request::Set {
            key: key.to_owned(),
            value,
            reply,
        })
        .await
    }
}
// ANCHOR_END: handle

// ANCHOR: workers
/// `workers` tasks each count 250 hits on `key`, with `add` (one request) or
/// with `get` then `set` (two requests, like `proxy[key] += 1`).
async fn count_hits(store: &Store, key: &'static str, workers: usize, one_request: bool) {
    let mut tasks = Vec::new();
    for _ in 0..workers {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..250 {
                if one_request {
                    store.add(key, 1).await;
                } else {
                    let seen = store.get(key).await.unwrap_or(0);
                    store.set(key, seen + 1).await; // others may have added since
                }
            }
        }));
    }
    for task in tasks {
        task.await.expect("a worker panicked");
    }
}
// ANCHOR_END: workers

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (store, stopped) = Store::start();
    count_hits(&store, "add", 4, true).await;
    count_hits(&store, "get+set", 4, false).await;
    println!(
        "4 workers x 250 hits, add:     {:?}",
        store.get("add").await
    );
    println!(
        "4 workers x 250 hits, get+set: {:?}",
        store.get("get+set").await
    );
    println!("never counted: {:?}", store.get("nothing").await);
    drop(store); // the last handle: the store's loop ends
    let counters = stopped.await.expect("the store panicked");
    println!("the store stopped with {counters:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_24_actor.rs"]
mod tests;

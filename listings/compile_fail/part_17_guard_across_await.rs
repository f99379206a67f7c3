// Part 17 pitfall: a std MutexGuard held across an `.await`.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

async fn log_somewhere(_line: String) {}

#[tokio::main]
async fn main() {
    let store = Arc::new(Mutex::new(HashMap::<String, String>::new()));
    let task = tokio::spawn(async move {
        let mut map = store.lock().unwrap();
        map.insert("key".into(), "value".into());
        log_somewhere("stored key".into()).await; // the guard is still alive here
    });
    task.await.unwrap();
}

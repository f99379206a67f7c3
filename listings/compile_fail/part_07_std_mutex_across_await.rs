// Part 07 pitfall: holding a std::sync::Mutex guard across `.await` in a
// spawned task. The std guard must be unlocked by the thread that locked it,
// so it is not `Send`; a task that holds one across `.await` might resume on
// another worker thread, and `tokio::spawn` refuses it.
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn worker(shared: Arc<Mutex<Vec<u32>>>) {
    let mut numbers = shared.lock().unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    numbers.push(1);
}

#[tokio::main]
async fn main() {
    let shared = Arc::new(Mutex::new(Vec::new()));
    tokio::spawn(worker(shared)).await.unwrap();
}

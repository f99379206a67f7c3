//! Part 16 exercise, solved: two producers share one queue, and the consumers
//! stop once both are done. The queue closes when its last `Sender` is
//! dropped, so each producer owns one: a clone for the first, the original
//! for the second.
//!
//! Run it: cargo run -p listings --bin part_16_exercise

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver, Sender};
use tokio::sync::Mutex;
use tokio::time::sleep;

/// Puts `name0` .. `name4`, one every `every` ms, then drops its sender.
async fn produce(name: &'static str, every: u64, queue: Sender<String>) {
    for i in 0..5 {
        sleep(Duration::from_millis(every)).await;
        if queue.send(format!("{name}{i}")).await.is_err() {
            return; // no consumers left
        }
    }
}

// ANCHOR: solution
/// Starts the producers "p" and "q" on the same queue.
fn start_producers(queue: Sender<String>) {
    tokio::spawn(produce("p", 100, queue.clone()));
    tokio::spawn(produce("q", 150, queue)); // the original moves into the last one
}
// ANCHOR_END: solution

// ANCHOR: main
/// Takes items until every sender is gone and the queue is empty.
async fn consume(queue: Arc<Mutex<Receiver<String>>>) -> Vec<String> {
    let mut taken = Vec::new();
    loop {
        let next = queue.lock().await.recv().await;
        let Some(item) = next else { break };
        taken.push(item);
        sleep(Duration::from_millis(150)).await; // the work
    }
    taken
}

// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (sender, receiver) = mpsc::channel(2);
    start_producers(sender);
    let queue = Arc::new(Mutex::new(receiver));
    let a = tokio::spawn(consume(Arc::clone(&queue)));
    let b = tokio::spawn(consume(queue));
    println!("a took {:?}", a.await.unwrap());
    println!("b took {:?}", b.await.unwrap());
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_16_exercise.rs"]
mod tests;

//! Part 16 exercise, solved: two producers and `run` itself put items into
//! one queue, and the consumers stop once all of them are done. The queue
//! closes when its last `Sender` is dropped, so `run` drops its own as soon
//! as it has put its item: kept to the end of `run`, it would hold the queue
//! open while `run` waits for the consumers, and the program would hang.
//!
//! Run it: cargo run -p listings --bin part_16_exercise

use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver, Sender};
use tokio::sync::Mutex;
use tokio::time::sleep;

// ANCHOR: helpers
/// Puts `name0` .. `name4`, one every `every` ms, then drops its sender.
async fn produce(name: &'static str, every: u64, queue: Sender<String>) {
    for i in 0..5 {
        sleep(Duration::from_millis(every)).await;
        if queue.send(format!("{name}{i}")).await.is_err() {
            return; // no consumers left
        }
    }
}

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
// ANCHOR_END: helpers

// ANCHOR: solution
/// Starts "p" (every 100 ms) and "q" (every 150 ms), puts "start" itself,
/// and returns what each of the two consumers took.
async fn run() -> (Vec<String>, Vec<String>) {
    let (sender, receiver) = mpsc::channel(2);
    tokio::spawn(produce("p", 100, sender.clone()));
    tokio::spawn(produce("q", 150, sender.clone()));
    let first = "start".to_owned();
    sender
        .send(first)
        .await
        .expect("the receiver is still here");
    drop(sender); // run's own sender: from now on, only the producers'
    let queue = Arc::new(Mutex::new(receiver));
    let a = tokio::spawn(consume(Arc::clone(&queue)));
    let b = tokio::spawn(consume(queue));
    (a.await.unwrap(), b.await.unwrap())
}
// ANCHOR_END: solution

// ANCHOR: main
// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (a, b) = run().await;
    println!("a took {a:?}");
    println!("b took {b:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_16_exercise.rs"]
mod tests;

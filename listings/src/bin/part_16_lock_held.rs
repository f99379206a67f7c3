//! Part 16 pitfall: a consumer that holds the queue's lock while it works.
//! In `while let`, the temporaries of the condition (here, the Mutex guard)
//! live until the end of the loop body, so the three consumers work one at a
//! time. The same loop written with a `let` statement releases the lock first.
//!
//! Run it: cargo run -p listings --bin part_16_lock_held

// ANCHOR: wrong
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc::{self, Receiver};
use tokio::sync::Mutex;
use tokio::time::{sleep, Instant};

/// The queue the consumers share, as in part_16_queue.
type Queue = Arc<Mutex<Receiver<u32>>>;

/// Each item's work.
const WORK: Duration = Duration::from_millis(450);

async fn consume_holding_the_lock(name: char, queue: Queue, start: Instant) {
    // The guard from `queue.lock()` lives until the end of the body.
    while let Some(item) = queue.lock().await.recv().await {
        println!("{:.2}s  {name} takes {item}", start.elapsed().as_secs_f64());
        sleep(WORK).await; // works while holding the lock
    }
}
// ANCHOR_END: wrong

// ANCHOR: right
async fn consume(name: char, queue: Queue, start: Instant) {
    loop {
        let next = queue.lock().await.recv().await; // the guard drops here
        let Some(item) = next else { break };
        println!("{:.2}s  {name} takes {item}", start.elapsed().as_secs_f64());
        sleep(WORK).await; // works while the others take items
    }
}
// ANCHOR_END: right

/// Six items wait in a closed queue; three consumers share them. Returns how
/// long they took.
async fn drain(holding_the_lock: bool) -> Duration {
    let start = Instant::now();
    let (sender, receiver) = mpsc::channel(6);
    for item in 0..6 {
        sender.try_send(item).expect("the queue has room for six");
    }
    drop(sender); // closed: the consumers stop once it is empty
    let queue = Arc::new(Mutex::new(receiver));
    let mut consumers = Vec::new();
    for name in ['a', 'b', 'c'] {
        let queue = Arc::clone(&queue);
        consumers.push(if holding_the_lock {
            tokio::spawn(consume_holding_the_lock(name, queue, start))
        } else {
            tokio::spawn(consume(name, queue, start))
        });
    }
    for consumer in consumers {
        consumer.await.expect("no consumer panics");
    }
    start.elapsed()
}

fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true) // repeatable timings; see part_16_queue
        .build()?;
    for holding_the_lock in [true, false] {
        let label = if holding_the_lock {
            "while let, holding the lock"
        } else {
            "let, then work"
        };
        println!("{label}:");
        let took = runtime.block_on(drain(holding_the_lock));
        println!("six items done at {:.2}s", took.as_secs_f64());
    }
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_16_lock_held.rs"]
mod tests;

//! Part 21: a broadcast channel hands every receiver its own copy of each
//! message, so `recv` needs a message type that is `Clone`. This one is not.
//! (Deliberately broken: listings/tests/compile_fail.rs checks the message.)

use tokio::sync::broadcast;

/// A job description; it cannot be cloned.
struct Job {
    id: u32,
}

#[tokio::main]
async fn main() {
    let (sender, mut receiver) = broadcast::channel(4);
    sender.send(Job { id: 1 }).ok();
    let job = receiver.recv().await.unwrap();
    println!("got job {}", job.id);
}

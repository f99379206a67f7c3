// Part 19 pitfall: a deadline made before a `select!` loop, but not pinned.
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::{sleep_until, Instant};

#[tokio::main]
async fn main() {
    let (_sender, mut queue) = mpsc::channel::<u32>(1);
    let mut deadline = sleep_until(Instant::now() + Duration::from_millis(700));
    loop {
        tokio::select! {
            Some(n) = queue.recv() => println!("{n}"),
            () = &mut deadline => break,
        }
    }
}

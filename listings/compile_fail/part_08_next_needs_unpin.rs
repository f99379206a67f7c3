// Part 08 pitfall: calling `.next()` on a stream that is not `Unpin`. The
// stream below keeps an async block's future inside, so it may not move once
// polled; `next()` borrows it without pinning it, and requires `Unpin`.
use futures::StreamExt;
use std::time::Duration;

#[tokio::main]
async fn main() {
    let mut numbers = futures::stream::unfold(0, |n| async move {
        tokio::time::sleep(Duration::from_millis(100)).await;
        (n < 3).then_some((n, n + 1))
    });
    while let Some(n) = numbers.next().await {
        println!("{n}");
    }
}

// Part 08 pitfall: calling `.next()` on a stream that may not be `Unpin`.
// `print_all` accepts any stream, including ones that hold an async block's
// future and so must not move once polled; `next()` borrows the stream
// without pinning it, and requires `Unpin`.
use futures::{Stream, StreamExt};

async fn print_all(mut numbers: impl Stream<Item = u32>) {
    while let Some(n) = numbers.next().await {
        println!("{n}");
    }
}

#[tokio::main]
async fn main() {
    print_all(futures::stream::iter([1, 2, 3])).await;
}

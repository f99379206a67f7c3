// Part 09 pitfall: two `StreamExt` traits in scope. futures and tokio-stream
// each have one, with methods of the same names, and rustc will not guess.
use futures::StreamExt;
use tokio_stream::StreamExt as _;

#[tokio::main]
async fn main() {
    let mut numbers = futures::stream::iter([1, 2, 3]);
    while let Some(n) = numbers.next().await {
        println!("{n}");
    }
}

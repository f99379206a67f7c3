// Part 02 pitfall: calling an async fn and dropping the future it returns.
// Rust warns by default; this file denies the lint so the test can catch it.
#![deny(unused_must_use)]

async fn say(word: &str) {
    println!("{word}");
}

#[tokio::main]
async fn main() {
    say("never printed");
    say("printed").await;
}

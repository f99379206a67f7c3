// Part 03 pitfall: awaiting the same future twice.
async fn answer() -> u32 {
    42
}

#[tokio::main]
async fn main() {
    let future = answer();
    let first = future.await;
    let second = future.await;
    println!("{first} {second}");
}

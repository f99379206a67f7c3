// Part 01 pitfall: `.await` where no runtime could be driving the future.
async fn greeting() -> &'static str {
    "hello"
}

fn main() {
    let text = greeting().await;
    println!("{text}");
}

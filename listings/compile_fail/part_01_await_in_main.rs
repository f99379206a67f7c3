// Part 01 pitfall: `.await` in a function that is not `async`.
async fn greeting() -> &'static str {
    "hello"
}

fn main() {
    let text = greeting().await;
    println!("{text}");
}

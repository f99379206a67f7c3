// Part 05 pitfall: a spawned task that borrows a local variable.
#[tokio::main]
async fn main() {
    let name = String::from("nap");
    let handle = tokio::spawn(async {
        println!("{name} runs");
    });
    handle.await.unwrap();
}

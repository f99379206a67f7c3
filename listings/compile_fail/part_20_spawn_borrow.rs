// Part 20: a JoinSet task may not borrow the caller's locals, even when the
// caller waits for every task before they go away.
use tokio::task::JoinSet;

async fn check(name: &str) -> usize {
    name.len()
}

#[tokio::main]
async fn main() {
    let names = vec!["a".to_owned(), "bbb".to_owned()];
    let mut set = JoinSet::new();
    for name in &names {
        set.spawn(check(name));
    }
    while let Some(length) = set.join_next().await {
        println!("{}", length.unwrap());
    }
}

// Part 07 pitfall: a scoped helper written with a plain closure that returns
// a future. The future borrows the resource, but the signature gives that
// future a type (`Fut`) chosen once, outside the borrow: no lifetime links
// the two, so rustc rejects the closure.
use std::future::Future;

struct Resource;

impl Resource {
    fn read(&mut self) -> u32 {
        42
    }
}

async fn with_resource<F, Fut, T>(body: F) -> T
where
    F: FnOnce(&mut Resource) -> Fut,
    Fut: Future<Output = T>,
{
    let mut resource = Resource; // (open and close left out)
    body(&mut resource).await
}

#[tokio::main]
async fn main() {
    let value = with_resource(|resource| async move { resource.read() }).await;
    println!("{value}");
}

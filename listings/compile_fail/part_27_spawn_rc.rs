use std::cell::Cell;
use std::rc::Rc;

async fn count_hops(hops: Rc<Cell<u64>>) {
    tokio::task::yield_now().await; // the Rc is held across this await
    hops.set(hops.get() + 1);
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let hops = Rc::new(Cell::new(0));
    tokio::spawn(count_hops(Rc::clone(&hops))).await.unwrap();
    println!("{} hops", hops.get());
}

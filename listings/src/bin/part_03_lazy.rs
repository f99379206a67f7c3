//! Part 03: an `async fn` call and an `async` block both make a future, and a
//! future runs nothing until it is awaited (polled). Futures run in the order
//! they are awaited, not the order they were made; one that is dropped never
//! runs at all.
//!
//! Run it: cargo run -p listings --bin part_03_lazy

// ANCHOR: step
use std::cell::RefCell;

/// Says that its body runs, and notes its name in `log` (for the tests).
async fn step(name: &'static str, log: &RefCell<Vec<&'static str>>) -> &'static str {
    println!("  {name}: running");
    log.borrow_mut().push(name);
    name
}
// ANCHOR_END: step

// ANCHOR: order
/// Makes three futures, awaits two of them in reverse order, drops the third.
async fn make_then_await(log: &RefCell<Vec<&'static str>>) {
    let first = step("first", log);
    let second = step("second", log);
    let third = step("third", log);
    println!(
        "made three futures; steps run so far: {}",
        log.borrow().len()
    );

    println!("awaited {}", second.await);
    println!("awaited {}", first.await);
    drop(third); // never polled, so its body never runs
    println!("dropped third; steps run: {:?}", log.borrow());
}
// ANCHOR_END: order

// ANCHOR: block
/// An `async` block is a future too, made on the spot. `move` makes it own
/// what it uses, here `name`.
async fn block(log: &RefCell<Vec<&'static str>>) {
    let name = String::from("block");
    let shout = async move {
        println!("  {name}: running");
        name.to_uppercase()
    };
    println!("made an async block; steps run: {}", log.borrow().len());
    println!("awaited {}", shout.await);
}
// ANCHOR_END: block

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let log = RefCell::new(Vec::new());
    make_then_await(&log).await;
    block(&log).await;
}

#[cfg(test)]
#[path = "../../tests/units/part_03_lazy.rs"]
mod tests;

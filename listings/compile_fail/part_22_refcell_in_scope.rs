use std::cell::RefCell;
use std::thread;

fn main() {
    let hits = RefCell::new(0);
    thread::scope(|scope| {
        scope.spawn(|| *hits.borrow_mut() += 1);
        scope.spawn(|| *hits.borrow_mut() += 1);
    });
    println!("{} hits", hits.borrow());
}

use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let hits = Rc::new(RefCell::new(0));
    let for_thread = Rc::clone(&hits);
    let worker = thread::spawn(move || {
        *for_thread.borrow_mut() += 1;
    });
    worker.join().unwrap();
    println!("{} hits", hits.borrow());
}

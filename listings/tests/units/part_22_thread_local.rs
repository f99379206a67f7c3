//! The tests of `listings/src/bin/part_22_thread_local.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn each_thread_counts_only_its_own_calls() {
    let (a, b) = (worker(3), worker(5));
    assert_eq!((a.join().unwrap(), b.join().unwrap()), (3, 5));
}

#[test]
fn a_new_thread_starts_at_zero() {
    thread::spawn(|| {
        assert_eq!(HANDLED.get(), 0);
        handle_request();
        assert_eq!(HANDLED.get(), 1);
    })
    .join()
    .unwrap();
    assert_eq!(worker(0).join().unwrap(), 0);
}

#[test]
fn two_tasks_on_one_thread_share_one_counter() {
    // Three requests each, but each task sees all six.
    assert_eq!(
        thread::spawn(two_tasks_on_one_thread).join().unwrap(),
        (6, 6)
    );
}

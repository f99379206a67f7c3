//! The tests of `listings/src/bin/part_26_frozen_loop.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn block_on_freezes_the_loop_and_try_recv_does_not() {
    let (handle, stop, side) = side_runtime().unwrap();
    assert_eq!(ticks_with_block_on(&handle), 0);
    // 300 ms of work and a tick every 20 ms: about 15 ticks on an idle
    // machine; more than one even on a very busy one.
    assert!(ticks_with_try_recv(&handle) > 1);
    drop(stop);
    side.join().unwrap();
}

#[test]
fn blocking_recv_inside_the_runtime_panics_with_tokios_message() {
    let (handle, stop, side) = side_runtime().unwrap();
    let message = Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(blocking_inside(&handle));
    assert!(
        message.starts_with("Cannot block the current thread from within a runtime"),
        "{message}"
    );
    drop(stop);
    side.join().unwrap();
}

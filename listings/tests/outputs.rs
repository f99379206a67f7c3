//! The output the book shows under each listing is what the listing prints.
//!
//! Every binary in `src/bin/` runs, and its standard output is compared with
//! `outputs/<name>.txt`, the file the chapter includes. Rewrite the files from
//! real runs with `UPDATE_EXPECT=1 cargo test -p listings --test outputs`
//! (or `cargo xtask bless`).

use std::process::Command;

mod common;

/// Runs a listing and checks its output file; panics with a diff on drift.
fn check(name: &str, exe: &str) {
    let mut listing = Command::new(exe);
    listing.env_remove("RUST_BACKTRACE"); // panics a listing catches on purpose stay short
    common::check_output(name, listing, &format!("{name}.txt"));
}

/// One test per listing, named after it, so a failure says which one drifted.
macro_rules! listings {
    ($($name:ident)*) => {
        const LISTED: &[&str] = &[$(stringify!($name)),*];
        $(
            #[test]
            fn $name() {
                check(stringify!($name), env!(concat!("CARGO_BIN_EXE_", stringify!($name))));
            }
        )*
    };
}

listings! {
    part_00_ten_thousand_waits
    part_01_exercise
    part_01_nested_block_on
    part_01_runtime_is_a_value
    part_01_tokio_main
    part_02_block_on
    part_02_exercise
    part_02_no_reactor
    part_02_run_until_complete
    part_03_exercise
    part_03_fallible
    part_03_lazy
    part_03_resumed
    part_04_errors
    part_04_exercise
    part_04_oneshot
    part_04_shared
    part_05_detached
    part_05_exercise
    part_05_join_error
    part_05_tasks
    part_06_custom_awaitables
    part_06_exercise
    part_06_forgot_waker
    part_07_async_context_managers
    part_07_exercise
    part_07_mutex_guard
    part_08_async_iterators
    part_08_exercise
    part_09_async_generators
    part_09_exercise
    part_10_exercise
    part_10_tickers
    part_11_blocking_sleep
    part_11_exercise
    part_11_join_sleep
    part_12_blocking_http
    part_12_blocking_in_async
    part_12_errors
    part_12_exercise
    part_12_join_http
    part_13_as_completed
    part_13_bounded
    part_13_exercise
    part_14_async_from_sync
    part_14_blocking_in_async
    part_14_exercise
    part_14_pool_size
    part_14_spawn_blocking
    part_15_blocking_the_runtime
    part_15_cpu_bound
    part_15_exercise
    part_16_exercise
    part_16_lock_held
    part_16_queue
    part_17_exercise
    part_17_mini_redis
}

#[test]
fn every_listing_is_checked_here() {
    assert_eq!(
        common::stems("src/bin", "rs"),
        LISTED,
        "add each new listing of src/bin/ to the listings! list in {}",
        file!()
    );
}

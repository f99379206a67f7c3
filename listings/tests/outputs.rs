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

//! The output the book shows under each listing is what the listing prints.
//!
//! Every binary in `src/bin/` runs, and its standard output is compared with
//! `outputs/<name>.txt`, the file the chapter includes. Rewrite the files from
//! real runs with `UPDATE_EXPECT=1 cargo test -p listings --test outputs`
//! (or `cargo xtask bless`).

use std::path::Path;
use std::process::Command;

/// Runs a listing and checks its output file; panics with a diff on drift.
fn check(name: &str, exe: &str) {
    let run = Command::new(exe)
        .env_remove("RUST_BACKTRACE") // panics a listing catches on purpose stay short
        .output()
        .unwrap_or_else(|e| panic!("cannot run listing {name} ({exe}): {e}"));
    assert!(
        run.status.success(),
        "listing {name} failed ({}):\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8(run.stdout).expect("listings print UTF-8");
    expect_test::expect_file![format!("../outputs/{name}.txt")].assert_eq(&stdout);
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
}

#[test]
fn every_listing_is_checked_here() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bin");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .expect("listings/src/bin")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    assert_eq!(
        on_disk,
        LISTED,
        "add each new listing of src/bin/ to the listings! list in {}",
        file!()
    );
}

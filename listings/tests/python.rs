//! The book's Python counterparts run, and print what the book shows.
//!
//! Each `python/<name>.py` runs under the machine's `python3` (3.11 or newer:
//! the counterparts use `asyncio.Runner` and `TaskGroup`), and its standard
//! output is compared with `outputs/<name>.py.txt`. Rewrite those files with
//! `UPDATE_EXPECT=1 cargo test -p listings --test python`.

use std::path::Path;
use std::process::Command;

mod common;

fn check(name: &str) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("python/{name}.py"));
    let mut python = Command::new("python3"); // 3.11+, see python_is_new_enough
    python.arg(script);
    common::check_output(&format!("{name}.py"), python, &format!("{name}.py.txt"));
}

/// One test per script. A script that needs a package from PyPI (aiohttp) is
/// marked `#[ignore = ...]`: `.ci/run` installs the pinned package and runs
/// the ignored tests too (`cargo test -p listings --test python -- --ignored`).
macro_rules! scripts {
    ($($(#[$attr:meta])* $name:ident)*) => {
        const LISTED: &[&str] = &[$(stringify!($name)),*];
        $( $(#[$attr])* #[test] fn $name() { check(stringify!($name)); } )*
    };
}

scripts! {
    part_01_event_loop
    part_02_run_until_complete
    part_03_coroutines
    part_04_futures
    part_05_tasks
    part_06_custom_awaitables
    part_07_async_context_managers
    part_08_async_iterators
    part_09_async_generators
    part_10_create_task
    part_11_gather_sleep
    #[ignore = "needs aiohttp 3.12.15 (pip); .ci/run installs it and runs this"]
    part_12_gather_http
    #[ignore = "needs aiohttp 3.12.15 (pip); .ci/run installs it and runs this"]
    part_13_as_completed
    part_14_to_thread
    part_15_cpu_bound
    part_16_queue
    part_17_mini_redis
}

#[test]
fn python_is_new_enough() {
    let run = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info >= (3, 11))"])
        .output()
        .expect("python3 is on PATH");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout).trim(),
        "True",
        "the counterparts need Python 3.11+"
    );
}

#[test]
fn every_script_is_checked_here() {
    assert_eq!(
        common::stems("python", "py"),
        LISTED,
        "add each new script to the scripts! list in {}",
        file!()
    );
}

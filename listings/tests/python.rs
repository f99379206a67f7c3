//! The book's Python counterparts run, and print what the book shows.
//!
//! Each `python/<name>.py` runs under the machine's `python3` (3.11 or newer:
//! the counterparts use `asyncio.Runner` and `TaskGroup`), and its standard
//! output is compared with `outputs/<name>.py.txt`. Rewrite those files with
//! `UPDATE_EXPECT=1 cargo test -p listings --test python`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn python_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("python")
}

fn check(name: &str) {
    let script = python_dir().join(format!("{name}.py"));
    let run = Command::new("python3")
        .arg(&script)
        .output()
        .unwrap_or_else(|e| panic!("cannot run python3 (needed for the Python counterparts): {e}"));
    assert!(
        run.status.success(),
        "{} failed ({}):\n{}",
        script.display(),
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8(run.stdout).expect("the scripts print UTF-8");
    expect_test::expect_file![format!("../outputs/{name}.py.txt")].assert_eq(&stdout);
}

macro_rules! scripts {
    ($($name:ident)*) => {
        const LISTED: &[&str] = &[$(stringify!($name)),*];
        $( #[test] fn $name() { check(stringify!($name)); } )*
    };
}

scripts! {
    part_01_event_loop
    part_02_run_until_complete
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
    let mut on_disk: Vec<String> = std::fs::read_dir(python_dir())
        .expect("listings/python")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "py"))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    assert_eq!(
        on_disk,
        LISTED,
        "add each new script to the scripts! list in {}",
        file!()
    );
}

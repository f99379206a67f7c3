//! What the output checks share: run a program, compare its stdout with the
//! file the book includes, and list the programs a folder holds.

use std::path::Path;
use std::process::Command;

/// Runs `command` (a listing or a script called `name`) and compares its
/// standard output with `outputs/<output>`; panics with a diff on drift.
pub fn check_output(name: &str, mut command: Command, output: &str) {
    let run = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {name} ({command:?}): {e}"));
    assert!(
        run.status.success(),
        "{name} failed ({}):\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    let stdout = String::from_utf8(run.stdout).expect("programs print UTF-8");
    let file = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("outputs")
        .join(output);
    expect_test::expect_file![file].assert_eq(&stdout);
}

/// The stems of the files in `dir` (relative to the crate) ending in `.ext`.
pub fn stems(dir: &str, ext: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut stems: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == ext))
        .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    stems.sort();
    stems
}

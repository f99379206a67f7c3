//! Helpers shared by the book's listings.
//!
//! Each listing is a binary in `src/bin/`, named after its part
//! (`part_02_block_on.rs`); its captured output is `outputs/<name>.txt`. What
//! several listings need lives here, once.

use std::any::Any;

pub mod server;
pub mod timeline;

/// The path of the listing `name`'s program, for a test that runs it as a
/// child process. Cargo names it in `CARGO_BIN_EXE_<name>` only for
/// integration tests (`tests/units.rs`, as `cargo test` runs them); a
/// listing's own test binary (`cargo test --bin NAME`, as `cargo xtask test
/// NN` runs it) finds the program beside `deps/`, where the same cargo call
/// built it. Panics, saying how to build it, when it is not there.
pub fn program(name: &str, from_cargo: Option<&'static str>) -> std::path::PathBuf {
    if let Some(path) = from_cargo {
        return path.into();
    }
    let exe = std::env::current_exe().expect("the test binary's own path");
    let debug = exe.parent().and_then(|deps| deps.parent());
    let path = debug.map(|dir| dir.join(name)).unwrap_or_default();
    assert!(
        path.is_file(),
        "no program {} to run: build it first (cargo build -p listings --bin {name})",
        path.display()
    );
    path
}

/// The message of a caught panic (`std::panic::catch_unwind`'s error), for
/// listings that show what a mistake does without ending the program.
pub fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(message) = payload.downcast_ref::<String>() {
        message
    } else if let Some(message) = payload.downcast_ref::<&'static str>() {
        message
    } else {
        "(a panic without a message)"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_kinds_of_panic_payload() {
        let formatted = std::panic::catch_unwind(|| panic!("{} apples", 3)).unwrap_err();
        assert_eq!(panic_message(&*formatted), "3 apples");
        let literal = std::panic::catch_unwind(|| panic!("plain")).unwrap_err();
        assert_eq!(panic_message(&*literal), "plain");
        let other = std::panic::catch_unwind(|| std::panic::panic_any(7)).unwrap_err();
        assert_eq!(panic_message(&*other), "(a panic without a message)");
    }
}

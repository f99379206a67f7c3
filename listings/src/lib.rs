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

/// A writer that keeps what is written to it, for a test that reads what a
/// logger wrote (`tracing_subscriber`'s `with_writer(move || sink.clone())`).
/// Clones share one buffer.
#[derive(Clone, Default)]
pub struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Captured {
    /// Everything written so far, as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captured_keeps_what_every_clone_writes() {
        use std::io::Write;
        let captured = Captured::default();
        let mut a = captured.clone();
        let mut b = captured.clone();
        write!(a, "one ").unwrap();
        write!(b, "two").unwrap();
        assert_eq!(captured.text(), "one two");
    }

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

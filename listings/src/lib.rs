//! Helpers shared by the book's listings.
//!
//! Each listing is a binary in `src/bin/`, named after its part
//! (`part_02_block_on.rs`); its captured output is `outputs/<name>.txt`. What
//! several listings need lives here, once.

use std::any::Any;

pub mod server;
pub mod timeline;

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

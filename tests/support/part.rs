//! `SURVEY_PART=NN` (set by `cargo xtask test NN`) narrows the book's checks
//! to one part's chapter and files; unset, they check the whole book.

use std::path::Path;

/// The part asked for, as two digits, if any.
pub fn asked() -> Option<String> {
    let part = std::env::var("SURVEY_PART").ok()?;
    let part = part.trim();
    assert!(
        part.len() == 2 && part.chars().all(|c| c.is_ascii_digit()),
        "SURVEY_PART={part}: expected a part number of two digits, such as 07"
    );
    Some(part.to_owned())
}

/// Whether a chapter or a listing's file belongs to the part asked for (part
/// 00 is the introduction). With no part asked for, everything does.
pub fn selects(path: &Path) -> bool {
    let Some(part) = asked() else {
        return true;
    };
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    name.starts_with(&format!("part-{part}-"))
        || name.starts_with(&format!("part_{part}_"))
        || (part == "00" && name == "introduction.md")
}

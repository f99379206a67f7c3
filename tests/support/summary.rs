//! The chapters `src/SUMMARY.md` lists.

use std::fs;
use std::path::Path;

/// What each link of `src/SUMMARY.md` (under `root`) points to, relative to
/// `src/`, in order. A draft (`[Title]()`, with no file) is left out.
pub fn chapter_links(root: &Path) -> Vec<String> {
    let summary = fs::read_to_string(root.join("src/SUMMARY.md")).expect("src/SUMMARY.md");
    let link = regex::Regex::new(r"\]\(([^)]*)\)").unwrap();
    link.captures_iter(&summary)
        .map(|c| c[1].trim().to_owned())
        .filter(|target| !target.is_empty())
        .collect()
}

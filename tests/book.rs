//! Checks of the book as a whole: the table of contents, the chapters and the
//! files they include. (Whether each Rust block compiles and runs is
//! tests/skeptic.rs; whether each shown output is real is listings/tests. A
//! SUMMARY entry whose file is missing, or a broken include, never gets this
//! far: build.rs refuses to build, naming it.)

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "support/directives.rs"]
mod directives;
#[path = "support/part.rs"]
mod part;
#[path = "support/summary.rs"]
mod summary;

/// The project's root (these tests are the `checks/` package's).
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The chapter files SUMMARY.md links to (drafts, with no file, are left out).
fn summary_chapters() -> Vec<PathBuf> {
    summary::chapter_links(root())
        .into_iter()
        .map(|target| root().join("src").join(target))
        .collect()
}

/// A chapter's text, with the path to name in messages.
fn chapters() -> Vec<(String, String)> {
    summary_chapters()
        .into_iter()
        .filter(|path| part::selects(path))
        .map(|path| {
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (shown(&path), text)
        })
        .collect()
}

fn shown(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Every file some chapter includes, as a path relative to the root.
fn included_files() -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    for (chapter, text) in chapters() {
        let base = root().join(&chapter).parent().unwrap().to_path_buf();
        for directive in directives::find(&text) {
            let directive = directive.unwrap_or_else(|p| panic!("{chapter}:{p}"));
            match directives::check(&directive, &base) {
                Ok(Some(file)) => {
                    files.insert(shown(&file));
                }
                Ok(None) => {}
                Err(p) => panic!("{chapter}:{p}"),
            }
        }
    }
    files
}

/// Files below `dir` (relative to the root) whose names end with one of `ends`.
fn files_in(dir: &str, ends: &[&str]) -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|p| ends.iter().any(|end| p.to_string_lossy().ends_with(end)))
        .filter(|p| part::selects(p))
        .map(|p| shown(&p))
        .collect();
    found.sort();
    found
}

#[test]
fn every_chapter_file_is_in_the_summary() {
    let listed: BTreeSet<String> = summary_chapters().iter().map(|p| shown(p)).collect();
    let unlisted: Vec<String> = files_in("src", &[".md"])
        .into_iter()
        .filter(|f| !f.ends_with("SUMMARY.md") && !listed.contains(f))
        .collect();
    assert!(
        unlisted.is_empty(),
        "chapters missing from src/SUMMARY.md: {unlisted:?}"
    );
}

#[test]
fn every_listing_output_and_script_is_shown_by_a_chapter() {
    let used = included_files();
    let mut orphans = Vec::new();
    for (dir, ends) in [
        ("listings/src/bin", &[".rs"][..]),
        ("listings/outputs", &[".txt"][..]),
        ("listings/python", &[".py"][..]),
        ("listings/compile_fail", &[".rs", ".stderr"][..]),
    ] {
        orphans.extend(
            files_in(dir, ends)
                .into_iter()
                .filter(|f| !used.contains(f)),
        );
    }
    assert!(
        orphans.is_empty(),
        "files no chapter includes (include them, or delete them): {orphans:?}"
    );
}

#[test]
fn every_listing_shown_is_shown_with_its_output() {
    let used = included_files();
    let missing: Vec<String> = used
        .iter()
        .filter_map(|f| f.strip_prefix("listings/src/bin/")?.strip_suffix(".rs"))
        // A module of a listing split by concern (`NAME/store.rs`) is NAME's.
        .map(|name| name.split('/').next().unwrap_or(name))
        .map(|name| format!("listings/outputs/{name}.txt"))
        .filter(|output| !used.contains(output))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert!(
        missing.is_empty(),
        "listings shown without their captured output: {missing:?}"
    );
}

/// The caption under a block of deliberately broken code.
fn compile_fail_caption(name: &str) -> String {
    format!(
        "<p class=\"caption\">listings/compile_fail/{name}.rs · does not compile, on purpose: \
         <code>cargo test -p listings --test compile_fail</code> checks the message below</p>"
    )
}

/// `ignore` would let a block escape the tests. The only blocks allowed it are
/// deliberately broken code from listings/compile_fail, whose rustc message
/// trybuild checks and the chapter shows beside it; the line after each says
/// so, to the reader, in a caption: the file, and that it fails on purpose.
#[test]
fn only_compile_fail_listings_are_ignored() {
    let fence =
        regex::Regex::new(r"(?m)^```rust[^\n]*\bignore\b[^\n]*\n([^`]*)```\n?([^\n]*)").unwrap();
    let include =
        regex::Regex::new(r"^\{\{#include \.\./listings/compile_fail/([\w-]+)\.rs\}\}\s*$")
            .unwrap();
    for (chapter, text) in chapters() {
        for block in fence.captures_iter(&text) {
            let body = block[1].trim();
            let Some(name) = include.captures(body) else {
                panic!("{chapter}: an `ignore` block that is not a compile_fail listing:\n{body}");
            };
            let caption = compile_fail_caption(&name[1]);
            assert!(
                block[2] == caption,
                "{chapter}: say why compile_fail/{}.rs is `ignore` on the line after its \
                 block, with this caption:\n{caption}",
                &name[1]
            );
            let stderr = format!("../listings/compile_fail/{}.stderr", &name[1]);
            assert!(
                text.contains(&stderr),
                "{chapter}: shows compile_fail/{}.rs but not the compiler's message ({stderr})",
                &name[1]
            );
        }
    }
}

//! Turns the book into tests.
//!
//! 1. Load the book as mdBook does (book.toml, src/SUMMARY.md, the chapters).
//! 2. Check every include directive of every chapter; a missing file, anchor
//!    or line fails the build, naming the chapter, the line and the directive.
//! 3. Expand the directives with mdBook's own `links` preprocessor, so the
//!    code under test is exactly the code the reader sees.
//! 4. Write the expanded chapters to OUT_DIR/book/ (what the reader sees, for
//!    tests/reader.rs) and a copy for skeptic to OUT_DIR/skeptic/, only when
//!    they changed: skeptic watches them, and a new mtime would rerun this
//!    script.
//! 5. Hand the copies to skeptic, which writes one test per Rust block; the
//!    tests are compiled into tests/skeptic.rs.
//!
//! The copy differs in one way. `{{#rustdoc_include file.rs:anchor}}` shows one
//! anchor and hides the rest of the file, so every anchor of a listing is the
//! same program once the hidden lines are back. Skeptic would compile it once
//! (its binary cache) but run it once per block, and listings sleep on the real
//! clock. In the copy, a block whose whole program already appeared is fenced
//! `text`: the program is compiled and run once, under its first block's test.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::{env, fs, process};

use mdbook_driver::MDBook;
use mdbook_driver::book::BookItem;
use mdbook_driver::builtin_renderers::MarkdownRenderer;

#[path = "tests/support/directives.rs"]
#[allow(dead_code)] // the tests use more of it than the build does
mod directives;

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("book");
    println!("cargo::rerun-if-changed=book.toml");
    println!("cargo::rerun-if-changed=src");

    let book = MDBook::load(&root).unwrap_or_else(|e| fail(&[format!("mdBook: {e:#}")]));
    let included = check_directives(&book);
    for file in &included {
        println!("cargo::rerun-if-changed={}", file.display());
    }
    let expanded = expand(&book);
    write_chapters(chapters(&expanded), &out_dir);
    let docs = write_chapters(
        without_repeated_programs(chapters(&expanded)),
        &out_dir.with_file_name("skeptic"),
    );
    skeptic::generate_doc_tests(&docs);
}

/// Checks every directive of every chapter; returns the files they include.
fn check_directives(book: &MDBook) -> Vec<PathBuf> {
    let src = book.source_dir();
    let mut errors = Vec::new();
    let mut included = Vec::new();
    for (path, content) in chapters(&book.book) {
        let shown = Path::new(&book.config.book.src).join(&path);
        let base = src.join(path.parent().unwrap_or(Path::new("")));
        for found in directives::find(&content) {
            match found.and_then(|d| directives::check(&d, &base)) {
                Ok(Some(file)) => included.push(file),
                Ok(None) => {}
                Err(problem) => errors.push(format!("{}:{problem}", shown.display())),
            }
        }
    }
    if !errors.is_empty() {
        fail(&errors);
    }
    included.sort();
    included.dedup();
    included
}

/// The book after mdBook's preprocessors (the `links` one expands includes).
fn expand(book: &MDBook) -> mdbook_driver::book::Book {
    match book.preprocess_book(&MarkdownRenderer::new()) {
        Ok((expanded, _)) => expanded,
        Err(e) => fail(&[format!("mdBook's preprocessors failed: {e:#}")]),
    }
}

/// Writes each chapter under `out_dir`; returns their paths.
fn write_chapters(chapters: Vec<(PathBuf, String)>, out_dir: &Path) -> Vec<PathBuf> {
    let mut docs = Vec::new();
    for (path, content) in chapters {
        let target = out_dir.join(&path);
        fs::create_dir_all(target.parent().expect("a file has a folder"))
            .unwrap_or_else(|e| fail(&[format!("{}: {e}", target.display())]));
        if fs::read_to_string(&target).ok().as_deref() != Some(&content) {
            fs::write(&target, &content)
                .unwrap_or_else(|e| fail(&[format!("{}: {e}", target.display())]));
        }
        docs.push(target);
    }
    docs
}

/// (source path relative to src/, content) of every chapter with a file.
fn chapters(book: &mdbook_driver::book::Book) -> Vec<(PathBuf, String)> {
    book.iter()
        .filter_map(|item| match item {
            BookItem::Chapter(ch) => Some((ch.source_path.clone()?, ch.content.clone())),
            _ => None,
        })
        .collect()
}

/// The chapters with every Rust block whose program (hidden lines included)
/// was already seen, in this chapter or an earlier one, fenced `text` instead,
/// so that skeptic runs each program once. Lines keep their numbers.
fn without_repeated_programs(chapters: Vec<(PathBuf, String)>) -> Vec<(PathBuf, String)> {
    let mut seen = HashSet::new();
    chapters
        .into_iter()
        .map(|(path, content)| {
            let mut lines: Vec<&str> = content.split('\n').collect();
            let mut i = 0;
            while i < lines.len() {
                let Some(info) = lines[i].strip_prefix("```") else {
                    i += 1;
                    continue;
                };
                let start = i;
                let end = (start + 1..lines.len())
                    .find(|&j| lines[j].starts_with("```"))
                    .unwrap_or(lines.len());
                let is_rust = info.split([',', ' ']).next() == Some("rust");
                if is_rust && !info.contains("ignore") {
                    let program: Vec<&str> = lines[start + 1..end]
                        .iter()
                        .map(|line| match line.strip_prefix('#') {
                            Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                                rest.strip_prefix(' ').unwrap_or(rest)
                            }
                            _ => line,
                        })
                        .collect();
                    // What skeptic does with the program: run it, only check
                    // it, or expect a panic. Other words (noplayground,
                    // editable) only matter to the browser.
                    let mode = ["no_run", "should_panic"].map(|w| info.contains(w));
                    if !seen.insert((mode, program.join("\n"))) {
                        lines[start] = "```text";
                    }
                }
                i = end + 1;
            }
            (path, lines.join("\n"))
        })
        .collect()
}

fn fail(errors: &[String]) -> ! {
    eprintln!("error: the book cannot be tested as it stands:");
    for e in errors {
        eprintln!("  {e}");
    }
    process::exit(1);
}

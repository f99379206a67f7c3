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
//! The copy differs in one way. A block that shows a listing, whole, as a
//! slice (`{{#include file.rs:anchor}}`) or with the rest hidden
//! (`{{#rustdoc_include}}`), is byte for byte part of that listing, and the
//! listing is a program cargo compiles and `listings/tests/programs.rs` runs
//! (checking its output). In the copy such a block is fenced `text`, so each
//! program runs once, where its output is checked. Skeptic compiles and runs
//! every other Rust block: those written in the chapters, and those that mix
//! written lines with included ones (an exercise's starter with the
//! solution's `main`).

use std::path::{Path, PathBuf};
use std::{env, fs, process};

use mdbook_driver::MDBook;
use mdbook_driver::book::BookItem;
use mdbook_driver::builtin_renderers::MarkdownRenderer;
use mdbook_driver::config::Config;
use std::str::FromStr;

#[path = "tests/support/directives.rs"]
#[allow(dead_code)] // the tests use more of it than the build does
mod directives;
#[path = "tests/support/fences.rs"]
#[allow(dead_code)]
mod fences;

fn main() {
    let root = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("book");
    println!("cargo::rerun-if-changed=book.toml");
    // SUMMARY.md and each chapter it lists, not all of src/: mdbook-quiz
    // rewrites its assets into src/quiz/ on every build of the HTML.
    println!("cargo::rerun-if-changed=src/SUMMARY.md");

    let book = MDBook::load_with_config(&root, config_without_quizzes(&root))
        .unwrap_or_else(|e| fail(&[format!("mdBook: {e:#}")]));
    let included = check_directives(&book);
    for file in &included {
        println!("cargo::rerun-if-changed={}", file.display());
    }
    let source = chapters(&book.book);
    for (path, _) in &source {
        println!(
            "cargo::rerun-if-changed={}",
            book.source_dir().join(path).display()
        );
    }
    let expanded = chapters(&expand(&book));
    let copy = skeptic_copy(&source, &expanded).unwrap_or_else(|errors| fail(&errors));
    let lines = source_lines(&source, &expanded);
    write_chapters(expanded, &out_dir);
    let docs = write_chapters(copy, &out_dir.with_file_name("skeptic"));
    skeptic::generate_doc_tests(&docs);
    name_tests_by_source_line(&lines);
}

/// book.toml without its `[preprocessor.quiz]` table: the quiz preprocessor is
/// a program of its own that `cargo xtask` installs, and the tests do not need
/// it (a `{{#quiz}}` directive stays as it is; tests/quiz.rs checks the quiz
/// files themselves).
fn config_without_quizzes(root: &Path) -> Config {
    let path = root.join("book.toml");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| fail(&[format!("{}: {e}", path.display())]));
    let mut in_quiz = false;
    let kept: Vec<&str> = text
        .lines()
        .filter(|line| {
            let header = line.trim_start();
            if header.starts_with('[') {
                in_quiz = header.starts_with("[preprocessor.quiz]");
            }
            !in_quiz
        })
        .collect();
    let mut config = Config::from_str(&kept.join("\n"))
        .unwrap_or_else(|e| fail(&[format!("{}: {e:#}", path.display())]));
    config
        .update_from_env()
        .unwrap_or_else(|e| fail(&[format!("mdBook's MDBOOK_* variables: {e:#}")]));
    config
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

/// The expanded chapters with each block that shows a listing fenced `text`
/// (see the top of this file). Source and expanded chapters have the same
/// fences in the same order; an included file that adds one is an error.
fn skeptic_copy(
    source: &[(PathBuf, String)],
    expanded: &[(PathBuf, String)],
) -> Result<Vec<(PathBuf, String)>, Vec<String>> {
    let mut errors = Vec::new();
    let mut copy = Vec::new();
    for ((path, written), (_, shown)) in source.iter().zip(expanded) {
        let (before, after) = (fences::find(written), fences::find(shown));
        if before.len() != after.len() {
            errors.push(format!(
                "src/{}: an included file adds or removes a code fence (``` in a listing?), \
                 so its blocks cannot be told apart",
                path.display()
            ));
            continue;
        }
        let mut lines: Vec<&str> = shown.split('\n').collect();
        for (block, expanded_block) in before.iter().zip(&after) {
            // A listing runs in listings/tests/programs.rs; a compile-fail
            // listing (`ignore`) is checked by listings/tests/compile_fail.rs.
            let checked_elsewhere =
                fences::shown_listing(&block.body).is_some() || block.has("ignore");
            if block.language() == "rust" && checked_elsewhere {
                lines[expanded_block.line - 1] = "```text";
            }
        }
        copy.push((path.clone(), lines.join("\n")));
    }
    if errors.is_empty() {
        Ok(copy)
    } else {
        Err(errors)
    }
}

/// For each chapter, skeptic's name for it (`part_11_gather_sleep`) and the
/// line of each block's opening fence: (in the expanded chapter, in the
/// chapter as written).
fn source_lines(
    source: &[(PathBuf, String)],
    expanded: &[(PathBuf, String)],
) -> Vec<(String, Vec<(usize, usize)>)> {
    source
        .iter()
        .zip(expanded)
        .map(|((path, written), (_, shown))| {
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            let stem: String = stem
                .to_ascii_lowercase()
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                .collect();
            let pairs = fences::find(shown)
                .iter()
                .zip(fences::find(written).iter())
                .map(|(e, w)| (e.line, w.line))
                .collect();
            (stem, pairs)
        })
        .collect()
}

/// Skeptic names each test after the line of the expanded chapter where its
/// block starts; an author looks at the chapter as written. Rename the tests
/// in the file skeptic wrote (`..._line_479` becomes `..._line_471`), so a
/// failing block is found at the line its name says.
fn name_tests_by_source_line(lines: &[(String, Vec<(usize, usize)>)]) {
    let file =
        PathBuf::from(env::var_os("OUT_DIR").expect("set by cargo")).join("skeptic-tests.rs");
    let Ok(tests) = fs::read_to_string(&file) else {
        fail(&[format!("skeptic wrote no {}", file.display())]);
    };
    let name = regex::Regex::new(r"fn (\w+?)_line_(\d+)\(\)").unwrap();
    let renamed = name.replace_all(&tests, |caps: &regex::Captures| {
        let (prefix, line) = (&caps[1], caps[2].parse::<usize>().unwrap_or(0));
        let source_line = lines
            .iter()
            .filter(|(stem, _)| prefix == stem || prefix.starts_with(&format!("{stem}_sect_")))
            .flat_map(|(_, pairs)| pairs.iter())
            .find(|(expanded, _)| *expanded == line)
            .map_or(line, |(_, written)| *written);
        format!("fn {prefix}_line_{source_line}()")
    });
    if renamed != tests {
        fs::write(&file, renamed.as_bytes())
            .unwrap_or_else(|e| fail(&[format!("{}: {e}", file.display())]));
    }
}

fn fail(errors: &[String]) -> ! {
    eprintln!("error: the book cannot be tested as it stands:");
    for e in errors {
        eprintln!("  {e}");
    }
    process::exit(1);
}

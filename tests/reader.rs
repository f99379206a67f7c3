//! Checks of what the reader's browser gets from the chapters' code fences:
//! which blocks have a Run button, which are editable, which are captured
//! output. (tests/browser/ then checks the rendered pages in Chromium.)
//!
//! A Run button sends the block, hidden lines included, to play.rust-lang.org.
//! The playground has tokio, futures, reqwest, tokio-stream, tokio-util and
//! rayon, but not our `listings` crate, no network, no files of ours and no
//! processes to start. So a block that needs any of those is fenced
//! ```` ```rust,noplayground ```` and says how to run it locally; every other
//! block is plain ```` ```rust ```` and gets a Run button.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "support/fences.rs"]
mod fences;
#[path = "support/items.rs"]
mod items;
#[path = "support/part.rs"]
mod part;

use fences::Fence;

/// Text in a block's code (hidden lines included) that means the block needs
/// this machine rather than the playground, and why.
const NEEDS_THIS_MACHINE: &[(&str, &str)] = &[
    ("listings::", "uses our `listings` crate"),
    ("TcpListener", "runs a server"),
    ("TcpStream", "opens a socket"),
    ("UdpSocket", "opens a socket"),
    ("UnixListener", "runs a server"),
    ("UnixStream", "opens a socket"),
    ("127.0.0.1", "talks to a local server"),
    ("localhost", "talks to a local server"),
    ("std::process", "starts processes"),
    ("tokio::process", "starts processes"),
    ("Command::new", "starts processes"),
    ("std::fs", "reads or writes files"),
    ("tokio::fs", "reads or writes files"),
    ("File::open", "reads files"),
    ("File::create", "writes files"),
    ("include_str!", "includes a file"),
    ("include_bytes!", "includes a file"),
    ("env!(\"CARGO", "needs cargo's build environment"),
];

/// Path roots a playground block may use: the crates play.rust-lang.org has
/// that the book uses, the standard library, tool attributes and primitive
/// types (`u64::MAX`). If a chapter needs another crate that the playground
/// has, add it here.
const PLAYGROUND_ROOTS: &[&str] = &[
    "std",
    "core",
    "alloc",
    "tokio",
    "futures",
    "reqwest",
    "tokio_stream",
    "tokio_util",
    "rayon",
    "crate",
    "self",
    "super",
    "clippy",
    "rustfmt",
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "usize",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "isize",
    "f32",
    "f64",
    "char",
    "str",
    "bool",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A chapter as written and as expanded by build.rs (includes resolved, so
/// hidden lines are there), with their fences paired up.
struct Chapter {
    /// `src/part-01-event-loop.md`, for messages.
    name: String,
    /// (as written, as expanded) for each fenced block.
    fences: Vec<(Fence, Fence)>,
    /// The words in the prose's `code spans`: names the page tells of.
    prose_names: BTreeSet<String>,
}

impl Chapter {
    /// The Rust blocks, (as written, as expanded), in page order.
    fn rust_fences(&self) -> Vec<&(Fence, Fence)> {
        self.fences
            .iter()
            .filter(|(_, shown)| shown.language() == "rust")
            .collect()
    }
}

/// Every chapter that build.rs expanded (the chapters SUMMARY.md lists),
/// read and split into fences once for all the tests of this file.
fn chapters() -> &'static [Chapter] {
    static CHAPTERS: std::sync::LazyLock<Vec<Chapter>> = std::sync::LazyLock::new(read_chapters);
    &CHAPTERS
}

fn read_chapters() -> Vec<Chapter> {
    let expanded_dir = PathBuf::from(env!("OUT_DIR")).join("book");
    let mut found = Vec::new();
    collect_markdown(&expanded_dir, &mut found);
    found.sort();
    assert!(!found.is_empty(), "build.rs expanded no chapters");
    found
        .into_iter()
        .filter(|path| part::selects(path))
        .map(|expanded_path| {
            let relative = expanded_path.strip_prefix(&expanded_dir).unwrap();
            let source_path = root().join("src").join(relative);
            let name = format!("src/{}", relative.display());
            let source = fs::read_to_string(&source_path).unwrap_or_else(|e| panic!("{name}: {e}"));
            let expanded = fs::read_to_string(&expanded_path).unwrap();
            let (written, shown) = (fences::find(&source), fences::find(&expanded));
            assert_eq!(
                written.len(),
                shown.len(),
                "{name}: an included file adds or removes a code fence (``` in a listing?), \
                 so its blocks cannot be told apart"
            );
            Chapter {
                name,
                fences: written.into_iter().zip(shown).collect(),
                prose_names: prose_names(&source),
            }
        })
        .collect()
}

/// The words inside the `code spans` of a chapter's prose (outside fences).
fn prose_names(source: &str) -> BTreeSet<String> {
    let span = regex::Regex::new(r"`([^`]+)`").unwrap();
    let mut in_fence = false;
    let mut names = BTreeSet::new();
    for line in source.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        for caps in span.captures_iter(line) {
            names.extend(items::used(&caps[1]));
        }
    }
    names
}

fn collect_markdown(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_markdown(&path, found);
        } else if path.extension().is_some_and(|e| e == "md") {
            found.push(path);
        }
    }
}

/// Why a block's code needs this machine, if it does.
fn needs_this_machine(code: &str) -> Option<(&'static str, &'static str)> {
    NEEDS_THIS_MACHINE
        .iter()
        .copied()
        .find(|(marker, _)| code.contains(marker))
}

#[test]
fn blocks_that_need_this_machine_have_no_run_button() {
    let mut problems = Vec::new();
    for chapter in chapters() {
        for (written, shown) in &chapter.fences {
            if written.language() != "rust" || written.has("ignore") {
                continue;
            }
            if fences::shown_listing(&written.body).is_some_and(|s| s.kind == "include") {
                if written.is_playground() {
                    problems.push(format!(
                        "{}:{}: a slice ({{{{#include}}}} of part of a listing) is not a \
                         whole program, so it cannot have a Run button: fence it \
                         ```rust,noplayground (or show it with {{{{#rustdoc_include}}}}, \
                         which sends the whole listing)",
                        chapter.name, written.line
                    ));
                }
                continue;
            }
            match (needs_this_machine(&shown.body), written.is_playground()) {
                (Some((marker, why)), true) => problems.push(format!(
                    "{}:{}: this block {why} (`{marker}`), so it cannot run on the \
                     playground: fence it ```rust,noplayground",
                    chapter.name, written.line
                )),
                (None, false) => problems.push(format!(
                    "{}:{}: this block needs nothing the playground lacks \
                     (none of {:?}), so give it its Run button: fence it plain ```rust",
                    chapter.name,
                    written.line,
                    NEEDS_THIS_MACHINE
                        .iter()
                        .map(|(m, _)| *m)
                        .collect::<Vec<_>>()
                )),
                _ => {}
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// A block that shows a listing, a slice or with a Run button, carries a
/// caption right below it: the file it comes from and the command that runs
/// it (`Shown::caption`). A caption names the block above it and no other.
#[test]
fn blocks_of_a_listing_carry_its_caption() {
    let mut problems = Vec::new();
    for chapter in chapters() {
        for (written, _) in &chapter.fences {
            let shown = match fences::shown_listing(&written.body) {
                Some(shown) if written.language() == "rust" => shown,
                // Broken code's caption: tests/book.rs checks it.
                _ if written.body.contains("../listings/compile_fail/") => continue,
                _ => {
                    if let Some(caption) = first_line(&written.after)
                        .filter(|line| line.starts_with("<p class=\"caption\">"))
                    {
                        problems.push(format!(
                            "{}:{}: a caption below a block that shows no listing: {caption}",
                            chapter.name, written.line
                        ));
                    }
                    continue;
                }
            };
            let caption = shown.caption();
            if first_line(&written.after) != Some(caption.as_str()) {
                problems.push(format!(
                    "{}:{}: this block shows {}; put its caption on the line after \
                     the closing fence (a blank line between is fine):\n    {caption}",
                    chapter.name, written.line, shown.file
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// A block written in the chapter (not a listing) with no Run button says how
/// to run it locally, below it (before the next heading or Run button).
#[test]
fn written_blocks_without_a_run_button_say_how_to_run_them() {
    let mut problems = Vec::new();
    for chapter in chapters() {
        for (written, _) in &chapter.fences {
            if written.language() != "rust"
                || written.has("ignore")
                || written.is_playground()
                || fences::shown_listing(&written.body).is_some()
            {
                continue;
            }
            if !written.after.contains("cargo run -p listings --bin ") {
                problems.push(format!(
                    "{}:{}: a block with no Run button; say below it (before the next \
                     heading or Run button) how to run it: `cargo run -p listings --bin NAME`",
                    chapter.name, written.line
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// The first line of `text` that is not blank.
fn first_line(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find(|line| !line.is_empty())
}

/// Hidden lines (`# ` in a Rust block) are in the page, the search index and
/// "show hidden lines"; only Run-button blocks need them (the playground gets
/// the whole program). A page carries at most this many: slices show the part
/// alone, and a listing has one Run-button block at most on a page.
const MOST_HIDDEN_LINES: usize = 300;

#[test]
fn pages_carry_few_hidden_lines() {
    let mut problems = Vec::new();
    for chapter in chapters() {
        let mut hidden = 0;
        let mut worst = (0, 0);
        for (written, shown) in &chapter.fences {
            if shown.language() != "rust" {
                continue;
            }
            let here = shown.body.lines().filter(|l| fences::is_hidden(l)).count();
            hidden += here;
            if here > worst.1 {
                worst = (written.line, here);
            }
        }
        if hidden > MOST_HIDDEN_LINES {
            problems.push(format!(
                "{}: {hidden} hidden lines (at most {MOST_HIDDEN_LINES}); the block at line {} \
                 hides {}. Show parts of a listing as slices ({{{{#include FILE:ANCHOR}}}}, \
                 fenced rust,noplayground) and keep one Run-button block per listing",
                chapter.name, worst.0, worst.1
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn playground_blocks_use_only_crates_the_playground_has() {
    // A path root: `name::` not preceded by `::`, `.` or a word character
    // (so not `a::b::c`'s `b`, not `.collect::<T>()`), and not a turbofish.
    let path_root = regex::Regex::new(r"(?:^|[^\w:.$])([a-z_][a-z0-9_]*)::([^<]|$)").unwrap();
    let local_module = regex::Regex::new(r"\bmod\s+([a-z_][a-z0-9_]*)").unwrap();
    // `use std::{sync::Arc, thread};` brings `thread` in: a name in a `use`
    // that is not followed by `::`.
    let use_item = regex::Regex::new(r"(?m)^[#\s]*(?:pub\s+)?use\s[^;]*;").unwrap();
    let imported = regex::Regex::new(r"\b([a-z_][a-z0-9_]*)\b(\s*::)?").unwrap();
    // ... and so does `use std::panic::{self, AssertUnwindSafe};` for `panic`.
    let imported_self = regex::Regex::new(r"\b([a-z_][a-z0-9_]*)::\{\s*self\b").unwrap();
    let use_root = regex::Regex::new(r"use\s+(?:::)?([a-z_][a-z0-9_]*)").unwrap();
    let mut problems = Vec::new();
    for chapter in chapters() {
        for (written, shown) in &chapter.fences {
            if !written.is_playground() {
                continue;
            }
            let mut modules: Vec<&str> = local_module
                .captures_iter(&shown.body)
                .map(|c| c.get(1).unwrap().as_str())
                .collect();
            for item in use_item.find_iter(&shown.body) {
                modules.extend(
                    imported
                        .captures_iter(item.as_str())
                        .filter(|c| c.get(2).is_none())
                        .map(|c| c.get(1).unwrap().as_str()),
                );
                modules.extend(
                    imported_self
                        .captures_iter(item.as_str())
                        .map(|c| c.get(1).unwrap().as_str()),
                );
            }
            // Inside a `use`, only the first segment is a crate (`use
            // tokio::sync::{mpsc::{self, error::TrySendError}}` names `tokio`);
            // elsewhere, every path root is.
            let outside_uses = use_item.replace_all(&shown.body, "");
            let use_roots = use_item.find_iter(&shown.body).filter_map(|item| {
                use_root
                    .captures(item.as_str())
                    .map(|c| c.get(1).unwrap().as_str())
            });
            let mut unknown: Vec<&str> = path_root
                .captures_iter(&outside_uses)
                .map(|c| c.get(1).unwrap().as_str())
                .chain(use_roots)
                .filter(|r| !PLAYGROUND_ROOTS.contains(r) && !modules.contains(r))
                .collect();
            unknown.sort();
            unknown.dedup();
            if !unknown.is_empty() {
                problems.push(format!(
                    "{}:{}: this block has a Run button but uses {unknown:?}, which the \
                     playground may not have: fence it ```rust,noplayground, or, if the \
                     playground has it, add it to PLAYGROUND_ROOTS in tests/reader.rs",
                    chapter.name, written.line
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// The playground editor shows a block's full text, and mdBook does not wrap
/// an editable block in `fn main`: an editable block is a whole program with
/// nothing hidden.
#[test]
fn editable_blocks_are_whole_programs_with_nothing_hidden() {
    let hidden = regex::Regex::new(r"(?m)^\s*#(\s|$)").unwrap();
    let mut problems = Vec::new();
    for chapter in chapters() {
        for (written, shown) in &chapter.fences {
            if !written.has("editable") {
                continue;
            }
            if !written.is_playground() {
                problems.push(format!(
                    "{}:{}: an editable block without a Run button",
                    chapter.name, written.line
                ));
            }
            if !shown.body.contains("fn main") {
                problems.push(format!(
                    "{}:{}: an editable block must have its own `fn main`",
                    chapter.name, written.line
                ));
            }
            if hidden.is_match(&shown.body) {
                problems.push(format!(
                    "{}:{}: an editable block shows its hidden (`# `) lines in the \
                     editor; use {{{{#include}}}}, not {{{{#rustdoc_include}}}}, and no `# ` lines",
                    chapter.name, written.line
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// Captured output is styled apart from code (theme/survey.css), by the
/// `output` word of its fence: ```` ```text,output ````. Exactly the blocks
/// that show a captured output or compiler message carry it.
#[test]
fn captured_output_is_fenced_as_output() {
    let captured = regex::Regex::new(
        r"^\{\{#include \.\./listings/(outputs/[\w.-]+\.txt|compile_fail/[\w-]+\.stderr)\}\}$",
    )
    .unwrap();
    let mut problems = Vec::new();
    for chapter in chapters() {
        for (written, _) in &chapter.fences {
            let is_captured = captured.is_match(written.body.trim());
            let is_marked = written.language() == "text" && written.has("output");
            if is_captured && !is_marked {
                problems.push(format!(
                    "{}:{}: captured output, fenced ```{}: fence it ```text,output",
                    chapter.name,
                    written.line,
                    written.info.join(",")
                ));
            }
            if written.has("output") && !is_captured {
                problems.push(format!(
                    "{}:{}: fenced as output, but it is not just an include of \
                     listings/outputs/*.txt or listings/compile_fail/*.stderr (outputs \
                     are captured from real runs, never typed)",
                    chapter.name, written.line
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// "Show hidden lines" is for the curious; the code a reader sees must stand
/// on its own. A visible line of a block may not use an item (fn, type,
/// const, static, struct, enum, trait, mod, macro, or a `use`d name) that the
/// block defines or imports only in its hidden lines, unless the page shows
/// that item in some block's visible lines (a slice above, say).
#[test]
fn visible_code_uses_nothing_only_hidden_lines_define() {
    let mut problems = Vec::new();
    for chapter in chapters() {
        let rust = chapter.rust_fences();
        let visible = |f: &Fence| -> Vec<String> {
            f.body
                .lines()
                .filter(|l| !fences::is_hidden(l))
                .map(str::to_owned)
                .collect()
        };
        let shown_on_the_page = items::defined(
            &rust
                .iter()
                .flat_map(|(_, shown)| visible(shown))
                .collect::<Vec<_>>()
                .join("\n"),
        );
        for (written, shown) in rust {
            let hidden: Vec<&str> = shown
                .body
                .lines()
                .filter(|l| fences::is_hidden(l))
                .collect();
            if hidden.is_empty() || written.has("ignore") {
                continue;
            }
            let only_hidden: Vec<String> = items::defined(&hidden.join("\n"))
                .into_iter()
                .filter(|name| !shown_on_the_page.contains(name))
                .collect();
            for line in visible(shown) {
                let uses: Vec<&String> = items::used(&line)
                    .into_iter()
                    .filter_map(|w| only_hidden.iter().find(|h| **h == w))
                    .collect();
                if !uses.is_empty() {
                    problems.push(format!(
                        "{}:{}: the visible line `{}` uses {uses:?}, defined only in this \
                         block's hidden lines: show the definition (a slice, or a visible \
                         line), or do without it",
                        chapter.name,
                        written.line,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// A slice shows part of a listing; the rest of the file is not on the page.
/// So a name the slice uses that the listing declares (a constant, a helper,
/// a type) must be shown by that block or one before it, or named in the
/// prose:
/// otherwise the reader meets a word nobody explains. (What the listing
/// imports, `Duration` or `Arc`, is tokio's or std's, and each chapter's API
/// list links it.)
#[test]
fn a_slice_uses_nothing_the_page_never_shows() {
    let include = regex::Regex::new(r"\{\{#include \.\./(listings/src/bin/[^:}]+\.rs):").unwrap();
    let mut problems = Vec::new();
    for chapter in chapters() {
        let rust = chapter.rust_fences();
        // Shown so far: a definition the page reaches only later (in the
        // exercise at the end, say) does not help here.
        let mut shown_on_the_page = BTreeSet::new();
        for (written, shown) in rust {
            let visible: Vec<&str> = shown
                .body
                .lines()
                .filter(|l| !fences::is_hidden(l))
                .collect();
            shown_on_the_page.extend(items::defined(&visible.join("\n")));
            let Some(caps) = include.captures(&written.body) else {
                continue;
            };
            let file = root().join(&caps[1]);
            let listing =
                fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", caps[1].to_owned()));
            let elsewhere: Vec<String> = items::declared(&listing)
                .into_iter()
                // `Delay::new` beside `Mutex::new`: a constructor's name
                // says what it is, and is std's word as often as ours.
                .filter(|name| name != "new")
                .filter(|name| !shown_on_the_page.contains(name))
                .filter(|name| !chapter.prose_names.contains(name))
                .collect();
            let mut unexplained = BTreeSet::new();
            for line in shown.body.lines() {
                for word in items::used(line) {
                    if elsewhere.contains(&word) {
                        unexplained.insert(word);
                    }
                }
            }
            for name in unexplained {
                problems.push(format!(
                    "{}:{}: the slice of {} uses `{name}`, which the page never shows or \
                     names: show its definition in a slice, or say in the prose what it is",
                    chapter.name, written.line, &caps[1]
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "\n{}\n{} in all\n",
        problems.join("\n"),
        problems.len()
    );
}

//! What the listings' test binaries share: the names of the programs a folder
//! holds, the comparison of a run with the file the book includes, and a small
//! test runner for programs that spend their time waiting.

// Each test binary uses a different part of this module.
#![allow(dead_code)]

pub mod harness;

use std::path::Path;

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

/// Compares `actual` with the contents of `file`. With `UPDATE_EXPECT=1` in
/// the environment, a difference rewrites the file instead (the diff is then
/// for git to show).
pub fn expect_file(file: &Path, actual: &str) -> harness::Outcome {
    let shown = file
        .strip_prefix(Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap())
        .unwrap_or(file)
        .display();
    let expected = std::fs::read_to_string(file).unwrap_or_default();
    if expected == actual {
        return Ok(());
    }
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        return std::fs::write(file, actual).map_err(|e| format!("cannot write {shown}: {e}"));
    }
    if !file.exists() {
        return Err(format!(
            "{shown} does not exist yet: capture it with `cargo xtask bless`"
        ));
    }
    Err(format!(
        "the output differs from {shown} (- the file, + this run):\n{}\n\
         If the change is meant, rewrite the file with `cargo xtask bless` \
         and read `git diff`.",
        diff(&expected, actual)
    ))
}

/// A line diff of `old` and `new`: the changed lines, marked `-` and `+`, with
/// up to two unchanged lines around each change.
pub fn diff(old: &str, new: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    // Longest common subsequence, from the end (outputs are short).
    let mut lcs = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut lines = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            lines.push((' ', a[i]));
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            lines.push(('-', a[i]));
            i += 1;
        } else {
            lines.push(('+', b[j]));
            j += 1;
        }
    }
    if old.ends_with('\n') != new.ends_with('\n') {
        lines.push(('!', "(the two differ in a final newline)"));
    }
    let near_change = |k: usize| {
        let (from, to) = (k.saturating_sub(2), (k + 3).min(lines.len()));
        lines[from..to].iter().any(|(mark, _)| *mark != ' ')
    };
    let mut shown = Vec::new();
    for (k, (mark, line)) in lines.iter().enumerate() {
        if near_change(k) {
            shown.push(format!("{mark} {line}"));
        } else if shown.last().is_none_or(|l| l != "  ...") {
            shown.push("  ...".to_owned());
        }
    }
    shown.join("\n")
}

#[test]
fn diff_marks_what_changed() {
    assert_eq!(diff("a\nb\nc\n", "a\nB\nc\n"), "  a\n- b\n+ B\n  c");
    assert_eq!(
        diff("1\n2\n3\n4\n5\n6\n7\n", "1\n2\n3\n4\n5\n6\nseven\n"),
        "  ...\n  5\n  6\n- 7\n+ seven"
    );
    assert!(diff("x", "x\n").contains("final newline"));
}

//! The include directives of mdBook, found and checked.
//!
//! mdBook expands `{{#include file}}`, `{{#include file:anchor}}`,
//! `{{#include file:3:7}}` and their `rustdoc_include` twins, but it forgives
//! too much for a tested book: a wrong path leaves the raw directive on the
//! page, a wrong anchor renders an empty code block, and a range past the end
//! of the file quietly shrinks. This module finds every directive in a chapter
//! and says exactly what is wrong with it, so that build.rs can refuse to build
//! and the book tests can list which files the chapters use.
//!
//! build.rs compiles this file too (with `#[path]`), so it uses only std and
//! `regex`.

use regex::Regex;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

/// The directive kinds mdBook 0.5 knows, and mdbook-quiz's `quiz`. Anything
/// else after `{{#` is a typo.
const KINDS: [&str; 6] = [
    "include",
    "rustdoc_include",
    "playground",
    "playpen",
    "title",
    "quiz",
];

/// One `{{#...}}` directive as written in a chapter.
#[derive(Debug, Clone, PartialEq)]
pub struct Directive {
    /// 1-based line of the chapter the directive starts on.
    pub line: usize,
    /// The directive exactly as written, for error messages.
    pub text: String,
    /// `include`, `rustdoc_include`, `playground` or `title`.
    pub kind: String,
    /// The file as written (relative to the chapter's folder); `None` for `title`.
    pub file: Option<PathBuf>,
    /// Which part of the file.
    pub selector: Selector,
}

/// Which part of a file a directive takes, as mdBook reads what follows the
/// first `:` of the path.
#[derive(Debug, Clone, PartialEq)]
pub enum Selector {
    /// The whole file (`file`, `file:` or `file::`).
    Whole,
    /// The lines between `ANCHOR: name` and `ANCHOR_END: name`.
    Anchor(String),
    /// 1-based, inclusive line numbers as written (`file:3`, `file:3:7`,
    /// `file:3:`, `file::7`). `end` is what was written after the second `:`.
    Lines {
        start: Option<usize>,
        end: Option<String>,
    },
}

/// A directive that cannot work, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// 1-based line in the chapter.
    pub line: usize,
    /// The directive as written.
    pub text: String,
    /// What is wrong and how to mend it.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.line, self.text, self.message)
    }
}

static OPENING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{\{\s*#").unwrap());
// The shape mdBook accepts: `{{#kind argument...}}`, the argument running to the
// first `}`.
static DIRECTIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+)\}\}").unwrap());
static ANCHOR_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"ANCHOR:\s*([\w_-]+)").unwrap());
static ANCHOR_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"ANCHOR_END:\s*([\w_-]+)").unwrap());

/// Every directive of a chapter, in order. A `{{#` that mdBook would leave on
/// the page unexpanded (an unknown kind, a missing argument) is a `Problem`.
/// `\{{#...}}` is mdBook's escape and is skipped.
pub fn find(chapter: &str) -> Vec<Result<Directive, Problem>> {
    let mut found = Vec::new();
    for opening in OPENING.find_iter(chapter) {
        let start = opening.start();
        if chapter[..start].ends_with('\\') {
            continue;
        }
        let line = chapter[..start].matches('\n').count() + 1;
        let rest = &chapter[start..];
        let Some(caps) = DIRECTIVE.captures(rest) else {
            let text = rest.lines().next().unwrap_or_default().to_owned();
            found.push(Err(Problem {
                line,
                text,
                message: "not a directive mdBook can expand: write `{{#include FILE}}` \
                          (or FILE:ANCHOR, FILE:START:END), or escape it as `\\{{#...}}`"
                    .to_owned(),
            }));
            continue;
        };
        let text = caps[0].to_owned();
        let kind = caps[1].to_owned();
        if !KINDS.contains(&kind.as_str()) {
            found.push(Err(Problem {
                line,
                text,
                message: format!(
                    "unknown directive `{kind}` (mdBook knows {}); it would be shown as it is",
                    KINDS.join(", ")
                ),
            }));
            continue;
        }
        let argument = caps[2].split_whitespace().next().unwrap_or_default();
        let (file, selector) = if kind == "title" {
            (None, Selector::Whole)
        } else if kind == "include" || kind == "rustdoc_include" {
            let (path, spec) = argument.split_once(':').unwrap_or((argument, ""));
            (Some(PathBuf::from(path)), parse_selector(spec))
        } else {
            (Some(PathBuf::from(argument)), Selector::Whole)
        };
        found.push(Ok(Directive {
            line,
            text,
            kind,
            file,
            selector,
        }));
    }
    found
}

/// What mdBook makes of the text after the first `:` of an include's path.
fn parse_selector(spec: &str) -> Selector {
    let mut parts = spec.splitn(3, ':');
    let first = parts.next().unwrap_or_default();
    let second = parts.next();
    if first.is_empty() && second.is_none_or(str::is_empty) {
        return Selector::Whole;
    }
    let start = match first.parse::<usize>() {
        Ok(n) => Some(n),
        Err(_) if first.is_empty() => None,
        Err(_) => return Selector::Anchor(first.to_owned()),
    };
    Selector::Lines {
        start,
        end: second.map(str::to_owned),
    }
}

/// Checks that a directive of the chapter whose folder is `base` can be
/// expanded to what its author meant; returns the file it includes.
pub fn check(directive: &Directive, base: &Path) -> Result<Option<PathBuf>, Problem> {
    let problem = |message: String| Problem {
        line: directive.line,
        text: directive.text.clone(),
        message,
    };
    let Some(file) = &directive.file else {
        return Ok(None);
    };
    let target = normalize(&base.join(file));
    let content = std::fs::read_to_string(&target)
        .map_err(|e| problem(format!("cannot read {}: {e}", target.display())))?;
    let lines: Vec<&str> = content.lines().collect();
    match &directive.selector {
        Selector::Whole => {}
        Selector::Anchor(name) => check_anchor(&lines, name).map_err(problem)?,
        Selector::Lines { start, end } => {
            check_range(lines.len(), *start, end.as_deref()).map_err(problem)?
        }
    }
    Ok(Some(target))
}

/// `a/b/../c` as `a/c`, without touching the disk (the file may not exist).
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn check_anchor(lines: &[&str], name: &str) -> Result<(), String> {
    // `contains` first: the regexes are slow in build.rs's unoptimised build.
    let is = |re: &Regex, line: &str| {
        line.contains("ANCHOR") && re.captures(line).is_some_and(|c| &c[1] == name)
    };
    let Some(start) = lines.iter().position(|l| is(&ANCHOR_START, l)) else {
        let known: Vec<String> = lines
            .iter()
            .filter_map(|l| ANCHOR_START.captures(l).map(|c| c[1].to_owned()))
            .collect();
        return Err(format!(
            "no `ANCHOR: {name}` in the file (its anchors: {}); mdBook would render an \
             empty block",
            if known.is_empty() {
                "none".to_owned()
            } else {
                known.join(", ")
            }
        ));
    };
    let Some(len) = lines[start + 1..].iter().position(|l| is(&ANCHOR_END, l)) else {
        return Err(format!(
            "`ANCHOR: {name}` on line {} has no `ANCHOR_END: {name}` after it",
            start + 1
        ));
    };
    let shown = lines[start + 1..start + 1 + len]
        .iter()
        .filter(|l| !l.contains("ANCHOR") || !ANCHOR_START.is_match(l) && !ANCHOR_END.is_match(l))
        .count();
    if shown == 0 {
        return Err(format!(
            "anchor `{name}` (line {}) encloses no lines",
            start + 1
        ));
    }
    Ok(())
}

fn check_range(len: usize, start: Option<usize>, end: Option<&str>) -> Result<(), String> {
    let first = start.unwrap_or(1);
    if first == 0 {
        return Err("line numbers start at 1".to_owned());
    }
    if first > len {
        return Err(format!(
            "starts at line {first}, but the file has {len} lines"
        ));
    }
    let last = match end {
        None if start.is_some() => first,
        None | Some("") => len,
        Some(text) => text
            .parse::<usize>()
            .map_err(|_| format!("`{text}` is not a line number (write START:END with numbers)"))?,
    };
    if last > len {
        return Err(format!("ends at line {last}, but the file has {len} lines"));
    }
    if last < first {
        return Err(format!(
            "ends at line {last}, before it starts (line {first})"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(chapter: &str) -> Result<Directive, Problem> {
        let mut all = find(chapter);
        assert_eq!(all.len(), 1, "{all:?}");
        all.remove(0)
    }

    #[test]
    fn reads_the_selectors_as_mdbook_does() {
        let sel = |s: &str| one(&format!("{{{{#include a.rs{s}}}}}")).unwrap().selector;
        assert_eq!(sel(""), Selector::Whole);
        assert_eq!(sel(":"), Selector::Whole);
        assert_eq!(sel("::"), Selector::Whole);
        assert_eq!(sel(":main"), Selector::Anchor("main".into()));
        assert_eq!(
            sel(":3"),
            Selector::Lines {
                start: Some(3),
                end: None
            }
        );
        assert_eq!(
            sel(":3:7"),
            Selector::Lines {
                start: Some(3),
                end: Some("7".into())
            }
        );
        assert_eq!(
            sel("::7"),
            Selector::Lines {
                start: None,
                end: Some("7".into())
            }
        );
    }

    #[test]
    fn skips_escapes_and_reports_lines() {
        let all = find("a\n\\{{#include x.rs}}\n\n{{ #rustdoc_include y.rs:main }}\n");
        assert_eq!(all.len(), 1);
        let d = all[0].clone().unwrap();
        assert_eq!((d.line, d.kind.as_str()), (4, "rustdoc_include"));
    }

    #[test]
    fn rejects_typos_and_empty_directives() {
        assert!(
            one("{{#inclde a.rs}}")
                .unwrap_err()
                .message
                .contains("unknown directive")
        );
        assert!(
            one("{{#include}}")
                .unwrap_err()
                .message
                .contains("not a directive")
        );
    }

    #[test]
    fn normalizes_parent_folders() {
        assert_eq!(
            normalize(Path::new("/b/src/../listings/./x.rs")),
            Path::new("/b/listings/x.rs")
        );
    }

    #[test]
    fn ranges_must_lie_in_the_file() {
        assert!(check_range(5, Some(2), Some("4")).is_ok());
        assert!(check_range(5, Some(5), None).is_ok());
        assert!(check_range(5, None, Some("")).is_ok());
        assert!(
            check_range(5, Some(6), None)
                .unwrap_err()
                .contains("has 5 lines")
        );
        assert!(
            check_range(5, Some(2), Some("9"))
                .unwrap_err()
                .contains("ends at line 9")
        );
        assert!(
            check_range(5, Some(4), Some("2"))
                .unwrap_err()
                .contains("before it starts")
        );
        assert!(
            check_range(5, Some(0), None)
                .unwrap_err()
                .contains("start at 1")
        );
        assert!(
            check_range(5, Some(1), Some("x"))
                .unwrap_err()
                .contains("not a line number")
        );
    }

    #[test]
    fn anchors_must_exist_close_and_hold_lines() {
        let file = [
            "// ANCHOR: a",
            "x",
            "// ANCHOR_END: a",
            "// ANCHOR: b",
            "// ANCHOR_END: b",
        ];
        assert!(check_anchor(&file, "a").is_ok());
        assert!(
            check_anchor(&file, "b")
                .unwrap_err()
                .contains("encloses no lines")
        );
        assert!(
            check_anchor(&file, "c")
                .unwrap_err()
                .contains("its anchors: a, b")
        );
        assert!(
            check_anchor(&file[..2], "a")
                .unwrap_err()
                .contains("no `ANCHOR_END: a`")
        );
    }
}

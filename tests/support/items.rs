//! The names a piece of Rust code defines or imports, and the names it uses,
//! read with a few regular expressions rather than a parser: enough to tell
//! which visible line of a book's block leans on a hidden one.

use regex::Regex;
use std::collections::BTreeSet;
use std::sync::LazyLock;

static DEFINES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:fn|struct|enum|trait|type|union|mod|macro_rules!)\s+([A-Za-z_][A-Za-z0-9_]*)|\b(?:const|static(?:\s+mut)?)\s+([A-Za-z_][A-Za-z0-9_]*)\s*:",
    )
    .unwrap()
});
static USE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)\buse\s+([^;]+);").unwrap());
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[A-Za-z_][A-Za-z0-9_]*").unwrap());

/// Rust's keywords and a few words of the prelude that are never "items a
/// block defines".
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "main", "_",
];

/// A line of code without its `//` comment and with its string and char
/// literals emptied (so that words in them are not uses).
pub fn code_only(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    in_string = false;
                    out.push('"');
                }
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push('"');
            }
            '/' if chars.peek() == Some(&'/') => break,
            _ => out.push(c),
        }
    }
    out
}

/// The names `code` itself declares (fn, struct, enum, trait, type, mod,
/// const, static, macro), without what it imports.
pub fn declared(code: &str) -> BTreeSet<String> {
    let code: String = code.lines().map(code_only).collect::<Vec<_>>().join("\n");
    DEFINES
        .captures_iter(&code)
        .filter_map(|caps| caps.get(1).or(caps.get(2)))
        .map(|name| name.as_str().to_owned())
        .filter(|n| !KEYWORDS.contains(&n.as_str()))
        .collect()
}

/// The names `code` defines (fn, struct, enum, trait, type, mod, const,
/// static, macro) or brings in with `use` (the last segment, or the `as`
/// name; not globs).
pub fn defined(code: &str) -> BTreeSet<String> {
    let code: String = code.lines().map(code_only).collect::<Vec<_>>().join("\n");
    let mut names = BTreeSet::new();
    for caps in DEFINES.captures_iter(&code) {
        if let Some(name) = caps.get(1).or(caps.get(2)) {
            names.insert(name.as_str().to_owned());
        }
    }
    for caps in USE.captures_iter(&code) {
        imported(&caps[1], &mut names);
    }
    names.retain(|n| !KEYWORDS.contains(&n.as_str()));
    names
}

/// The names a `use` tree brings in: `a::b` gives b, `a::{b, c::d as e}`
/// gives b and e, `a::{self}` gives a.
fn imported(tree: &str, names: &mut BTreeSet<String>) {
    let tree = tree.trim();
    if let Some(open) = tree.find('{') {
        let prefix = tree[..open].trim_end_matches("::");
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let mut depth = 0;
        let mut start = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    branch(prefix, &inner[start..i], names);
                    start = i + 1;
                }
                _ => {}
            }
        }
        branch(prefix, &inner[start..], names);
        return;
    }
    if let Some((_, alias)) = tree.split_once(" as ") {
        names.insert(alias.trim().to_owned());
    } else if let Some(last) = tree.rsplit("::").next() {
        let last = last.trim();
        if last != "*" {
            names.insert(last.to_owned());
        }
    }
}

fn branch(prefix: &str, part: &str, names: &mut BTreeSet<String>) {
    let part = part.trim();
    if part.is_empty() {
        return;
    }
    if part == "self" {
        if let Some(last) = prefix.rsplit("::").next() {
            names.insert(last.to_owned());
        }
        return;
    }
    imported(part, names);
}

/// The words a line of code uses (identifiers outside comments and strings).
pub fn used(line: &str) -> BTreeSet<String> {
    WORD.find_iter(&code_only(line))
        .map(|m| m.as_str().to_owned())
        .filter(|w| !KEYWORDS.contains(&w.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn reads_definitions_and_imports() {
        let code = "use std::time::{Duration, Instant as At};\nuse tokio::sync::mpsc::{self, error::SendError};\n\
                    const UNIT: Duration = x;\npub async fn worker() {}\nstruct Log(u8);\n// fn hidden_in_a_comment\n\
                    static mut COUNT: u32 = 0;\nuse listings::timeline::Timeline;";
        assert_eq!(
            defined(code),
            set(&[
                "At",
                "COUNT",
                "Duration",
                "Log",
                "SendError",
                "Timeline",
                "UNIT",
                "mpsc",
                "worker"
            ])
        );
    }

    #[test]
    fn uses_skip_comments_strings_and_keywords() {
        assert_eq!(
            used(r#"let x = run(UNIT, "UNIT \" inside"); // and Log here"#),
            set(&["UNIT", "run", "x"])
        );
    }
}

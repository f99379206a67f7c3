//! The search index of `cargo xtask build` indexes the book's prose, not its
//! code blocks.
//!
//! mdBook indexes every text on a page, code blocks included, and splits it
//! into words only at spaces and hyphens: `tokio::spawn(async` is one word.
//! Each such word is a chain of nodes in the index's trie, so the listings
//! and their outputs made up half of the index (3.2 MB in all for parts
//! 00-28), and none of those words is one a reader would type. The names a
//! reader searches for are in the prose too, in backticks (inline code stays
//! indexed).
//!
//! So the build renders the book a second time, into `target/xtask-search`,
//! with [`LeaveOutCode`] added after mdBook's own preprocessors and the quiz,
//! and puts that build's index into `book/` under the full build's file name
//! (a hash of the full index, so it still changes whenever the book does).
//! Both builds split the pages into the same sections; [`install`] checks
//! that, so every result still leads to the right heading. It also rounds
//! each term frequency (a square root, written with 16 digits) to two.
//!
//! `cargo xtask serve` runs the mdbook binary, whose index is mdBook's own.

use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use mdbook_driver::book::{Book, BookItem};
use mdbook_markdown::pulldown_cmark::{Event, Tag, TagEnd};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use serde_json::Value;

/// Empties every code block of every chapter (the fences stay, so the page
/// keeps its shape and its headings).
pub struct LeaveOutCode;

impl Preprocessor for LeaveOutCode {
    fn name(&self) -> &str {
        "leave-out-code"
    }

    fn run(&self, _: &PreprocessorContext, mut book: Book) -> mdbook_driver::errors::Result<Book> {
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item {
                chapter.content = without_code(&chapter.content);
            }
        });
        Ok(book)
    }
}

/// `markdown` with the text of each code block (fenced or indented) taken
/// out, found with the parser and options mdBook renders with.
pub fn without_code(markdown: &str) -> String {
    let options = mdbook_markdown::MarkdownOptions::default();
    let mut cuts: Vec<Range<usize>> = Vec::new();
    // Inside a code block: the span of its text so far (none yet: None).
    let mut block: Option<Option<Range<usize>>> = None;
    let parser = mdbook_markdown::new_cmark_parser(markdown, &options);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => block = Some(None),
            Event::Text(_) => {
                if let Some(text) = block.as_mut() {
                    let start = text.as_ref().map_or(range.start, |t| t.start);
                    *text = Some(start..range.end);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(Some(mut text)) = block.take() {
                    // From the start of its first line: in a list item, the
                    // text begins after the item's indentation.
                    let line = markdown[..text.start].trim_end_matches(' ');
                    if line.is_empty() || line.ends_with('\n') {
                        text.start = line.len();
                    }
                    cuts.push(text);
                }
            }
            _ => {}
        }
    }
    let mut kept = String::with_capacity(markdown.len());
    let mut at = 0;
    for cut in cuts {
        kept.push_str(&markdown[at..cut.start]);
        at = cut.end;
    }
    kept.push_str(&markdown[at..]);
    kept
}

/// The two sizes of the index `install` replaced.
#[derive(Debug)]
pub struct Swap {
    pub full_bytes: usize,
    pub lean_bytes: usize,
}

/// Writes the index of the build in `lean` over the one in `full`, under the
/// same file name, with its term frequencies rounded.
pub fn install(full: &Path, lean: &Path) -> Result<Swap, String> {
    let full_path = index_file(full)?;
    let full_js =
        fs::read_to_string(&full_path).map_err(|e| format!("{}: {e}", full_path.display()))?;
    let lean_path = index_file(lean)?;
    let lean_js =
        fs::read_to_string(&lean_path).map_err(|e| format!("{}: {e}", lean_path.display()))?;
    let full_index = parse(&full_js).map_err(|e| format!("{}: {e}", full_path.display()))?;
    let mut lean_index = parse(&lean_js).map_err(|e| format!("{}: {e}", lean_path.display()))?;
    if full_index["doc_urls"] != lean_index["doc_urls"] {
        return Err(format!(
            "the index without code has other sections than the book's own \
             ({} and {} in all); the results would lead to the wrong headings",
            count(&lean_index["doc_urls"]),
            count(&full_index["doc_urls"])
        ));
    }
    if let Some(fields) = lean_index.pointer_mut("/index/index") {
        round_frequencies(fields);
    }
    let js = wrap(&lean_index);
    fs::write(&full_path, &js).map_err(|e| format!("{}: {e}", full_path.display()))?;
    Ok(Swap {
        full_bytes: full_js.len(),
        lean_bytes: js.len(),
    })
}

fn count(urls: &Value) -> usize {
    urls.as_array().map_or(0, Vec::len)
}

/// The one `searchindex-<hash>.js` in `dir`.
fn index_file(dir: &Path) -> Result<PathBuf, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut found = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with("searchindex") && name.ends_with(".js") {
            found.push(path);
        }
    }
    match <[PathBuf; 1]>::try_from(found) {
        Ok([path]) => Ok(path),
        Err(found) => Err(format!(
            "{} has {} search index files, not one (is search on in book.toml?)",
            dir.display(),
            found.len()
        )),
    }
}

// mdBook writes the index as
// `window.search = Object.assign(window.search, JSON.parse('…'));`, the JSON
// with `\` and `'` escaped. These two undo and redo exactly that.
const BEFORE: &str = "window.search = Object.assign(window.search, JSON.parse('";
const AFTER: &str = "'));";

fn parse(js: &str) -> Result<Value, String> {
    let json = js
        .strip_prefix(BEFORE)
        .and_then(|rest| rest.strip_suffix(AFTER))
        .ok_or("not the searchindex.js mdBook 0.5 writes")?;
    let mut unescaped = String::with_capacity(json.len());
    let mut chars = json.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            unescaped.extend(chars.next());
        } else {
            unescaped.push(c);
        }
    }
    serde_json::from_str(&unescaped).map_err(|e| e.to_string())
}

fn wrap(index: &Value) -> String {
    let json = index.to_string();
    format!(
        "{BEFORE}{}{AFTER}",
        json.replace('\\', "\\\\").replace('\'', "\\'")
    )
}

/// Each `"tf"` in the index's tries, to two decimals (`1` for `1.0`). A term
/// frequency is the square root of a count, so two decimals still order
/// counts up to thousands.
fn round_frequencies(node: &mut Value) {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match (key.as_str(), value.as_f64()) {
                    ("tf", Some(tf)) => *value = rounded(tf),
                    _ => round_frequencies(value),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(round_frequencies),
        _ => {}
    }
}

fn rounded(x: f64) -> Value {
    let hundredths = (x * 100.0).round();
    if hundredths % 100.0 == 0.0 {
        Value::from((hundredths / 100.0) as u64)
    } else {
        serde_json::Number::from_f64(hundredths / 100.0).map_or(Value::Null, Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_blocks_are_emptied_and_the_rest_is_kept() {
        let page = "# Title\n\nSome `inline` prose.\n\n```rust,noplayground\nfn main() {}\n# hidden\n```\n\n\
                    ~~~text\noutput\n~~~\n\n    indented code\n\n## Next\n\n- item\n\n  ```\n  in a list\n  ```\n";
        let kept = without_code(page);
        assert_eq!(
            kept,
            "# Title\n\nSome `inline` prose.\n\n```rust,noplayground\n```\n\n~~~text\n~~~\n\n\n## Next\n\n- item\n\n  ```\n  ```\n"
        );
        // An empty block stays as it is.
        assert_eq!(without_code("```\n```\n"), "```\n```\n");
    }

    #[test]
    fn the_index_round_trips_and_its_frequencies_are_rounded() {
        let json = r#"{"doc_urls":["a.html#it's"],"index":{"index":{"body":{"root":{"a":{"docs":{"0":{"tf":1.4142135623730951},"1":{"tf":1.0}},"df":2}}}}}}"#;
        let js = format!(
            "{BEFORE}{}{AFTER}",
            json.replace('\\', "\\\\").replace('\'', "\\'")
        );
        let mut index = parse(&js).unwrap();
        assert_eq!(index["doc_urls"][0], "a.html#it's");
        assert_eq!(parse(&wrap(&index)).unwrap(), index, "wrap undoes parse");
        round_frequencies(index.pointer_mut("/index/index").unwrap());
        let docs = &index["index"]["index"]["body"]["root"]["a"]["docs"];
        assert_eq!(docs["0"]["tf"].to_string(), "1.41");
        assert_eq!(docs["1"]["tf"].to_string(), "1");
        assert_eq!(index["index"]["index"]["body"]["root"]["a"]["df"], 2);
        assert!(parse("var x = 1;").is_err());
    }
}

//! The link check of the built book: every internal `href` and `src` in every
//! HTML page must name a file of the book, and every `#fragment` an `id` on
//! that page. mdBook 0.5 renders a link to a missing chapter or heading
//! without a word, so `cargo xtask build` runs this after mdbook and fails on
//! the first broken link it finds (listing them all).
//!
//! mdBook writes its HTML in a regular shape (attributes quoted with `"`), so
//! plain string scanning is enough; no HTML parser is needed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// What the check looked at, for the build's summary line.
#[derive(Debug)]
pub struct Checked {
    pub pages: usize,
    pub links: usize,
}

/// Checks every internal link of the book in `book`; `Err` lists each broken
/// one as `page: link (what is wrong)`.
pub fn check(book: &Path) -> Result<Checked, Vec<String>> {
    let mut files = BTreeSet::new();
    walk(book, book, &mut files);
    let pages: BTreeMap<&String, String> = files
        .iter()
        .filter(|f| f.ends_with(".html"))
        .map(|f| (f, fs::read_to_string(book.join(f)).unwrap_or_default()))
        .collect();
    let ids: BTreeMap<&String, BTreeSet<String>> = pages
        .iter()
        .map(|(page, html)| {
            let mut found: BTreeSet<String> = attribute_values(html, "id").collect();
            found.extend(attribute_values(html, "name"));
            (*page, found)
        })
        .collect();

    let mut broken = Vec::new();
    let mut links = 0;
    for (page, html) in &pages {
        // mdBook's 404 page resolves its links against `<base href="/">`
        // (so its heading's own `#link` points at the front page: mdBook's
        // page, mdBook's markup; those links are not checked).
        let at_root = html.contains("<base href=\"/\"");
        let base = if at_root { String::new() } else { parent(page) };
        for attribute in ["href", "src"] {
            for link in attribute_values(html, attribute) {
                if is_external(&link) || (at_root && link.starts_with('#')) {
                    continue;
                }
                links += 1;
                let (path, fragment) = match link.split_once('#') {
                    Some((p, f)) => (p, Some(f)),
                    None => (link.as_str(), None),
                };
                let path = path.split('?').next().unwrap_or("");
                let target = if path.is_empty() {
                    (*page).clone()
                } else if let Some(from_root) = path.strip_prefix('/') {
                    normalize(from_root)
                } else {
                    normalize(&format!("{base}{path}"))
                };
                let target = match target {
                    t if t.is_empty() || t.ends_with('/') => format!("{t}index.html"),
                    t => t,
                };
                if !files.contains(&target) {
                    broken.push(format!("{page}: {attribute}=\"{link}\" (no file {target})"));
                    continue;
                }
                let Some(fragment) = fragment.filter(|f| !f.is_empty()) else {
                    continue;
                };
                let fragment = percent_decode(fragment);
                if ids
                    .get(&target)
                    .is_some_and(|found| !found.contains(&fragment))
                {
                    broken.push(format!(
                        "{page}: {attribute}=\"{link}\" (no id=\"{fragment}\" in {target})"
                    ));
                }
            }
        }
    }
    if broken.is_empty() {
        Ok(Checked {
            pages: pages.len(),
            links,
        })
    } else {
        Err(broken)
    }
}

/// Every file below `dir`, as a `/`-separated path relative to `root`.
fn walk(root: &Path, dir: &Path, files: &mut BTreeSet<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(root, &path, files);
        } else if let Ok(relative) = path.strip_prefix(root) {
            let parts: Vec<String> = relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            files.insert(parts.join("/"));
        }
    }
}

/// The values of ` name="..."` attributes in `html`, entities decoded.
fn attribute_values(html: &str, name: &str) -> std::vec::IntoIter<String> {
    let needle = format!("{name}=\"");
    html.match_indices(&needle)
        .filter(|(at, _)| {
            html[..*at]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace)
        })
        .filter_map(|(at, _)| {
            let rest = &html[at + needle.len()..];
            let value = &rest[..rest.find('"')?];
            Some(
                value
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&"),
            )
        })
        .collect::<Vec<_>>()
        .into_iter()
}

/// `https:`, `mailto:`, `//host/...` and the like leave the book.
fn is_external(link: &str) -> bool {
    link.starts_with("//")
        || link
            .split(['/', '#', '?'])
            .next()
            .is_some_and(|first| first.contains(':'))
}

/// The folder part of a page's path, with a trailing `/` (or empty).
fn parent(page: &str) -> String {
    match page.rfind('/') {
        Some(i) => page[..=i].to_owned(),
        None => String::new(),
    }
}

/// Resolves `.` and `..` in a `/`-separated relative path; keeps a trailing `/`.
fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    percent_decode(&parts.join("/"))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = || u8::from_str_radix(text.get(i + 1..i + 3)?, 16).ok();
        match (bytes[i], hex()) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book(pages: &[(&str, &str)]) -> tempdir::Dir {
        let dir = tempdir::Dir::new();
        for (name, html) in pages {
            let path = dir.0.join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, html).unwrap();
        }
        dir
    }

    /// A scratch folder under target/, removed on drop (no dependency needed
    /// for two tests).
    mod tempdir {
        pub struct Dir(pub std::path::PathBuf);
        impl Dir {
            pub fn new() -> Dir {
                use std::sync::atomic::{AtomicUsize, Ordering};
                static NEXT: AtomicUsize = AtomicUsize::new(0);
                let path = std::env::temp_dir().join(format!(
                    "xtask-links-{}-{}",
                    std::process::id(),
                    NEXT.fetch_add(1, Ordering::Relaxed)
                ));
                std::fs::create_dir_all(&path).unwrap();
                Dir(path)
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    #[test]
    fn good_links_pass() {
        let dir = book(&[
            (
                "a.html",
                r##"<h2 id="top">A</h2> <a href="b.html#x">b</a> <a href="#top">up</a>
                 <a href="https://docs.rs/tokio">docs</a> <script src="s.js"></script>
                 <a href="sub/">sub</a>"##,
            ),
            ("b.html", r#"<p id="x"> <a href="a.html">a</a>"#),
            ("s.js", ""),
            ("sub/index.html", r#"<a href="../a.html#top">a</a>"#),
        ]);
        let checked = check(&dir.0).unwrap();
        assert_eq!((checked.pages, checked.links), (3, 6));
    }

    #[test]
    fn a_missing_page_or_anchor_is_named() {
        let dir = book(&[(
            "a.html",
            r##"<h2 id="top">A</h2> <a href="gone.html">x</a> <a href="#bottom">y</a>"##,
        )]);
        let broken = check(&dir.0).unwrap_err();
        assert_eq!(
            broken,
            [
                "a.html: href=\"gone.html\" (no file gone.html)",
                "a.html: href=\"#bottom\" (no id=\"bottom\" in a.html)",
            ]
        );
    }
}

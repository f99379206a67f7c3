//! The weight of the built book, measured on every `cargo xtask build` so that
//! it cannot grow unnoticed: the largest chapter page, the search index, and
//! the most hidden lines on one page (mdBook renders each hidden `# ` line of
//! a Rust block as a `<span class="boring">`). Past a limit, the build fails.

use std::fs;
use std::path::Path;

/// The limits (issue "Pipeline, round two"): a page a reader loads, the
/// search index, and the lines "show hidden lines" can reveal.
pub const MOST_PAGE_BYTES: u64 = 200 * 1024;
pub const MOST_HIDDEN_LINES: usize = 300;
/// The search index as written (issue "Pipeline, round two": 1.5 MB). It
/// indexes the prose and leaves the code blocks out (see search.rs); with
/// them it was 3.2 MB for parts 00-28. Its deflated size, what a browser
/// downloads when the reader opens the search bar (mdBook 0.5's searcher.js
/// adds its `<script>` then, not before), is reported too.
pub const MOST_INDEX_BYTES: u64 = 1536 * 1024;

#[derive(Debug, Default)]
pub struct Figures {
    /// (bytes, page) of the largest chapter page.
    pub largest_page: (u64, String),
    /// Bytes of print.html, the whole book on one page (not a chapter; its
    /// size is the book's, so it is reported, not limited).
    pub print_page: u64,
    /// Bytes of the search index.
    pub search_index: u64,
    /// Bytes of the search index, deflated: what a browser downloads.
    pub search_index_deflated: u64,
    /// (hidden lines, page) of the page with the most.
    pub most_hidden: (usize, String),
}

/// Measures the HTML book in `book`.
pub fn measure(book: &Path) -> Result<Figures, String> {
    let mut figures = Figures::default();
    let entries = fs::read_dir(book).map_err(|e| format!("{}: {e}", book.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let bytes = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if name.starts_with("searchindex") && name.ends_with(".js") {
            figures.search_index = figures.search_index.max(bytes);
            let index = fs::read(&path).map_err(|e| format!("{name}: {e}"))?;
            let deflated = miniz_oxide::deflate::compress_to_vec(&index, 6).len() as u64;
            figures.search_index_deflated = figures.search_index_deflated.max(deflated);
        } else if name == "print.html" {
            figures.print_page = bytes;
        } else if name.ends_with(".html") {
            if bytes > figures.largest_page.0 {
                figures.largest_page = (bytes, name.clone());
            }
            let html = fs::read_to_string(&path).map_err(|e| format!("{name}: {e}"))?;
            let hidden = html.matches("<span class=\"boring\">").count();
            if hidden > figures.most_hidden.0 {
                figures.most_hidden = (hidden, name);
            }
        }
    }
    if figures.search_index == 0 {
        return Err(format!(
            "no search index in {} (is search on in book.toml?)",
            book.display()
        ));
    }
    Ok(figures)
}

impl Figures {
    /// One line for the terminal.
    pub fn summary(&self) -> String {
        format!(
            "weight: largest page {} ({:.0} KB, at most {} KB); search index {:.0} KB \
             (at most {} KB; {:.0} KB deflated); most hidden lines {} ({}, at most {}); print.html {:.0} KB",
            self.largest_page.1,
            kb(self.largest_page.0),
            MOST_PAGE_BYTES / 1024,
            kb(self.search_index),
            MOST_INDEX_BYTES / 1024,
            kb(self.search_index_deflated),
            self.most_hidden.0,
            self.most_hidden.1,
            MOST_HIDDEN_LINES,
            kb(self.print_page),
        )
    }

    /// What is over its limit, each with what to do about it.
    pub fn over_limits(&self) -> Vec<String> {
        let mut over = Vec::new();
        if self.largest_page.0 > MOST_PAGE_BYTES {
            over.push(format!(
                "{} is {:.0} KB, over {} KB: show slices of long listings, not whole files",
                self.largest_page.1,
                kb(self.largest_page.0),
                MOST_PAGE_BYTES / 1024
            ));
        }
        if self.search_index > MOST_INDEX_BYTES {
            over.push(format!(
                "the search index is {:.0} KB, over {} KB: it holds every word of the \
                 prose, inline code and headings included",
                kb(self.search_index),
                MOST_INDEX_BYTES / 1024
            ));
        }
        if self.most_hidden.0 > MOST_HIDDEN_LINES {
            over.push(format!(
                "{} has {} hidden lines, over {MOST_HIDDEN_LINES}: keep one Run-button block \
                 per listing and show the rest as slices",
                self.most_hidden.1, self.most_hidden.0
            ));
        }
        over
    }
}

fn kb(bytes: u64) -> f64 {
    bytes as f64 / 1024.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_pages_index_and_hidden_lines() {
        let dir = std::env::temp_dir().join(format!("xtask-figures-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(
            dir.join("a.html"),
            "<span class=\"boring\">x\n</span>".repeat(3),
        )
        .unwrap();
        fs::write(dir.join("b.html"), "y".repeat(500)).unwrap();
        fs::write(dir.join("print.html"), "z".repeat(900)).unwrap();
        fs::write(dir.join("searchindex-1234.js"), "w".repeat(40)).unwrap();
        let figures = measure(&dir).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(figures.largest_page, (500, "b.html".to_owned()));
        assert_eq!(figures.most_hidden, (3, "a.html".to_owned()));
        assert_eq!((figures.search_index, figures.print_page), (40, 900));
        assert!(
            (1..40).contains(&figures.search_index_deflated),
            "forty equal letters deflate to a few bytes: {}",
            figures.search_index_deflated
        );
        assert!(figures.over_limits().is_empty());
        let big_index = Figures {
            search_index: MOST_INDEX_BYTES + 1,
            largest_page: figures.largest_page.clone(),
            most_hidden: figures.most_hidden.clone(),
            ..Figures::default()
        };
        assert_eq!(big_index.over_limits().len(), 1);
        assert!(big_index.over_limits()[0].contains("KB, over 1536 KB"));
        let heavy = Figures {
            most_hidden: (301, "c.html".to_owned()),
            ..figures
        };
        assert_eq!(heavy.over_limits().len(), 1);
        assert!(heavy.over_limits()[0].contains("c.html has 301 hidden lines"));
    }
}

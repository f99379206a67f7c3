//! The fenced code blocks of a chapter, as mdBook sees them.
//!
//! The browser test (tests/browser/) reads the same fences with the same rules
//! to know where Run buttons belong; keep the two in step.

/// One fenced code block.
#[derive(Debug, Clone)]
pub struct Fence {
    /// 1-based line of the opening fence.
    pub line: usize,
    /// The info string's words (` ` or `,` separated), e.g. `["rust", "noplayground"]`.
    pub info: Vec<String>,
    /// The lines between the fences.
    pub body: String,
    /// The text after the closing fence, up to the next heading or the next
    /// Rust block that gets a Run button (what the reader reads next). A run of
    /// blocks without Run buttons, such as several anchors of one listing,
    /// shares the text that follows the last of them.
    pub after: String,
}

impl Fence {
    pub fn language(&self) -> &str {
        self.info.first().map(String::as_str).unwrap_or("")
    }

    pub fn has(&self, word: &str) -> bool {
        self.info.iter().skip(1).any(|w| w == word)
    }

    /// Whether mdBook gives this block a Run button (mdbook-html's rule, with
    /// `runnable = true` in book.toml).
    pub fn is_playground(&self) -> bool {
        self.language() == "rust"
            && (!["ignore", "noplayground", "noplaypen"]
                .iter()
                .any(|w| self.has(w))
                || self.has("mdbook-runnable"))
    }
}

/// Every fenced block of `text`, in order. A fence is three or more backticks
/// or tildes at the start of a line (up to three spaces of indent), closed by
/// at least as many of the same character.
pub fn find(text: &str) -> Vec<Fence> {
    let lines: Vec<&str> = text.lines().collect();
    let mut fences = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((marker, count, info)) = opening(lines[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        let mut body = Vec::new();
        i += 1;
        while i < lines.len() && !closes(lines[i], marker, count) {
            body.push(lines[i]);
            i += 1;
        }
        i += 1; // the closing fence (or the end of the text)
        let mut after = Vec::new();
        let mut j = i;
        while j < lines.len()
            && !lines[j].starts_with('#')
            && !opening(lines[j]).is_some_and(|(_, _, info)| {
                info.starts_with("rust") && !info.contains("noplayground")
            })
        {
            after.push(lines[j]);
            j += 1;
        }
        fences.push(Fence {
            line: start + 1,
            info: info
                .split([' ', '\t', ','])
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect(),
            body: body.join("\n"),
            after: after.join("\n"),
        });
    }
    fences
}

fn opening(line: &str) -> Option<(char, usize, &str)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let count = trimmed.chars().take_while(|c| *c == marker).count();
    (count >= 3).then(|| (marker, count, trimmed[count..].trim()))
}

fn closes(line: &str, marker: char, count: usize) -> bool {
    let trimmed = line.trim_start_matches(' ');
    line.len() - trimmed.len() <= 3
        && trimmed.chars().take_while(|c| *c == marker).count() >= count
        && trimmed.trim_start_matches(marker).trim().is_empty()
}

/// What a Rust block shows of a listing, when its body is one include
/// directive of a program in `listings/src/bin/`: the listing's own file
/// (`NAME.rs`) or a module of it (`NAME/MODULE.rs`, for a listing split by
/// concern).
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    /// `include` (the slice alone) or `rustdoc_include` (the rest hidden).
    pub kind: String,
    /// The listing's name: `part_11_join_sleep`.
    pub listing: String,
    /// The file, relative to `listings/src/bin/`: `part_11_join_sleep.rs`,
    /// or `part_17_mini_redis/store.rs`.
    pub file: String,
    /// The anchor or line range after the file's `:`, if any.
    pub part: Option<String>,
}

impl Shown {
    /// The caption a block of this listing carries right below it: the file
    /// it comes from and the command that runs it.
    pub fn caption(&self) -> String {
        format!(
            "<p class=\"caption\">listings/src/bin/{} · \
             <code>cargo run -p listings --bin {}</code></p>",
            self.file, self.listing
        )
    }
}

/// The listing a block shows, if its body is exactly one include of a file of
/// `listings/src/bin/` (as written in a chapter of `src/`).
pub fn shown_listing(body: &str) -> Option<Shown> {
    let inner = body.trim().strip_prefix("{{#")?.strip_suffix("}}")?;
    // One directive, on one line: not `{{#include a}} ... {{#include b}}`.
    if inner.contains("}}") || inner.contains('\n') {
        return None;
    }
    let (kind, argument) = inner.split_once(' ')?;
    if kind != "include" && kind != "rustdoc_include" {
        return None;
    }
    let rest = argument.trim().strip_prefix("../listings/src/bin/")?;
    let (file, part) = match rest.split_once(':') {
        Some((file, part)) => (file, Some(part.to_owned()).filter(|p| !p.is_empty())),
        None => (rest, None),
    };
    let name = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let stem = file.strip_suffix(".rs")?;
    let listing = match stem.split_once('/') {
        Some((listing, module)) if name(listing) && name(module) => listing,
        None if name(stem) => stem,
        _ => return None,
    };
    Some(Shown {
        kind: kind.to_owned(),
        listing: listing.to_owned(),
        file: file.to_owned(),
        part,
    })
}

/// Whether mdBook hides this line of a Rust block (`# ` or a lone `#`, after
/// any indent; `#[...]` and `#!` are code).
pub fn is_hidden(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed == "#" || trimmed.starts_with("# ")
}

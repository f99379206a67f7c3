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

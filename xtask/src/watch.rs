//! The author's loop of `cargo xtask serve`: while mdbook serves and reloads
//! the browser, this watches the book's sources (polling their modification
//! times: no file-watching crate for a few hundred files) and, after each
//! save, runs `cargo xtask test NN` for the part whose file changed. It prints
//! one line per check; the details of a failure go to a log file it names.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitStatus;
use std::time::{Duration, SystemTime};

use crate::check;

/// The folders whose files belong to one part by their names.
const WATCHED: &[&str] = &[
    "src",
    "listings/src/bin",
    "listings/tests/units",
    "listings/python",
    "listings/compile_fail",
    "listings/outputs",
    "listings/quizzes",
];

/// Polls until `finished` reports the server's exit status.
pub fn run(
    root: &Path,
    mut finished: impl FnMut() -> Option<ExitStatus>,
) -> Result<ExitStatus, String> {
    let mut seen = snapshot(root);
    loop {
        if let Some(status) = finished() {
            return Ok(status);
        }
        std::thread::sleep(Duration::from_millis(300));
        let now = snapshot(root);
        let changed = changes(&seen, &now);
        if changed.is_empty() {
            continue;
        }
        // An editor may write several files, or one file twice: let it finish.
        std::thread::sleep(Duration::from_millis(200));
        let now = snapshot(root);
        let mut changed: BTreeSet<PathBuf> = changed.into_iter().collect();
        changed.extend(changes(&seen, &now));
        let mut parts = BTreeSet::new();
        for path in &changed {
            match part_of(path) {
                Some(part) => {
                    parts.insert(part);
                }
                None => eprintln!(
                    "xtask: {} changed; it belongs to no one part, so run `cargo test`",
                    path.strip_prefix(root).unwrap_or(path).display()
                ),
            }
        }
        for part in parts {
            if check::chapter(root, &part).is_none() {
                continue;
            }
            match check::run(root, &part, true) {
                Ok(verdict) => {
                    let mut line = verdict.line();
                    if !verdict.failures.is_empty() {
                        let log = root.join("target").join(format!("xtask-test-{part}.log"));
                        let text: String = verdict
                            .failures
                            .iter()
                            .map(|(what, output)| format!("===== {what} =====\n{output}\n"))
                            .collect();
                        if std::fs::write(&log, text).is_ok() {
                            line.push_str(&format!(" (details: {})", log.display()));
                        }
                    }
                    eprintln!("xtask: {line}");
                }
                Err(e) => eprintln!("xtask: part {part}: the check could not run: {e}"),
            }
        }
        // What the check itself wrote (an output under UPDATE_EXPECT) is not a
        // new save.
        seen = snapshot(root);
    }
}

fn snapshot(root: &Path) -> BTreeMap<PathBuf, SystemTime> {
    let mut files = BTreeMap::new();
    for dir in WATCHED {
        collect(&root.join(dir), &mut files);
    }
    files
}

/// The files of `dir` and, for a listing split by concern, of its folders
/// (`listings/src/bin/part_17_mini_redis/`). Not src/quiz/: mdbook-quiz
/// rewrites its assets there on every build.
fn collect(dir: &Path, files: &mut BTreeMap<PathBuf, SystemTime>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        let Ok(meta) = entry.metadata() else { continue };
        if meta.is_dir() && part_of(&path).is_some() {
            collect(&path, files);
        } else if let (true, Ok(modified)) = (meta.is_file(), meta.modified()) {
            files.insert(path, modified);
        }
    }
}

fn changes(
    before: &BTreeMap<PathBuf, SystemTime>,
    after: &BTreeMap<PathBuf, SystemTime>,
) -> Vec<PathBuf> {
    let mut changed: Vec<PathBuf> = after
        .iter()
        .filter(|(path, time)| before.get(*path) != Some(time))
        .map(|(path, _)| path.clone())
        .collect();
    changed.extend(before.keys().filter(|p| !after.contains_key(*p)).cloned());
    changed
}

/// The part a file belongs to by its name: `part_11_...`, `part-11-...`, and
/// the introduction (with its `part_00_` listing) is part 00.
pub fn part_of(path: &Path) -> Option<String> {
    if let Some(part) = path.parent().and_then(part_of_name) {
        return Some(part);
    }
    part_of_name(path)
}

fn part_of_name(path: &Path) -> Option<String> {
    let name = path.file_name()?.to_string_lossy();
    if name == "introduction.md" {
        return Some("00".to_owned());
    }
    let rest = name
        .strip_prefix("part_")
        .or_else(|| name.strip_prefix("part-"))?;
    let digits: String = rest.chars().take(2).collect();
    (digits.len() == 2 && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_belong_to_parts_by_name() {
        let part = |p: &str| part_of(Path::new(p));
        assert_eq!(part("src/part-11-gather-sleep.md").as_deref(), Some("11"));
        assert_eq!(
            part("listings/src/bin/part_07_exercise.rs").as_deref(),
            Some("07")
        );
        assert_eq!(
            part("listings/outputs/part_16_queue.py.txt").as_deref(),
            Some("16")
        );
        assert_eq!(part("src/introduction.md").as_deref(), Some("00"));
        assert_eq!(part("src/SUMMARY.md"), None);
        assert_eq!(part("listings/src/timeline.rs"), None);
        assert_eq!(
            part("listings/src/bin/part_17_mini_redis/store.rs").as_deref(),
            Some("17")
        );
    }
}

//! `cargo xtask test NN`: everything `cargo test` checks about one part, in
//! seconds. One `cargo test --no-run` builds what the part needs (its
//! listings' tests, the output runner, skeptic's tests, the book's checks),
//! then the test binaries run at the same time, each narrowed to the part:
//!
//! - each of the part's listings' own tests (`--bin part_NN_...`);
//! - its listings' and Python counterparts' outputs (`programs part_NN_`).
//!   The Python counterparts need nothing cargo builds, and most of them
//!   sleep on the real clock: they begin before the build, with the output
//!   checker of the last run, and are checked again by the new one only if
//!   cargo rebuilt it;
//! - its compile-fail files (`compile_fail`, with `SURVEY_PART=NN`; the test
//!   itself reuses its last pass while nothing they depend on has changed,
//!   and the verdict line says so);
//! - its chapter's Rust blocks (`skeptic part_NN_`; `introduction` for 00);
//! - the book, reader and quiz checks of its chapter (`SURVEY_PART=NN`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

/// What one run of the check found.
pub struct Verdict {
    pub part: String,
    pub passed: usize,
    pub failed: usize,
    pub seconds: f64,
    /// How long building took, before anything ran.
    pub build_seconds: f64,
    /// The check that took longest, and its seconds.
    pub slowest: (String, f64),
    /// (what ran, its output) of each run that failed.
    pub failures: Vec<(String, String)>,
    /// Checks left out because nothing they read changed since they passed.
    pub unchanged: Vec<String>,
}

impl Verdict {
    pub fn line(&self) -> String {
        if self.failures.is_empty() {
            let unchanged = if self.unchanged.is_empty() {
                String::new()
            } else {
                format!(
                    "; not rerun, unchanged since they passed: {}",
                    self.unchanged.join(", ")
                )
            };
            format!(
                "part {}: ok, {} checks passed in {:.1}s (build {:.1}s; slowest: {}, {:.1}s{})",
                self.part,
                self.passed,
                self.seconds,
                self.build_seconds,
                self.slowest.0,
                self.slowest.1,
                unchanged
            )
        } else {
            let what: Vec<&str> = self.failures.iter().map(|(w, _)| w.as_str()).collect();
            format!(
                "part {}: FAILED ({} failed, {} passed, in {:.1}s): {}",
                self.part,
                self.failed.max(self.failures.len()),
                self.passed,
                self.seconds,
                what.join(", ")
            )
        }
    }
}

/// The part number as two digits (`7` and `07` are part 07).
pub fn parse_part(arg: &str) -> Result<String, String> {
    match arg.parse::<u8>() {
        Ok(n) if n <= 99 && !arg.is_empty() && arg.len() <= 2 => Ok(format!("{n:02}")),
        _ => Err(format!(
            "`{arg}` is not a part number: give one or two digits, such as `11` or `7` \
             (00 is the introduction)"
        )),
    }
}

/// The names of the files in `dir` that start with `prefix` and end with
/// `.ext`, without the extension, sorted.
fn stems(dir: &Path, prefix: &str, ext: &str) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(&format!(".{ext}"))?.to_owned();
            stem.starts_with(prefix).then_some(stem)
        })
        .collect();
    found.sort();
    found
}

/// The chapter of part `part`, as a file of `src/`.
pub fn chapter(root: &Path, part: &str) -> Option<String> {
    if part == "00" {
        return Some("introduction".to_owned());
    }
    stems(&root.join("src"), &format!("part-{part}-"), "md")
        .into_iter()
        .next()
}

/// Builds and runs the checks of `part`; `quiet` keeps cargo's build output
/// to failures.
pub fn run(root: &Path, part: &str, quiet: bool) -> Result<Verdict, String> {
    let started = Instant::now();
    let chapter = chapter(root, part).ok_or(format!(
        "there is no part {part}: no src/part-{part}-*.md (parts with a chapter: {})",
        stems(&root.join("src"), "part-", "md")
            .iter()
            .map(|s| &s[5..7])
            .collect::<Vec<_>>()
            .join(" ")
    ))?;
    let prefix = format!("part_{part}_");
    let listings = stems(&root.join("listings/src/bin"), &prefix, "rs");
    let compile_fail = stems(&root.join("listings/compile_fail"), &prefix, "rs");

    // 0. The Python counterparts need nothing cargo builds: begin them now,
    //    with the output checker of the last run, while cargo builds.
    let early = Early::begin(root, part, &prefix);

    // 1. Build what the part needs, in one cargo call.
    let mut build = crate::cargo();
    build.current_dir(root).args([
        "test",
        "--no-run",
        "--message-format=json-render-diagnostics",
        "-p",
        "listings",
        "-p",
        "survey-book",
        "-p",
        "book-checks",
        "--test",
        "programs",
        "--test",
        "skeptic",
        "--test",
        "book",
        "--test",
        "reader",
        "--test",
        "quiz",
    ]);
    if !compile_fail.is_empty() {
        build.args(["--test", "compile_fail"]);
    }
    for listing in &listings {
        build.args(["--bin", listing]);
    }
    build.stdout(Stdio::piped());
    if quiet {
        build.stderr(Stdio::piped());
    }
    let built = build
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !built.status.success() {
        let message = String::from_utf8_lossy(&built.stderr).into_owned();
        return Ok(Verdict {
            part: part.to_owned(),
            passed: 0,
            failed: 1,
            seconds: started.elapsed().as_secs_f64(),
            build_seconds: started.elapsed().as_secs_f64(),
            slowest: (String::new(), 0.0),
            failures: vec![("the build".to_owned(), message)],
            unchanged: Vec::new(),
        });
    }
    let executables = executables(&String::from_utf8_lossy(&built.stdout));
    // What the early start ran is what this build's checker would run, if
    // cargo did not rebuild the checker; otherwise the checker runs them again.
    let programs = executables
        .iter()
        .find(|exe| exe.kind == "test" && exe.name == "programs");
    if let Some(programs) = programs {
        Early::remember(root, programs);
    }
    let early =
        early.filter(|early| programs.is_some_and(|exe| exe.fresh && exe.path == early.checker));

    // 2. Run every test binary at once, each narrowed to the part.
    let skeptic_filter = if part == "00" {
        "introduction_".to_owned()
    } else {
        format!("{}_", chapter.replace('-', "_"))
    };
    let compile_fail_check = format!("compile_fail/{prefix}*");
    let mut runs: Vec<(String, Command)> = Vec::new();
    let mut add = |what: String, exe: &Executable, args: &[&str], env_part: bool| {
        let mut command = Command::new(&exe.path);
        exe.package.set_env(&mut command);
        command
            .current_dir(&exe.package.dir)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if env_part {
            command.env("SURVEY_PART", part);
        }
        runs.push((what, command));
    };
    for exe in &executables {
        match (exe.kind.as_str(), exe.name.as_str()) {
            ("bin", listing) if listings.iter().any(|l| l == listing) => {
                add(format!("{listing}'s tests"), exe, &[], false)
            }
            ("test", "programs") if early.is_some() => add(
                format!("outputs of {prefix}* (Rust)"),
                exe,
                &[&prefix, "--skip", ".py"],
                false,
            ),
            ("test", "programs") => add(format!("outputs of {prefix}*"), exe, &[&prefix], false),
            // `--nocapture`: the test says when the files are unchanged since
            // they passed (listings/tests/compile_fail.rs keeps that record).
            ("test", "compile_fail") if !compile_fail.is_empty() => {
                add(compile_fail_check.clone(), exe, &["--nocapture"], true)
            }
            ("test", "skeptic") => add(
                format!("src/{chapter}.md's Rust blocks"),
                exe,
                &[&skeptic_filter],
                false,
            ),
            ("test", check @ ("book" | "reader" | "quiz")) => {
                add(format!("{check} checks"), exe, &[], true)
            }
            _ => {}
        }
    }
    let build_seconds = started.elapsed().as_secs_f64();
    let finished: Vec<(String, Result<Output, String>, f64)> = std::thread::scope(|scope| {
        let waiting: Vec<_> = runs
            .into_iter()
            .map(|(what, mut command)| {
                scope.spawn(move || {
                    let spawned = Instant::now();
                    let output = command
                        .spawn()
                        .and_then(|child| child.wait_with_output())
                        .map_err(|e| format!("cannot run {command:?}: {e}"));
                    (what, output, spawned.elapsed().as_secs_f64())
                })
            })
            .collect();
        let mut finished: Vec<_> = waiting.into_iter().map(|w| w.join().unwrap()).collect();
        finished.extend(early.map(Early::finish));
        finished
    });
    let mut verdict = Verdict {
        part: part.to_owned(),
        passed: 0,
        failed: 0,
        seconds: 0.0,
        build_seconds,
        slowest: (String::new(), 0.0),
        failures: Vec::new(),
        unchanged: Vec::new(),
    };
    for (what, output, seconds) in finished {
        if seconds > verdict.slowest.1 {
            verdict.slowest = (what.clone(), seconds);
        }
        match output {
            Ok(output) => {
                let (passed, failed) = counts(&output);
                verdict.passed += passed;
                verdict.failed += failed;
                if what == compile_fail_check
                    && output.status.success()
                    && String::from_utf8_lossy(&output.stderr).contains(UNCHANGED)
                {
                    verdict.unchanged.push(what.clone());
                }
                if !output.status.success() {
                    let text = format!(
                        "{}{}",
                        String::from_utf8_lossy(&output.stdout),
                        String::from_utf8_lossy(&output.stderr)
                    );
                    verdict.failures.push((what, text));
                }
            }
            Err(e) => verdict.failures.push((what, e)),
        }
    }
    verdict.seconds = started.elapsed().as_secs_f64();
    Ok(verdict)
}

/// What listings/tests/compile_fail.rs says when it reuses a recorded pass.
const UNCHANGED: &str = "unchanged since they failed as the book shows";

/// The part's Python counterparts, begun before the build with the output
/// checker (`listings/tests/programs.rs`) of the last run.
struct Early {
    checker: PathBuf,
    what: String,
    running: std::thread::JoinHandle<(Result<Output, String>, f64)>,
}

impl Early {
    /// Where the last run's checker is written down: its path, then its
    /// package id.
    fn record(root: &Path) -> PathBuf {
        root.join("target/xtask-programs-checker.txt")
    }

    fn begin(root: &Path, part: &str, prefix: &str) -> Option<Early> {
        let scripts: Vec<String> = stems(&root.join("listings/python"), prefix, "py")
            .into_iter()
            .map(|stem| format!("{stem}.py"))
            .collect();
        if scripts.is_empty() {
            return None;
        }
        let record = std::fs::read_to_string(Early::record(root)).ok()?;
        let (checker, package) = record.trim_end().split_once('\n')?;
        let checker = PathBuf::from(checker);
        let package = Package::from_id(package)?;
        if !checker.is_file() {
            return None;
        }
        let mut command = Command::new(&checker);
        package.set_env(&mut command);
        command
            .current_dir(&package.dir)
            .arg("--exact")
            .args(&scripts)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let running = std::thread::spawn(move || {
            let begun = Instant::now();
            let output = command
                .spawn()
                .and_then(|child| child.wait_with_output())
                .map_err(|e| format!("cannot run {command:?}: {e}"));
            (output, begun.elapsed().as_secs_f64())
        });
        Some(Early {
            checker,
            what: format!("outputs of part_{part}_*.py"),
            running,
        })
    }

    fn remember(root: &Path, checker: &Executable) {
        let id = format!(
            "path+file://{}#{}@{}",
            checker.package.dir.display(),
            checker.package.name,
            checker.package.version
        );
        let _ = std::fs::write(
            Early::record(root),
            format!("{}\n{id}\n", checker.path.display()),
        );
    }

    fn finish(self) -> (String, Result<Output, String>, f64) {
        let (output, seconds) = self
            .running
            .join()
            .unwrap_or_else(|_| (Err("the thread running it panicked".to_owned()), 0.0));
        (self.what, output, seconds)
    }
}

/// A test executable cargo built.
#[derive(Debug, PartialEq)]
struct Executable {
    /// The target's kind (`bin`, `test`) and name.
    kind: String,
    name: String,
    path: PathBuf,
    package: Package,
    /// Cargo did not rebuild it.
    fresh: bool,
}

/// The package a test executable belongs to.
#[derive(Debug, PartialEq)]
struct Package {
    name: String,
    version: String,
    dir: PathBuf,
}

impl Package {
    /// From a package id such as `path+file:///work/main/listings#0.1.0`
    /// (or `…/checks#book-checks@0.1.0`, when the name is not the folder's).
    fn from_id(id: &str) -> Option<Package> {
        let (url, fragment) = id.strip_prefix("path+file://")?.split_once('#')?;
        let dir = PathBuf::from(url.split('?').next()?);
        let (name, version) = match fragment.split_once('@') {
            Some((name, version)) => (name.to_owned(), version.to_owned()),
            None => (
                dir.file_name()?.to_string_lossy().into_owned(),
                fragment.to_owned(),
            ),
        };
        Some(Package { name, version, dir })
    }

    /// Gives `command` the environment `cargo test` gives a test of this
    /// package, instead of the one `cargo run` gave xtask. A test that runs
    /// cargo (trybuild does) passes it on to build scripts that watch it.
    fn set_env(&self, command: &mut Command) {
        crate::without_cargo_run_env(command);
        let (numbers, pre) = self
            .version
            .split_once('-')
            .unwrap_or((self.version.as_str(), ""));
        let mut numbers = numbers.split('.');
        command
            .env("CARGO_MANIFEST_DIR", &self.dir)
            .env("CARGO_MANIFEST_PATH", self.dir.join("Cargo.toml"))
            .env("CARGO_PKG_NAME", &self.name)
            .env("CARGO_PKG_VERSION", &self.version)
            .env("CARGO_PKG_VERSION_MAJOR", numbers.next().unwrap_or("0"))
            .env("CARGO_PKG_VERSION_MINOR", numbers.next().unwrap_or("0"))
            .env("CARGO_PKG_VERSION_PATCH", numbers.next().unwrap_or("0"))
            .env("CARGO_PKG_VERSION_PRE", pre);
    }
}

/// Each test executable cargo reported.
fn executables(messages: &str) -> Vec<Executable> {
    // One JSON object per line; only compiler-artifact lines with an
    // executable matter. A full JSON parser is not needed for four fields.
    let field = |line: &str, key: &str| -> Option<String> {
        let start = line.find(&format!("\"{key}\":"))? + key.len() + 3;
        let rest = &line[start..];
        let rest = rest.strip_prefix('"')?;
        Some(rest[..rest.find('"')?].to_owned())
    };
    messages
        .lines()
        .filter(|line| line.contains("\"reason\":\"compiler-artifact\""))
        // A listing is built twice: as a program, and as its tests.
        .filter(|line| line.contains("\"test\":true"))
        .filter_map(|line| {
            let path = PathBuf::from(field(line, "executable")?);
            let package = Package::from_id(&field(line, "package_id")?)?;
            let target = &line[line.find("\"target\":")?..];
            let kind = target
                .find("\"kind\":[\"")
                .map(|i| &target[i + 9..])
                .and_then(|rest| rest.split('"').next())?
                .to_owned();
            let name = field(target, "name")?;
            Some(Executable {
                kind,
                name,
                path,
                package,
                fresh: line.contains("\"fresh\":true"),
            })
        })
        .collect()
}

/// (passed, failed) summed over the `test result:` lines of a run.
fn counts(output: &Output) -> (usize, usize) {
    let stdout = String::from_utf8_lossy(&output.stdout);
    let mut totals = (0, 0);
    for line in stdout.lines().filter(|l| l.starts_with("test result:")) {
        let number = |word: &str| {
            line.split("; ")
                .find_map(|part| {
                    part.trim_start_matches(|c: char| !c.is_ascii_digit())
                        .strip_suffix(word)
                })
                .and_then(|n| n.trim().parse::<usize>().ok())
                .unwrap_or(0)
        };
        totals.0 += number(" passed");
        totals.1 += number(" failed");
    }
    totals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_numbers_are_one_or_two_digits() {
        assert_eq!(parse_part("7").unwrap(), "07");
        assert_eq!(parse_part("11").unwrap(), "11");
        assert!(parse_part("111").is_err());
        assert!(parse_part("x").unwrap_err().contains("not a part number"));
        assert!(parse_part("").is_err());
    }

    #[test]
    fn reads_executables_from_cargo_messages() {
        let line = r#"{"reason":"compiler-artifact","package_id":"path+file:///w/listings#0.1.0","target":{"kind":["bin"],"crate_types":["bin"],"name":"part_11_join_sleep","src_path":"/a"},"profile":{"test":true},"executable":"/t/part_11_join_sleep-1","fresh":true}"#;
        let other = r#"{"reason":"build-finished","success":true}"#;
        assert_eq!(
            executables(&format!("{line}\n{other}\n")),
            [Executable {
                kind: "bin".to_owned(),
                name: "part_11_join_sleep".to_owned(),
                path: PathBuf::from("/t/part_11_join_sleep-1"),
                package: Package {
                    name: "listings".to_owned(),
                    version: "0.1.0".to_owned(),
                    dir: PathBuf::from("/w/listings"),
                },
                fresh: true,
            }]
        );
        let named = Package::from_id("path+file:///w/checks#book-checks@0.2.0-rc.1").unwrap();
        assert_eq!(
            (named.name.as_str(), named.version.as_str()),
            ("book-checks", "0.2.0-rc.1")
        );
        assert_eq!(named.dir, PathBuf::from("/w/checks"));
        assert!(Package::from_id("registry+https://x#y@1.0.0").is_none());
    }
}

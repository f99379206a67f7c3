//! A test runner for checks that mostly wait (a program sleeping on the real
//! clock, a Python script): it runs up to `SURVEY_JOBS` of them at once
//! (default 16) instead of libtest's four, and prints what libtest prints, so
//! `cargo test` reads the same either way. Sixteen, on two cores, because the
//! programs spend nearly all their time asleep. Measured warm with the 166
//! programs of parts 00-28, three runs each: 12 at once took 4.8-5.3 s, 16
//! took 4.1-4.3 s, 24 took 4.8-6.7 s and 32 5.5-6.4 s (there the programs
//! that measure the real clock stretch, fighting for the CPU).
//!
//! It understands libtest's usual arguments: name filters (a case runs if its
//! name contains any of them), `--exact`, `--skip NAME`, `--ignored`,
//! `--include-ignored`, `--list`; it accepts and ignores `--nocapture`,
//! `--show-output`, `--quiet`, `--color WHEN`, `--format FORMAT` and
//! `--test-threads N`. Anything else is refused with a message. A case that
//! takes a second or more has its time after its verdict.

use std::collections::{HashMap, VecDeque};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Instant;

/// What a check found: nothing wrong, or what is wrong.
pub type Outcome = Result<(), String>;

/// One named check.
pub struct Case {
    pub name: String,
    /// Why it is skipped unless `--ignored` or `--include-ignored` is given.
    pub ignored: Option<&'static str>,
    pub run: Box<dyn FnOnce() -> Outcome + Send>,
}

#[derive(Default)]
struct Args {
    filters: Vec<String>,
    skip: Vec<String>,
    exact: bool,
    ignored: bool,
    include_ignored: bool,
    list: bool,
}

fn parse(args: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut parsed = Args::default();
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--exact" => parsed.exact = true,
            "--ignored" => parsed.ignored = true,
            "--include-ignored" => parsed.include_ignored = true,
            "--list" => parsed.list = true,
            "--nocapture" | "--show-output" | "-q" | "--quiet" => {}
            "--skip" | "--color" | "--format" | "--test-threads" => {
                let value = args.next().ok_or(format!("{arg} needs a value"))?;
                if arg == "--skip" {
                    parsed.skip.push(value);
                }
            }
            flag if flag.starts_with("--color=")
                || flag.starts_with("--format=")
                || flag.starts_with("--test-threads=") => {}
            flag if flag.starts_with("--skip=") => parsed.skip.push(flag[7..].to_owned()),
            flag if flag.starts_with('-') => {
                return Err(format!(
                    "unknown option {flag} (this runner takes name filters, --exact, --skip \
                     NAME, --ignored, --include-ignored and --list)"
                ));
            }
            _ => parsed.filters.push(arg),
        }
    }
    Ok(parsed)
}

impl Args {
    fn selects(&self, name: &str) -> bool {
        let matches = |pattern: &String| {
            if self.exact {
                name == pattern
            } else {
                name.contains(pattern.as_str())
            }
        };
        (self.filters.is_empty() || self.filters.iter().any(matches))
            && !self.skip.iter().any(matches)
    }
}

/// How long each case took last time, kept in `CARGO_TARGET_TMPDIR`: the
/// slowest start first, so that no long wait begins last. (A new case counts
/// as slow.) Losing the file only loses the order.
fn history_file() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap_or_default();
    let stem = exe.file_stem().unwrap_or_default().to_string_lossy();
    let name = stem.split('-').next().unwrap_or("cases");
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-times.txt"))
}

fn read_history() -> HashMap<String, f64> {
    std::fs::read_to_string(history_file())
        .unwrap_or_default()
        .lines()
        .filter_map(|line| {
            let (seconds, name) = line.split_once(' ')?;
            Some((name.to_owned(), seconds.parse().ok()?))
        })
        .collect()
}

/// Runs the cases the command line selects and reports like libtest.
pub fn run(cases: Vec<Case>) -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let total = cases.len();
    let selected: Vec<Case> = cases
        .into_iter()
        .filter(|c| args.selects(&c.name))
        .collect();
    let filtered_out = total - selected.len();
    if args.list {
        for case in &selected {
            println!("{}: test", case.name);
        }
        return ExitCode::SUCCESS;
    }
    let (to_run, skipped): (Vec<Case>, Vec<Case>) =
        selected.into_iter().partition(|case| match case.ignored {
            None => !args.ignored,
            Some(_) => args.ignored || args.include_ignored,
        });
    let started = Instant::now();
    println!("\nrunning {} tests", to_run.len() + skipped.len());
    for case in &skipped {
        let why = case.ignored.map(|w| format!(", {w}")).unwrap_or_default();
        println!("test {} ... ignored{why}", case.name);
    }
    let jobs = std::env::var("SURVEY_JOBS")
        .ok()
        .and_then(|j| j.parse::<usize>().ok())
        .filter(|&j| j > 0)
        .unwrap_or(16);
    let mut history = read_history();
    let mut to_run = to_run;
    to_run.sort_by(|a, b| {
        let took = |case: &Case| history.get(&case.name).copied().unwrap_or(f64::MAX);
        took(b).total_cmp(&took(a))
    });
    let times = Mutex::new(Vec::new());
    let queue = Mutex::new(to_run.into_iter().collect::<VecDeque<Case>>());
    let failures = Mutex::new(Vec::new());
    let passed = Mutex::new(0usize);
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let Some(case) = queue.lock().unwrap().pop_front() else {
                    break;
                };
                let case_started = Instant::now();
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(case.run))
                    .unwrap_or_else(|panic| {
                        Err(panic
                            .downcast_ref::<String>()
                            .cloned()
                            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                            .unwrap_or_else(|| "it panicked".to_owned()))
                    });
                let took = case_started.elapsed().as_secs_f64();
                times.lock().unwrap().push((case.name.clone(), took));
                let took = if took >= 1.0 {
                    format!(" ({took:.1}s)")
                } else {
                    String::new()
                };
                match outcome {
                    Ok(()) => {
                        println!("test {} ... ok{took}", case.name);
                        *passed.lock().unwrap() += 1;
                    }
                    Err(why) => {
                        println!("test {} ... FAILED", case.name);
                        failures.lock().unwrap().push((case.name, why));
                    }
                }
            });
        }
    });
    history.extend(times.into_inner().unwrap());
    let mut lines: Vec<String> = history.iter().map(|(n, t)| format!("{t:.3} {n}")).collect();
    lines.sort();
    let _ = std::fs::write(history_file(), lines.join("\n") + "\n");
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    if !failures.is_empty() {
        println!("\nfailures:\n");
        for (name, why) in &failures {
            println!("---- {name} ----\n{why}\n");
        }
        println!("failures:");
        for (name, _) in &failures {
            println!("    {name}");
        }
    }
    println!(
        "\ntest result: {}. {} passed; {} failed; {} ignored; 0 measured; {filtered_out} \
         filtered out; finished in {:.2}s\n",
        if failures.is_empty() { "ok" } else { "FAILED" },
        passed.into_inner().unwrap(),
        failures.len(),
        skipped.len(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(101)
    }
}

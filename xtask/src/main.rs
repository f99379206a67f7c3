//! `cargo xtask`: the book's chores, so that nothing needs installing by hand.
//!
//! - `cargo xtask serve [ARGS]`: serve the book with live reload and open it
//!   (`mdbook serve --open ARGS`). On every save it also runs the checks of
//!   the part whose file changed and prints a one-line verdict.
//! - `cargo xtask test NN`: everything `cargo test` checks about part NN, in
//!   a few seconds (check.rs).
//! - `cargo xtask build`: write the HTML to `book/` with mdBook's library
//!   (render.rs); any warning or error from mdBook, a broken internal link or
//!   anchor (links.rs), or a page over its weight (figures.rs) fails the
//!   command (CI runs this). It prints the weight every time.
//! - `cargo xtask bless`: rewrite the captured outputs and compiler messages
//!   from real runs, then show what changed with `git diff`.
//!
//! The tools are pinned and installed on first use into `.tools/` inside the
//! project: mdbook for `serve`, mdbook-quiz for `serve` and `build` (see
//! `Tool`).

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod check;
mod figures;
mod links;
mod render;
mod search;
mod watch;

/// The tools the book is built with, pinned, each installed on first use into
/// `.tools/NAME-VERSION/` inside the project (`cargo install --locked`), and
/// reinstalled only when missing or of another version.
struct Tool {
    name: &'static str,
    version: &'static str,
    /// What `NAME --version` prints when it is this version.
    version_line: &'static str,
}

/// mdbook itself, for `serve` (its web server, file watcher and live reload).
/// book.toml's features, the theme's additions and the tests' expectations all
/// assume this version; `build` uses the same version as a library.
const MDBOOK: Tool = Tool {
    name: "mdbook",
    version: "0.5.4",
    version_line: "mdbook v0.5.4",
};

/// The quiz preprocessor (book.toml's `[preprocessor.quiz]` runs it from
/// `.tools/mdbook-quiz-0.5.0/bin/`), for `serve` and `build`.
const MDBOOK_QUIZ: Tool = Tool {
    name: "mdbook-quiz",
    version: "0.5.0",
    version_line: "mdbook-quiz 0.5.0",
};

impl Tool {
    fn dir(&self, root: &Path) -> PathBuf {
        root.join(".tools")
            .join(format!("{}-{}", self.name, self.version))
    }

    fn binary(&self, root: &Path) -> PathBuf {
        let exe = if cfg!(windows) { ".exe" } else { "" };
        self.dir(root)
            .join("bin")
            .join(format!("{}{exe}", self.name))
    }

    /// Whether the binary runs and is the pinned version.
    fn is_pinned(&self, root: &Path) -> bool {
        Command::new(self.binary(root))
            .arg("--version")
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == self.version_line)
    }

    /// The pinned binary, installed first if need be.
    fn ensure(&self, root: &Path) -> Result<PathBuf, String> {
        if self.is_pinned(root) {
            return Ok(self.binary(root));
        }
        eprintln!(
            "xtask: installing {} {} into {} (once; a few minutes)",
            self.name,
            self.version,
            self.dir(root).display()
        );
        let started = std::time::Instant::now();
        let status = cargo()
            .args(["install", self.name, "--locked", "--force", "--version"])
            .arg(format!("={}", self.version))
            .arg("--root")
            .arg(self.dir(root))
            // Keep the build beside the project's, so a reinstall reuses it.
            .arg("--target-dir")
            .arg(root.join("target").join("tools"))
            .status()
            .map_err(|e| format!("cannot run cargo install: {e}"))?;
        if !status.success() || !self.is_pinned(root) {
            return Err(format!(
                "installing {} {} failed ({status})",
                self.name, self.version
            ));
        }
        eprintln!(
            "xtask: installed {} {} in {:.0}s",
            self.name,
            self.version,
            started.elapsed().as_secs_f64()
        );
        Ok(self.binary(root))
    }
}

/// A cargo command with the environment of the shell `cargo xtask` ran in.
///
/// `cargo run` gives xtask the variables of its own package
/// (`CARGO_MANIFEST_DIR=…/xtask`, `CARGO_PKG_NAME=xtask`, …). A cargo started
/// with them sees a changed environment wherever a build script watches one:
/// ring's watches `CARGO_MANIFEST_DIR`, so each switch between `cargo test`
/// and `cargo xtask test` rebuilt ring, rustls and every listing (40 s).
pub fn cargo() -> Command {
    let mut command = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    without_cargo_run_env(&mut command);
    command
}

/// Takes out of `command`'s environment the variables `cargo run` set for
/// xtask (the Cargo book, "Environment variables Cargo sets for crates"), but
/// `CARGO` itself.
pub fn without_cargo_run_env(command: &mut Command) {
    for (name, _) in env::vars_os() {
        let text = name.to_string_lossy();
        let set_by_cargo_run = text.starts_with("CARGO_PKG_")
            || matches!(
                &*text,
                "CARGO_MANIFEST_DIR"
                    | "CARGO_MANIFEST_PATH"
                    | "CARGO_CRATE_NAME"
                    | "CARGO_BIN_NAME"
                    | "CARGO_PRIMARY_PACKAGE"
            );
        if set_by_cargo_run {
            command.env_remove(&name);
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is in the root")
        .to_path_buf();
    // book.toml names the quiz preprocessor by a path relative to the root.
    if let Err(e) = env::set_current_dir(&root) {
        eprintln!("xtask: cannot work in {}: {e}", root.display());
        return ExitCode::FAILURE;
    }
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&root, &args[1..]),
        Some("build") => build(&root),
        Some("bless") => bless(&root),
        Some("test") if args.len() == 2 => test(&root, &args[1]),
        _ => Err(format!(
            "usage: cargo xtask <serve [mdbook serve args] | test NN | build | bless>\n(got: {})",
            if args.is_empty() {
                "nothing".to_owned()
            } else {
                args.join(" ")
            }
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn serve(root: &Path, extra: &[String]) -> Result<(), String> {
    let mdbook = MDBOOK.ensure(root)?;
    MDBOOK_QUIZ.ensure(root)?;
    let mut command = Command::new(mdbook);
    command
        .current_dir(root)
        .arg("serve")
        .arg("--open")
        .args(extra);
    let mut server = command
        .spawn()
        .map_err(|e| format!("cannot start mdbook: {e}"))?;
    eprintln!("xtask: on each save, the checks of the part that changed run here");
    watch::run(root, || match server.try_wait() {
        Ok(None) => None,
        Ok(Some(status)) => Some(status),
        Err(_) => Some(std::process::ExitStatus::default()),
    })
    .and_then(|status| {
        status
            .success()
            .then_some(())
            .ok_or(format!("mdbook serve ended with {status}"))
    })
}

fn test(root: &Path, part: &str) -> Result<(), String> {
    let part = check::parse_part(part)?;
    let verdict = check::run(root, &part, false)?;
    for (what, output) in &verdict.failures {
        eprintln!("\n===== {what} =====\n{output}");
    }
    println!("{}", verdict.line());
    verdict
        .failures
        .is_empty()
        .then_some(())
        .ok_or_else(|| format!("part {part} has failures (above)"))
}

fn build(root: &Path) -> Result<(), String> {
    MDBOOK_QUIZ.ensure(root)?;
    let problems = render::build(root).map_err(|e| format!("mdBook failed: {e}"))?;
    // mdBook logs problems (a broken link, a bad config key) and still
    // succeeds; for the book, any of them is a failure.
    if !problems.is_empty() {
        return Err(format!(
            "mdBook reported {} problem(s):\n{}",
            problems.len(),
            problems.join("\n")
        ));
    }
    let checked = links::check(&root.join("book")).map_err(|broken| {
        format!(
            "the book has {} broken internal link(s):\n  {}",
            broken.len(),
            broken.join("\n  ")
        )
    })?;
    println!(
        "links: {} internal links in {} pages, all resolve",
        checked.links, checked.pages
    );
    let weight = figures::measure(&root.join("book"))?;
    println!("{}", weight.summary());
    let over = weight.over_limits();
    if !over.is_empty() {
        return Err(format!("the book is too heavy:\n  {}", over.join("\n  ")));
    }
    println!("the book is in {}", root.join("book").display());
    Ok(())
}

fn bless(root: &Path) -> Result<(), String> {
    let status = cargo()
        .current_dir(root)
        .args(["test", "-p", "listings"])
        .env("UPDATE_EXPECT", "1")
        .env("TRYBUILD", "overwrite")
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "cargo test -p listings failed ({status}): fix the listings first"
        ));
    }
    let _ = Command::new("git")
        .current_dir(root)
        .args([
            "diff",
            "--stat",
            "--",
            "listings/outputs",
            "listings/compile_fail",
        ])
        .status();
    Ok(())
}

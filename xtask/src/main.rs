//! `cargo xtask`: the book's chores, so that nothing needs installing by hand.
//!
//! - `cargo xtask serve [ARGS]`: serve the book with live reload and open it
//!   (`mdbook serve --open ARGS`).
//! - `cargo xtask build`: write the HTML to `book/`; any warning or error from
//!   mdBook, or a broken internal link or anchor (links.rs), fails the
//!   command (CI runs this).
//! - `cargo xtask bless`: rewrite the captured outputs and compiler messages
//!   from real runs, then show what changed with `git diff`.
//!
//! mdbook itself is installed on first use, pinned, into `.tools/` inside the
//! project (`cargo install --locked`), and reinstalled only when missing or
//! of another version. `serve` needs the full build (with its web server and
//! file watcher); `build` takes whichever is there, and otherwise installs the
//! smaller search-only build, as CI does.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod links;

/// The mdbook version the book is written for (book.toml's features, the
/// theme's additions and the tests' expectations all assume it).
const MDBOOK_VERSION: &str = "0.5.4";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask/ is in the root")
        .to_path_buf();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&root, &args[1..]),
        Some("build") => build(&root),
        Some("bless") => bless(&root),
        _ => Err(format!(
            "usage: cargo xtask <serve [mdbook serve args] | build | bless>\n(got: {})",
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

/// Which mdbook build: the full one (serve, watch, search) or search only.
#[derive(Clone, Copy, PartialEq)]
enum Flavor {
    Full,
    SearchOnly,
}

impl Flavor {
    fn dir(self, root: &Path) -> PathBuf {
        let name = match self {
            Flavor::Full => format!("mdbook-{MDBOOK_VERSION}"),
            Flavor::SearchOnly => format!("mdbook-{MDBOOK_VERSION}-search-only"),
        };
        root.join(".tools").join(name)
    }

    fn binary(self, root: &Path) -> PathBuf {
        self.dir(root).join("bin").join(if cfg!(windows) {
            "mdbook.exe"
        } else {
            "mdbook"
        })
    }
}

fn serve(root: &Path, extra: &[String]) -> Result<(), String> {
    let mdbook = ensure_mdbook(root, Flavor::Full)?;
    let mut command = Command::new(mdbook);
    command
        .current_dir(root)
        .arg("serve")
        .arg("--open")
        .args(extra);
    let status = command
        .status()
        .map_err(|e| format!("cannot start mdbook: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or(format!("mdbook serve ended with {status}"))
}

fn build(root: &Path) -> Result<(), String> {
    let mdbook = if is_pinned(&Flavor::Full.binary(root)) {
        Flavor::Full.binary(root)
    } else {
        ensure_mdbook(root, Flavor::SearchOnly)?
    };
    let output = Command::new(mdbook)
        .current_dir(root)
        .arg("build")
        .output()
        .map_err(|e| format!("cannot start mdbook: {e}"))?;
    let log = String::from_utf8_lossy(&output.stderr);
    eprint!("{log}");
    // mdBook logs problems (a broken link, a bad config key) as WARN or ERROR
    // lines and still exits 0; for the book, any of them is a failure.
    let problems: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("WARN") || l.contains("ERROR"))
        .collect();
    if !output.status.success() {
        return Err(format!("mdbook build failed ({})", output.status));
    }
    if !problems.is_empty() {
        return Err(format!(
            "mdbook build reported {} problem(s):\n{}",
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
    println!("the book is in {}", root.join("book").display());
    Ok(())
}

fn bless(root: &Path) -> Result<(), String> {
    let status = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
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

/// Whether `binary` runs and is the pinned version.
fn is_pinned(binary: &Path) -> bool {
    Command::new(binary)
        .arg("--version")
        .output()
        .is_ok_and(|out| {
            String::from_utf8_lossy(&out.stdout).trim() == format!("mdbook v{MDBOOK_VERSION}")
        })
}

/// The pinned mdbook of this flavor, installed first if need be.
fn ensure_mdbook(root: &Path, flavor: Flavor) -> Result<PathBuf, String> {
    let binary = flavor.binary(root);
    if is_pinned(&binary) {
        return Ok(binary);
    }
    eprintln!(
        "xtask: installing mdbook {MDBOOK_VERSION} into {} (once)",
        flavor.dir(root).display()
    );
    let mut install = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()));
    install
        .args(["install", "mdbook", "--locked", "--force", "--version"])
        .arg(format!("={MDBOOK_VERSION}"))
        .arg("--root")
        .arg(flavor.dir(root))
        // Keep the build beside the project's, so a reinstall reuses it.
        .arg("--target-dir")
        .arg(root.join("target").join("tools"));
    if flavor == Flavor::SearchOnly {
        install.args(["--no-default-features", "--features", "search"]);
    }
    let status = install
        .status()
        .map_err(|e| format!("cannot run cargo install: {e}"))?;
    if !status.success() || !is_pinned(&binary) {
        return Err(format!(
            "installing mdbook {MDBOOK_VERSION} failed ({status})"
        ));
    }
    Ok(binary)
}

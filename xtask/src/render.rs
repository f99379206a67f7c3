//! `cargo xtask build` renders the book in this process, with mdBook's own
//! library (the same mdbook-driver 0.5.4 that build.rs uses), not with the
//! installed binary. One reason is the search index: mdbook 0.5.4's lock file
//! pins elasticlunr-rs 3.0.2, whose `add_doc` never resets its token counts
//! between fields, so every page's body was indexed a second time as its
//! "breadcrumbs" (elasticlunr-rs#59, fixed in 3.1.0). Our Cargo.lock takes
//! 3.1.0, and the index is half the size. The other is time: CI no longer
//! compiles a second copy of mdbook just to build the book.
//!
//! mdBook reports problems (a broken link, an unknown key in book.toml) as
//! `tracing` events and still succeeds; the small subscriber here prints every
//! event at INFO and above, as the mdbook binary does, and counts the warnings
//! and errors so that `build` can fail on them.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// Renders the book at `root` into `root/book`, its search index without the
/// code blocks (see search.rs); returns the WARN and ERROR lines mdBook
/// logged (the build itself failing is an `Err`).
pub fn build(root: &Path) -> Result<Vec<String>, String> {
    let lean_dir = root.join("target/xtask-search");
    // Two renders, one per core: the book, and the book without its code,
    // whose only use is its search index.
    let (full, lean) = std::thread::scope(|scope| {
        let lean = scope.spawn(|| {
            render(root, false, |book| {
                book.config.build.build_dir = lean_dir.clone();
                book.with_preprocessor(crate::search::LeaveOutCode);
            })
        });
        (
            render(root, true, |_| ()),
            lean.join().expect("the second render panicked"),
        )
    });
    let mut problems = full?;
    // The same book, so the same warnings, but for what leaving out the code
    // could have caused.
    for problem in lean? {
        if !problems.contains(&problem) {
            problems.push(format!("{problem} (in the render for the search index)"));
        }
    }
    let swap = crate::search::install(&root.join("book"), &lean_dir)?;
    eprintln!(
        "search index: prose only, {:.0} KB ({:.0} KB with the code blocks)",
        swap.lean_bytes as f64 / 1024.0,
        swap.full_bytes as f64 / 1024.0
    );
    Ok(problems)
}

/// Loads the book at `root`, lets `adjust` change it, and renders it;
/// returns the problems logged. `echo`: print its INFO lines too.
fn render(
    root: &Path,
    echo: bool,
    adjust: impl FnOnce(&mut mdbook_driver::MDBook),
) -> Result<Vec<String>, String> {
    let problems = Arc::new(Mutex::new(Vec::new()));
    let dispatch = tracing::Dispatch::new(Collector {
        problems: problems.clone(),
        echo,
        next_span: AtomicU64::new(0),
    });
    let result = tracing::dispatcher::with_default(&dispatch, || {
        let mut book = mdbook_driver::MDBook::load(root).map_err(|e| format!("{e:#}"))?;
        adjust(&mut book);
        book.build().map_err(|e| format!("{e:#}"))
    });
    let problems = problems.lock().unwrap().clone();
    result.map(|()| problems)
}

struct Collector {
    problems: Arc<Mutex<Vec<String>>>,
    echo: bool,
    next_span: AtomicU64,
}

impl Subscriber for Collector {
    fn enabled(&self, metadata: &Metadata<'_>) -> bool {
        *metadata.level() <= Level::INFO
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(self.next_span.fetch_add(1, Ordering::Relaxed) + 1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut message = Message::default();
        event.record(&mut message);
        let level = *event.metadata().level();
        let line = format!("{level:>5} {}", message.0.trim());
        if self.echo || level <= Level::WARN {
            eprintln!("{line}");
        }
        if level <= Level::WARN {
            self.problems.lock().unwrap().push(line);
        }
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

/// An event's message, then its other fields as `name=value`.
#[derive(Default)]
struct Message(String);

impl Visit for Message {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?} ");
        } else {
            let _ = write!(self.0, "{}={value:?} ", field.name());
        }
    }
}

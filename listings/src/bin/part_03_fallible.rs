//! Part 03: errors in async code are values. A fallible `async fn` returns a
//! `Result`; `.await` hands you that `Result`, and `?` passes an `Err` up to
//! the caller, one `async fn` after another, as it does in sync code.
//!
//! Run it: cargo run -p listings --bin part_03_fallible
//! (`main` runs on tokio's paused clock, so the time printed is exact.)

use std::error::Error;
use std::fmt;
use std::num::ParseIntError;
use std::time::Duration;

// ANCHOR: error
/// A delay that is not a whole number of milliseconds, and why.
#[derive(Debug)]
struct BadDelay {
    text: String,
    reason: ParseIntError,
}

impl fmt::Display for BadDelay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "bad delay {:?}: {}", self.text, self.reason)
    }
}

impl Error for BadDelay {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&self.reason)
    }
}
// ANCHOR_END: error

// ANCHOR: fallible
/// Sleeps for `text` milliseconds, and says how long that was.
async fn wait_for(text: &str) -> Result<Duration, BadDelay> {
    let millis: u64 = text.trim().parse().map_err(|reason| BadDelay {
        text: text.to_owned(),
        reason,
    })?; // an Err ends this future here: it is Ready with that Err
    let delay = Duration::from_millis(millis);
    tokio::time::sleep(delay).await;
    Ok(delay)
}

/// Waits for each delay in turn and adds them up; stops at the first bad one.
async fn wait_for_each(texts: &[&str]) -> Result<Duration, BadDelay> {
    let mut total = Duration::ZERO;
    for text in texts {
        total += wait_for(text).await?; // .await gives the Result, ? unwraps it
    }
    Ok(total)
}
// ANCHOR_END: fallible

// ANCHOR: main
// tokio's paused clock (see the introduction): the time printed is exact.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for texts in [&["100", "200"][..], &["100", "ten", "200"][..]] {
        let start = tokio::time::Instant::now();
        match wait_for_each(texts).await {
            Ok(total) => println!("{texts:?}: waited {total:?} in all"),
            Err(error) => println!("{texts:?}: {error} (after {:?})", start.elapsed()),
        }
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_03_fallible.rs"]
mod tests;

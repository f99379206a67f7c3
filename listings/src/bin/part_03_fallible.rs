//! Part 03: errors in async code are values. A fallible `async fn` returns a
//! `Result`; `.await` hands you that `Result`, and `?` passes an `Err` up to
//! the caller, one `async fn` after another, as it does in sync code.
//!
//! Run it: cargo run -p listings --bin part_03_fallible

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
#[tokio::main(flavor = "current_thread")]
async fn main() {
    for texts in [&["100", "200"][..], &["100", "ten", "200"][..]] {
        match wait_for_each(texts).await {
            Ok(total) => println!("{texts:?}: waited {total:?} in all"),
            Err(error) => println!("{texts:?}: {error}"),
        }
    }
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::Instant;

    #[tokio::test(start_paused = true)]
    async fn good_delays_are_waited_one_after_another() {
        let started = Instant::now();
        let total = wait_for_each(&["100", " 200 "]).await.unwrap();
        assert_eq!(total, Duration::from_millis(300));
        assert_eq!(started.elapsed(), Duration::from_millis(300));
    }

    #[tokio::test(start_paused = true)]
    async fn the_first_bad_delay_stops_the_rest() {
        let started = Instant::now();
        let error = wait_for_each(&["100", "ten", "200"]).await.unwrap_err();
        // Only the first delay was waited; the "200" after the error never ran.
        assert_eq!(started.elapsed(), Duration::from_millis(100));
        assert_eq!(error.text, "ten");
        assert_eq!(
            error.to_string(),
            r#"bad delay "ten": invalid digit found in string"#
        );
        assert!(error.source().is_some());
    }
}

//! Part 07: Rust has no `async with` and no async `Drop`. A resource with
//! async set-up and clean-up gets an async constructor and an explicit async
//! `close`, a `Drop` that can only warn, and a scoped helper that closes it
//! on every way out of the body: normal return, `?`, and panic.
//!
//! Run it: cargo run -p listings --bin part_07_async_context_managers

use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::FutureExt; // for .catch_unwind()

/// The original's set-up took half a second and its clean-up one second;
/// here that is half a unit and one unit.
const OPEN_TIME: Duration = Duration::from_millis(50);
const CLOSE_TIME: Duration = Duration::from_millis(100);

/// Prints each event and keeps a copy, so the tests can check the order.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<&'static str>>>);

impl Log {
    fn event(&self, event: &'static str) {
        println!("  {event}");
        self.0.lock().unwrap().push(event);
    }
}

// ANCHOR: resource
/// Something whose set-up and clean-up both have to wait: a connection, a
/// transaction, a file that must be flushed.
struct Resource {
    log: Log,
    closed: bool,
}

impl Resource {
    /// The counterpart of `__aenter__`.
    async fn open(log: Log) -> Resource {
        log.event("opening...");
        tokio::time::sleep(OPEN_TIME).await;
        log.event("open");
        Resource { log, closed: false }
    }

    /// The counterpart of `__aexit__`. It takes `self`: a closed resource
    /// cannot be used again.
    async fn close(mut self) {
        self.log.event("closing...");
        tokio::time::sleep(CLOSE_TIME).await;
        self.closed = true;
        self.log.event("closed");
    }

    /// The body's work; fails when asked to.
    fn read(&mut self, fail: bool) -> Result<u32, &'static str> {
        if fail {
            Err("read failed")
        } else {
            Ok(42)
        }
    }
}

impl Drop for Resource {
    /// Drop runs on every way out, but it cannot `.await`: it can only notice.
    fn drop(&mut self) {
        if !self.closed {
            self.log.event("dropped without close()");
        }
    }
}
// ANCHOR_END: resource

// ANCHOR: explicit
/// Open, use, close: every line written out. `?` leaves before `close`.
async fn explicit(log: Log, fail: bool) -> Result<u32, &'static str> {
    let mut resource = Resource::open(log).await;
    let value = resource.read(fail)?; // on Err, returns here: no close()
    resource.close().await;
    Ok(value)
}
// ANCHOR_END: explicit

// ANCHOR: scoped
/// Opens a resource, lends it to `body`, and closes it however `body` ends:
/// with a value, with an `Err` (which is a value too), or with a panic.
async fn with_resource<T>(log: Log, body: impl AsyncFnOnce(&mut Resource) -> T) -> T {
    let mut resource = Resource::open(log).await;
    // Catch a panic in the body, close, then let the panic go on its way.
    let outcome = AssertUnwindSafe(body(&mut resource)).catch_unwind().await;
    resource.close().await;
    match outcome {
        Ok(output) => output,
        Err(panic) => std::panic::resume_unwind(panic),
    }
}
// ANCHOR_END: scoped

/// A body that takes one unit; a timeout may give up on it halfway.
async fn slow_body(_: &mut Resource) -> u32 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    7
}

/// The message of a panic that `catch_unwind` caught.
fn message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic.downcast_ref::<&str>().copied().unwrap_or("?")
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("the original: open, an empty body, close");
    let resource = Resource::open(Log::default()).await;
    resource.close().await;

    println!("explicit close, the body fails with `?`:");
    let result = explicit(Log::default(), true).await;
    println!("  returned {result:?}");

    println!("with_resource, the body fails with `?`:");
    let result = with_resource(Log::default(), async |resource: &mut Resource| {
        let value = resource.read(true)?;
        Ok::<u32, &str>(value)
    })
    .await;
    println!("  returned {result:?}");

    println!("with_resource, the body panics:");
    let outcome = AssertUnwindSafe(with_resource(Log::default(), async |_: &mut Resource| {
        panic!("the body panicked");
    }))
    .catch_unwind()
    .await;
    if let Err(panic) = outcome {
        println!("  main caught the panic: {}", message(&*panic));
    }

    println!("with_resource, cancelled by a timeout during the body:");
    let patience = Duration::from_millis(100);
    let result = tokio::time::timeout(patience, with_resource(Log::default(), slow_body)).await;
    println!("  timeout returned {result:?}");
}
// ANCHOR_END: main

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::Instant;

    fn events(log: &Log) -> Vec<&'static str> {
        log.0.lock().unwrap().clone()
    }

    const OPENED: [&str; 2] = ["opening...", "open"];
    const CLOSED: [&str; 4] = ["opening...", "open", "closing...", "closed"];

    #[tokio::test(start_paused = true)]
    async fn the_original_takes_half_a_unit_to_open_and_one_to_close() {
        let log = Log::default();
        let started = Instant::now();
        let resource = Resource::open(log.clone()).await;
        assert_eq!(started.elapsed(), OPEN_TIME);
        resource.close().await;
        assert_eq!(started.elapsed(), OPEN_TIME + CLOSE_TIME);
        assert_eq!(events(&log), CLOSED);
    }

    #[tokio::test(start_paused = true)]
    async fn explicit_close_runs_on_success() {
        let log = Log::default();
        assert_eq!(explicit(log.clone(), false).await, Ok(42));
        assert_eq!(events(&log), CLOSED);
    }

    #[tokio::test(start_paused = true)]
    async fn question_mark_skips_an_explicit_close_but_drop_runs() {
        let log = Log::default();
        let started = Instant::now();
        assert_eq!(explicit(log.clone(), true).await, Err("read failed"));
        let mut expected = OPENED.to_vec();
        expected.push("dropped without close()");
        assert_eq!(events(&log), expected);
        assert_eq!(started.elapsed(), OPEN_TIME, "no time spent closing");
    }

    #[tokio::test(start_paused = true)]
    async fn with_resource_closes_after_an_err() {
        let log = Log::default();
        let result = with_resource(log.clone(), async |r: &mut Resource| r.read(true)).await;
        assert_eq!(result, Err("read failed"));
        assert_eq!(events(&log), CLOSED);
    }

    #[tokio::test(start_paused = true)]
    async fn with_resource_closes_after_a_panic_and_the_panic_goes_on() {
        let log = Log::default();
        let started = Instant::now();
        let outcome = AssertUnwindSafe(with_resource(log.clone(), async |_: &mut Resource| {
            panic!("the body panicked");
        }))
        .catch_unwind()
        .await;
        let panic = outcome.expect_err("the panic reaches the caller");
        assert_eq!(message(&*panic), "the body panicked");
        assert_eq!(events(&log), CLOSED);
        assert_eq!(started.elapsed(), OPEN_TIME + CLOSE_TIME);
    }

    #[tokio::test(start_paused = true)]
    async fn cancelling_with_resource_drops_without_closing() {
        let log = Log::default();
        let started = Instant::now();
        let patience = Duration::from_millis(100);
        let result = tokio::time::timeout(patience, with_resource(log.clone(), slow_body)).await;
        assert!(result.is_err(), "the timeout gave up");
        let mut expected = OPENED.to_vec();
        expected.push("dropped without close()");
        assert_eq!(events(&log), expected);
        assert_eq!(started.elapsed(), patience);
    }

    #[tokio::test(start_paused = true)]
    async fn with_resource_returns_the_bodys_value() {
        let log = Log::default();
        let value = with_resource(log.clone(), async |r: &mut Resource| r.read(false)).await;
        assert_eq!(value, Ok(42));
        assert_eq!(events(&log), CLOSED);
    }
}

//! Part 07: Rust has no `async with` and no async `Drop`. A resource with
//! async set-up and clean-up gets an async constructor and an explicit async
//! `close`, a `Drop` that can only warn, and a scoped helper that closes it
//! on every way out of the body: normal return, `?`, and panic.
//!
//! Run it: cargo run -p listings --bin part_07_async_context_managers

use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The original's set-up took half a second and its clean-up one second;
/// here that is half a unit and one unit.
const OPEN_TIME: Duration = Duration::from_millis(50);
const CLOSE_TIME: Duration = Duration::from_millis(100);

// ANCHOR: resource
/// Prints each event and keeps a copy, so the tests can check the order.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<&'static str>>>);

impl Log {
    fn event(&self, event: &'static str) {
        println!("  {event}");
        self.0.lock().unwrap().push(event);
    }
}

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
use std::panic::AssertUnwindSafe;

use futures::FutureExt; // for .catch_unwind()

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

// ANCHOR: main
/// A body that takes one unit; a timeout may give up on it halfway.
async fn slow_body(_: &mut Resource) -> u32 {
    tokio::time::sleep(Duration::from_millis(100)).await;
    7
}

/// The message of a panic that `catch_unwind` caught.
fn message(panic: &(dyn std::any::Any + Send)) -> &str {
    panic.downcast_ref::<&str>().copied().unwrap_or("?")
}

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
#[path = "../../tests/units/part_07_async_context_managers.rs"]
mod tests;

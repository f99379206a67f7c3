//! Part 26's pitfalls: two ways to block where you must not. 1. The GUI loop
//! waits for async work with `Handle::block_on`: it cannot tick until the
//! work is done (the window freezes). 2. Code inside the runtime waits with
//! `blocking_recv`: tokio refuses, with a panic.
//!
//! Run it: cargo run -p listings --bin part_26_frozen_loop
//! (Real threads and clock: the output shows tick counts that do not depend
//! on the machine's speed.)

use std::sync::mpsc as std_mpsc;
use std::thread;
use std::time::{Duration, Instant};

use tokio::runtime::{Builder, Handle};
use tokio::sync::mpsc as tokio_mpsc;

const WORK: Duration = Duration::from_millis(300);
const TICK: Duration = Duration::from_millis(20);

/// A runtime on a thread of its own, kept alive until `stop` is dropped.
fn side_runtime() -> std::io::Result<(
    Handle,
    tokio::sync::oneshot::Sender<()>,
    thread::JoinHandle<()>,
)> {
    let runtime = Builder::new_current_thread().enable_time().build()?;
    let handle = runtime.handle().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = thread::Builder::new()
        .name("tokio".to_owned())
        .spawn(move || {
            let _ = runtime.block_on(stopped);
        })?;
    Ok((handle, stop, thread))
}

/// 300 ms of async work that says when it ran.
async fn work() -> (Instant, Instant) {
    let start = Instant::now();
    tokio::time::sleep(WORK).await;
    (start, Instant::now())
}

/// How many of the loop's ticks fell while the work ran.
fn ticks_during((start, end): (Instant, Instant), ticks: &[Instant]) -> usize {
    ticks
        .iter()
        .filter(|&&tick| start < tick && tick < end)
        .count()
}

// ANCHOR: frozen
/// The loop clicks at its first tick, then waits for the work's result with
/// `Handle::block_on`.
fn ticks_with_block_on(handle: &Handle) -> usize {
    let (mut ticks, mut ran) = (Vec::new(), None);
    while ran.is_none() {
        thread::sleep(TICK); // redraw, handle input...
        ticks.push(Instant::now());
        let click = handle.spawn(work());
        ran = Some(handle.block_on(click).unwrap()); // the loop stops here
    }
    ticks_during(ran.unwrap(), &ticks)
}
// ANCHOR_END: frozen

// ANCHOR: polled
/// The same click, but the result comes back over a std channel, and each
/// tick looks at it with `try_recv`, which never blocks.
fn ticks_with_try_recv(handle: &Handle) -> usize {
    let (mut ticks, mut ran) = (Vec::new(), None);
    let (done, reply) = std_mpsc::channel();
    let mut click = Some(done);
    while ran.is_none() {
        thread::sleep(TICK); // redraw, handle input...
        ticks.push(Instant::now());
        if let Some(done) = click.take() {
            handle.spawn(async move { done.send(work().await) });
        }
        ran = reply.try_recv().ok();
    }
    ticks_during(ran.unwrap(), &ticks)
}
// ANCHOR_END: polled

// ANCHOR: panics
/// Inside the runtime, a task waits for a message with `blocking_recv`.
async fn blocking_inside(handle: &Handle) -> String {
    let (_sender, mut receiver) = tokio_mpsc::channel::<u32>(1);
    let task = handle.spawn(async move { receiver.blocking_recv() });
    let error = task.await.expect_err("tokio panics instead of blocking");
    let payload = error.into_panic();
    listings::panic_message(&*payload).to_owned()
}
// ANCHOR_END: panics

fn main() -> std::io::Result<()> {
    let (handle, stop, side) = side_runtime()?;
    let frozen = ticks_with_block_on(&handle);
    println!("1. Handle::block_on in the loop: {frozen} ticks during 300 ms of work");
    let polled = ticks_with_try_recv(&handle);
    println!(
        "   try_recv each tick instead: more than one tick during the work: {}",
        polled > 1
    );
    // A plain thread (not the runtime's) awaits the task with block_on.
    let message = Builder::new_current_thread()
        .build()?
        .block_on(blocking_inside(&handle));
    println!("2. blocking_recv inside the runtime panicked:\n{message}");
    drop(stop);
    side.join().expect("the side thread ends");
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_26_frozen_loop.rs"]
mod tests;

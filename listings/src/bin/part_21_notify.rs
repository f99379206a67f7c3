//! Part 21: what `Notify` remembers, and a lost wake-up. `notify_one` stores
//! one permit when nobody waits (one, however often it is called);
//! `notify_waiters` stores nothing and wakes only the `Notified` futures that
//! exist when it is called. A waiter that checks a flag and only then asks
//! for a `Notified` can miss the wake-up for good. Asking first fixes it.
//!
//! Run it: cargo run -p listings --bin part_21_notify

// ANCHOR: permits
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tokio::time::{timeout, Instant};

/// How long a waiter waits before the program calls its wake-up lost.
const PATIENCE: Duration = Duration::from_secs(1);

/// The time on tokio's clock since `start`, as "0.30s".
fn at(start: Instant) -> String {
    format!("{:.2}s", start.elapsed().as_secs_f64())
}

/// What a wait under `PATIENCE` came to.
fn outcome(woke: bool) -> &'static str {
    if woke {
        "woke"
    } else {
        "gave up: no wake-up came"
    }
}

/// `notify_one` three times while nobody waits, then two waits.
async fn one_permit(start: Instant) -> [bool; 2] {
    let notify = Notify::new();
    for _ in 0..3 {
        notify.notify_one(); // nobody waits: the first call stores a permit
    }
    let first = timeout(PATIENCE, notify.notified()).await.is_ok();
    println!("{}  1st notified(): {}", at(start), outcome(first));
    let second = timeout(PATIENCE, notify.notified()).await.is_ok();
    println!("{}  2nd notified(): {}", at(start), outcome(second));
    [first, second]
}

/// `notify_waiters` while nobody waits, then one wait.
async fn no_permit(start: Instant) -> bool {
    let notify = Notify::new();
    notify.notify_waiters(); // nobody waits: nothing is stored
    let woke = timeout(PATIENCE, notify.notified()).await.is_ok();
    println!(
        "{}  notified() after notify_waiters: {}",
        at(start),
        outcome(woke)
    );
    woke
}
// ANCHOR_END: permits

// ANCHOR: flag
/// A home-made `asyncio.Event`: a flag, and a `Notify` to wake its waiters.
#[derive(Default)]
struct Flag {
    is_set: AtomicBool,
    notify: Notify,
}

impl Flag {
    fn set(&self) {
        self.is_set.store(true, Ordering::SeqCst);
        self.notify.notify_waiters(); // wake everyone waiting now
    }

    /// Checks, then asks to be woken: the order that loses wake-ups.
    async fn wait_racy(&self) {
        if self.is_set.load(Ordering::SeqCst) {
            return;
        }
        // Any await here lets `set` run; on a multi-threaded runtime it can
        // run on another thread at this point with no await at all.
        tokio::task::yield_now().await;
        self.notify.notified().await; // too late if `set` ran just now
    }

    /// Asks to be woken, then checks: no `set` can fall in between.
    async fn wait(&self) {
        let notified = self.notify.notified(); // notify_waiters reaches it from now on
        if self.is_set.load(Ordering::SeqCst) {
            return;
        }
        tokio::task::yield_now().await; // the same gap as above
        notified.await;
    }
}
// ANCHOR_END: flag

// ANCHOR: race
/// One task waits for the flag while another sets it; returns whether the
/// waiter woke within `PATIENCE`.
async fn race(start: Instant, racy: bool) -> bool {
    let flag = Arc::new(Flag::default());
    let waiter = tokio::spawn({
        let flag = Arc::clone(&flag);
        async move {
            let waiting = async {
                if racy {
                    flag.wait_racy().await
                } else {
                    flag.wait().await
                }
            };
            timeout(PATIENCE, waiting).await.is_ok()
        }
    });
    let setter = tokio::spawn({
        let flag = Arc::clone(&flag);
        async move { flag.set() }
    });
    setter.await.expect("set does not panic");
    let woke = waiter.await.expect("the waiter does not panic");
    let name = if racy { "wait_racy" } else { "wait" };
    println!("{}  {name}: {}", at(start), outcome(woke));
    woke
}
// ANCHOR_END: race

// The paused clock makes the times exact: a wait that gives up does so at
// exactly 1.00s after it began.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("notify_one x3, then two waits:");
    one_permit(Instant::now()).await;
    println!("notify_waiters, then one wait:");
    no_permit(Instant::now()).await;
    println!("a flag set while a task waits for it:");
    race(Instant::now(), true).await;
    race(Instant::now(), false).await;
}

#[cfg(test)]
#[path = "../../tests/units/part_21_notify.rs"]
mod tests;

//! Part 02, the mechanism: a `block_on` made from the standard library alone,
//! next to tokio's. Both drive the same future through the same protocol:
//! poll, and when it answers Pending, sleep until its waker is called.
//!
//! Run it: cargo run -p listings --bin part_02_block_on

// ANCHOR: block_on
use std::future::Future;
use std::pin::{pin, Pin};
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::thread;
use std::time::Duration;

/// What our waker does: set a flag and wake the thread sleeping in `block_on`.
struct Signal {
    woken: Mutex<bool>,
    condvar: Condvar,
}

impl Wake for Signal {
    fn wake(self: Arc<Self>) {
        *self.woken.lock().unwrap() = true;
        self.condvar.notify_one();
    }
}

/// Runs `future` to completion on this thread.
fn block_on<F: Future>(future: F) -> F::Output {
    let signal = Arc::new(Signal {
        woken: Mutex::new(false),
        condvar: Condvar::new(),
    });
    let waker = Waker::from(Arc::clone(&signal));
    let mut cx = Context::from_waker(&waker);
    let mut future = pin!(future); // a future must not move once polled
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
            return output;
        }
        // Pending: the future has handed `waker` to whatever it waits for.
        // Sleep until that calls `wake` (the loop guards against spurious
        // wake-ups of the condition variable).
        let mut woken = signal.woken.lock().unwrap();
        while !*woken {
            woken = signal.condvar.wait(woken).unwrap();
        }
        *woken = false;
    }
}
// ANCHOR_END: block_on

// ANCHOR: delay
/// A timer that needs no runtime: its first poll starts a thread that sleeps,
/// marks the delay as done, and calls the waker of the latest poll.
struct Delay {
    duration: Duration,
    shared: Option<Arc<Mutex<Timer>>>,
}

struct Timer {
    done: bool,
    waker: Waker,
}

impl Delay {
    fn new(duration: Duration) -> Delay {
        Delay {
            duration,
            shared: None,
        }
    }
}

impl Future for Delay {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if let Some(shared) = &self.shared {
            let mut timer = shared.lock().unwrap();
            if timer.done {
                return Poll::Ready(());
            }
            // Polled again before the time is up: wake whoever polled last.
            timer.waker.clone_from(cx.waker());
            return Poll::Pending;
        }
        let shared = Arc::new(Mutex::new(Timer {
            done: false,
            waker: cx.waker().clone(),
        }));
        let duration = self.duration;
        let timer = Arc::clone(&shared);
        thread::spawn(move || {
            thread::sleep(duration);
            let mut timer = timer.lock().unwrap();
            timer.done = true;
            timer.waker.wake_by_ref();
        });
        self.shared = Some(shared);
        Poll::Pending
    }
}
// ANCHOR_END: delay

// ANCHOR: traced
/// Wraps a future and prints each poll and its answer.
struct Traced<F> {
    inner: Pin<Box<F>>,
    polls: u32,
}

impl<F: Future> Future for Traced<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        self.polls += 1;
        println!("  poll #{}", self.polls);
        let answer = self.inner.as_mut().poll(cx);
        let shown = match answer {
            Poll::Ready(_) => "Ready",
            Poll::Pending => "Pending",
        };
        println!("  -> {shown}");
        answer
    }
}

fn traced<F: Future>(future: F) -> Traced<F> {
    Traced {
        inner: Box::pin(future),
        polls: 0,
    }
}
// ANCHOR_END: traced

// ANCHOR: main
async fn start_wait_end() -> u32 {
    println!("  Start");
    Delay::new(Duration::from_millis(100)).await;
    println!("  End");
    42
}

fn main() {
    println!("our block_on:");
    let answer = block_on(traced(start_wait_end()));
    println!("  returned {answer}");

    println!("tokio's block_on:");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let answer = runtime.block_on(traced(start_wait_end()));
    println!("  returned {answer}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_02_block_on.rs"]
mod tests;

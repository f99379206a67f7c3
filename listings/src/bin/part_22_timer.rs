//! Part 22: a timer on a thread, the counterpart of Python's
//! `threading.Timer`: run an action after a delay unless it is cancelled
//! first. The thread waits on a channel with a timeout, so cancelling wakes
//! it at once instead of letting it sleep out the delay.
//!
//! Run it: cargo run -p listings --bin part_22_timer

// ANCHOR: timer
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

/// An action that runs on its own thread after `delay`, unless cancelled.
struct Timer {
    cancel: mpsc::Sender<()>,
    thread: thread::JoinHandle<bool>,
}

impl Timer {
    fn start(delay: Duration, action: impl FnOnce() + Send + 'static) -> Timer {
        let (cancel, cancelled) = mpsc::channel();
        let thread = thread::spawn(move || match cancelled.recv_timeout(delay) {
            // Nobody cancelled within `delay`: fire.
            Err(RecvTimeoutError::Timeout) => {
                action();
                true
            }
            // `cancel()` sent a message, or the `Timer` was dropped.
            Ok(()) | Err(RecvTimeoutError::Disconnected) => false,
        });
        Timer { cancel, thread }
    }

    /// Stops the timer if it has not fired yet; returns whether it fired.
    fn cancel(self) -> bool {
        let _ = self.cancel.send(()); // fails only if the thread is done
        self.wait()
    }

    /// Waits until the timer fires or is cancelled; returns whether it fired.
    fn wait(self) -> bool {
        self.thread.join().expect("the action does not panic")
    }
}
// ANCHOR_END: timer

// ANCHOR: main
fn main() {
    let start = Instant::now();
    let (said, heard) = mpsc::channel();
    let hello = Timer::start(Duration::from_millis(200), move || {
        said.send("hello").expect("main is listening");
    });
    let never = Timer::start(Duration::from_secs(60), || println!("never printed"));

    println!("cancelled the 60 s timer; it fired: {}", never.cancel());
    println!("the 200 ms timer fired: {}", hello.wait());
    println!("its action sent {:?}", heard.recv().expect("a message"));
    // Cancelling woke the 60 s timer's thread at once: the run took 200 ms.
    assert!(start.elapsed() < Duration::from_secs(60));
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_timer.rs"]
mod tests;

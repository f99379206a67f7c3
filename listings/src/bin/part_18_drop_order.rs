//! Part 18: a future is cancelled by dropping it. Whatever it owns at that
//! moment is dropped, in reverse order of creation; the code after the
//! `.await` it was waiting at never runs. Aborting a task does the same, at
//! the task's next turn. `Drop` cannot `.await`, so cleanup that needs to wait
//! must be handed to another task.
//!
//! Run it: cargo run -p listings --bin part_18_drop_order

use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::{sleep, Instant};

/// What happened, in order, with the time on tokio's clock; printed as it
/// happens and kept for the tests.
#[derive(Clone)]
struct Log {
    start: Instant,
    lines: Arc<Mutex<Vec<String>>>,
}

impl Log {
    fn new() -> Self {
        let lines = Arc::new(Mutex::new(Vec::new()));
        Log {
            start: Instant::now(),
            lines,
        }
    }

    fn say(&self, what: &str) {
        let line = format!("{:.2}s  {what}", self.start.elapsed().as_secs_f64());
        println!("{line}");
        self.lines.lock().unwrap().push(line);
    }

    #[cfg(test)]
    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().clone()
    }
}

// ANCHOR: noisy
/// A value that says when it is dropped: a file, a lock, a connection.
struct Noisy {
    name: &'static str,
    log: Log,
}

impl Noisy {
    fn open(name: &'static str, log: &Log) -> Self {
        log.say(&format!("work: opened {name}"));
        Noisy {
            name,
            log: log.clone(),
        }
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        self.log.say(&format!("drop {}", self.name));
    }
}

/// Opens `a`, waits 100 ms, opens `b`, waits 300 ms, then finishes.
async fn work(log: Log) -> &'static str {
    let _a = Noisy::open("a", &log);
    sleep(Duration::from_millis(100)).await;
    let _b = Noisy::open("b", &log);
    sleep(Duration::from_millis(300)).await;
    log.say("work: done"); // only if nobody drops it before 0.40s
    "finished"
}
// ANCHOR_END: noisy

// ANCHOR: drop_future
/// Polls `work` until `after`, then drops it: that is all cancelling is.
async fn drop_the_future(log: &Log, after: Duration) {
    let mut future = Box::pin(work(log.clone()));
    tokio::select! {
        result = &mut future => log.say(&format!("main: work says {result:?}")),
        _ = sleep(after) => log.say("main: drops the future"),
    }
    drop(future); // runs the Drop of every value it holds, then frees it
    log.say("main: the future is gone");
}
// ANCHOR_END: drop_future

// ANCHOR: abort
/// Spawns `work` as a task and aborts it at 0.25s.
async fn abort_the_task(log: &Log) {
    let task = tokio::spawn(work(log.clone()));
    sleep(Duration::from_millis(250)).await;
    task.abort(); // a request: the task is dropped at its next turn
    log.say("main: abort() returned");
    match task.await {
        Ok(result) => log.say(&format!("main: work says {result:?}")),
        Err(error) if error.is_cancelled() => log.say("main: the task was cancelled"),
        Err(error) => log.say(&format!("main: the task panicked: {error}")),
    }
}
// ANCHOR_END: abort

// ANCHOR: handoff
/// A connection that should say goodbye before it closes. Drop cannot wait
/// for the goodbye to be sent, so it spawns a task that does, if there is a
/// runtime to spawn it on.
struct Connection {
    log: Log,
}

impl Drop for Connection {
    fn drop(&mut self) {
        // `tokio::spawn` panics outside a runtime; `try_current` asks first.
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            self.log.say("drop Connection: no runtime, no goodbye");
            return;
        };
        self.log.say("drop Connection: spawns its goodbye");
        let log = self.log.clone();
        runtime.spawn(async move {
            sleep(Duration::from_millis(100)).await; // the await Drop cannot do
            log.say("goodbye sent");
        });
    }
}
// ANCHOR_END: handoff

// ANCHOR: async_cleanup
/// Drops a `Connection` inside a future cancelled at 0.10s, then waits long
/// enough for the spawned goodbye.
async fn async_cleanup(log: &Log) {
    let holds_a_connection = {
        let log = log.clone();
        async move {
            let _connection = Connection { log: log.clone() };
            sleep(Duration::from_secs(10)).await;
        }
    };
    tokio::select! {
        _ = holds_a_connection => {}
        // select! drops the losing branch before it runs the winner's code.
        _ = sleep(Duration::from_millis(100)) => log.say("main: the sleep won"),
    }
    log.say("main: the goodbye is not sent yet");
    sleep(Duration::from_millis(200)).await;
}
// ANCHOR_END: async_cleanup

// ANCHOR: main
// The paused clock makes the times exact and the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("-- dropped at 0.25s, while it waits at its second sleep:");
    drop_the_future(&Log::new(), Duration::from_millis(250)).await;
    println!("-- dropped at 0.05s, while it waits at its first sleep:");
    drop_the_future(&Log::new(), Duration::from_millis(50)).await;
    println!("-- spawned, then aborted at 0.25s:");
    abort_the_task(&Log::new()).await;
    println!("-- cleanup that needs an .await:");
    async_cleanup(&Log::new()).await;
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_18_drop_order.rs"]
mod tests;

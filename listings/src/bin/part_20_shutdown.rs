//! Part 20: a graceful shutdown with `CancellationToken` and `TaskTracker`.
//! A small service takes requests from a channel and handles each one in a
//! task of its own. When it is told to stop, it stops accepting, gives the
//! requests in flight a grace period to finish, then cuts the rest off and
//! reports what became of every request.
//!
//! Run it: cargo run -p listings --bin part_20_shutdown

// ANCHOR: uses
use std::sync::{Arc, Mutex};
use std::time::Duration;

use listings::timeline::Timeline;
use tokio::sync::mpsc;
use tokio::time::{sleep, sleep_until, timeout, Instant};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
// ANCHOR_END: uses

// ANCHOR: serve
/// A request: its number and how long its work takes.
#[derive(Debug)]
struct Request {
    id: u32,
    work: Duration,
}

/// What became of the requests the service accepted.
#[derive(Debug, Default, PartialEq)]
struct Report {
    finished: Vec<u32>,
    cut_off: Vec<u32>,
    /// Queued in the channel when the service stopped accepting.
    never_started: Vec<u32>,
}

/// Takes requests until `stop` is cancelled, then lets the requests in
/// flight finish for at most `grace`, then cuts off the rest.
async fn serve(
    mut requests: mpsc::Receiver<Request>,
    stop: CancellationToken,
    grace: Duration,
    timeline: Arc<Timeline>,
) -> Report {
    let tracker = TaskTracker::new();
    let cut = CancellationToken::new(); // the hard stop, for after the grace
    let report = Arc::new(Mutex::new(Report::default()));
    loop {
        let request = tokio::select! {
            biased; // a stop and a request at the same moment: the stop wins
            () = stop.cancelled() => break,
            request = requests.recv() => match request {
                Some(request) => request,
                None => break, // every client is gone
            },
        };
        timeline.start(&format!("request {}", request.id));
        let job = handle(request, cut.clone(), report.clone(), timeline.clone());
        tracker.spawn(job);
    }
    // ANCHOR_END: serve
    // ANCHOR: shutdown
    // 1. Stop accepting: from now on a client's `send` fails. What is
    //    already queued is taken out and counted, not silently dropped.
    requests.close();
    while let Ok(request) = requests.try_recv() {
        report.lock().unwrap().never_started.push(request.id);
    }
    tracker.close(); // no more tasks: `wait` may now return once it is empty
    say(
        &timeline,
        &format!("stop: {} requests in flight", tracker.len()),
    );

    // 2. Let them finish, for at most `grace`.
    if timeout(grace, tracker.wait()).await.is_err() {
        say(
            &timeline,
            &format!("grace is over: cutting off {}", tracker.len()),
        );
        // 3. Cut off the rest, and wait until they are really gone.
        cut.cancel();
        tracker.wait().await;
    }
    say(&timeline, "every task has ended");
    Arc::try_unwrap(report).unwrap().into_inner().unwrap()
}
// ANCHOR_END: shutdown

// ANCHOR: handle
/// One request's task: its work, unless `cut` comes first.
async fn handle(
    request: Request,
    cut: CancellationToken,
    report: Arc<Mutex<Report>>,
    timeline: Arc<Timeline>,
) {
    let label = format!("request {}", request.id);
    // `run_until_cancelled` drops the work at the `.await` where it waits
    // once `cut` is cancelled: what `abort` does to a task, but this task
    // lives on to report it.
    let finished = cut.run_until_cancelled(sleep(request.work)).await;
    timeline.end(&label);
    let mut report = report.lock().unwrap();
    match finished {
        Some(()) => {
            say(&timeline, &format!("{label} is done"));
            report.finished.push(request.id);
        }
        None => {
            say(&timeline, &format!("{label} is cut off"));
            report.cut_off.push(request.id);
        }
    }
}
// ANCHOR_END: handle

fn say(timeline: &Timeline, what: &str) {
    println!("{:.2}s  {what}", timeline.elapsed().as_secs_f64());
}

// ANCHOR: client
/// Sends `(id, at ms, work ms)` requests, each at its time; returns the ids
/// the service refused.
async fn client(
    requests: mpsc::Sender<Request>,
    plan: Vec<(u32, u64, u64)>,
    timeline: Arc<Timeline>,
) -> Vec<u32> {
    let start = Instant::now();
    let mut refused = Vec::new();
    for (id, at, work) in plan {
        sleep_until(start + Duration::from_millis(at)).await;
        let work = Duration::from_millis(work);
        say(
            &timeline,
            &format!(
                "client sends request {id} ({} ms of work)",
                work.as_millis()
            ),
        );
        if requests.send(Request { id, work }).await.is_err() {
            say(&timeline, &format!("request {id} is refused"));
            refused.push(id);
        }
    }
    refused
}
// ANCHOR_END: client

// ANCHOR: main
/// Requests 1 to 4, the stop at 500 ms (a stand-in for Ctrl-C) and 500 ms
/// of grace.
async fn run() -> (Report, Vec<u32>, Arc<Timeline>) {
    let timeline = Arc::new(Timeline::new(Duration::from_millis(100)));
    let (sender, receiver) = mpsc::channel(4);
    let plan = vec![(1, 0, 300), (2, 200, 600), (3, 400, 900), (4, 700, 100)];
    let client = tokio::spawn(client(sender, plan, timeline.clone()));
    let stop = CancellationToken::new();
    let stopper = stop.clone();
    tokio::spawn(async move {
        sleep(Duration::from_millis(500)).await;
        stopper.cancel(); // what a Ctrl-C handler would do
    });
    let report = serve(receiver, stop, Duration::from_millis(500), timeline.clone()).await;
    let refused = client.await.unwrap();
    (report, refused, timeline)
}

// The paused clock makes the output the same on every run.
#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let (report, refused, timeline) = run().await;
    println!("{report:?}, refused: {refused:?}");
    print!("{timeline}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_20_shutdown.rs"]
mod tests;

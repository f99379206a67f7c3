//! Part 19: one deadline for a job of several steps and retries. A limit per
//! step bounds each step, but not their sum; one deadline, shared by every
//! step, bounds the whole job.
//!
//! Run it: cargo run -p listings --bin part_19_deadline
//! (It runs on tokio's paused clock, so the timelines print the same on every
//! run.)

// ANCHOR: service
use listings::timeline::Timeline;
use std::future::{pending, Future};
use std::time::Duration;
use tokio::time::{sleep, timeout, timeout_at, Instant};

/// What the caller can wait for the whole job: connect, then ask.
const BUDGET: Duration = Duration::from_millis(1000);
/// The limit for one step (connecting, or one try).
const PER_STEP: Duration = Duration::from_millis(300);
/// The pause between two tries.
const BACKOFF: Duration = Duration::from_millis(150);
const TRIES: u32 = 3;

/// Connecting takes 200 ms.
async fn connect() {
    sleep(Duration::from_millis(200)).await;
}

/// A flaky service: tries 1 and 2 never answer; try 3 answers in 100 ms.
async fn ask(attempt: u32) -> String {
    if attempt < TRIES {
        pending::<()>().await;
    }
    sleep(Duration::from_millis(100)).await;
    format!("answer to try {attempt}")
}
// ANCHOR_END: service

// ANCHOR: step
/// Records `work` as a span of `timeline` under `label`. The span ends when
/// `work` ends or when it is dropped, cut off by a time limit.
async fn step<F: Future>(timeline: &Timeline, label: String, work: F) -> F::Output {
    struct End<'a>(&'a Timeline, String);
    impl Drop for End<'_> {
        fn drop(&mut self) {
            self.0.end(&self.1);
        }
    }
    timeline.start(&label);
    let _end = End(timeline, label);
    work.await
}
// ANCHOR_END: step

// ANCHOR: per_step
/// A limit on each step, and nothing on the total.
async fn per_step(timeline: &Timeline) -> Result<String, String> {
    let connecting = step(timeline, "connect".into(), connect());
    timeout(PER_STEP, connecting)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    for attempt in 1..=TRIES {
        let asking = step(timeline, format!("try {attempt}"), ask(attempt));
        if let Ok(answer) = timeout(PER_STEP, asking).await {
            return Ok(answer);
        }
        if attempt < TRIES {
            step(timeline, format!("backoff {attempt}"), sleep(BACKOFF)).await;
        }
    }
    Err(format!("{TRIES} tries timed out"))
}
// ANCHOR_END: per_step

// ANCHOR: with_deadline
/// One deadline for the whole job. Each step waits until its own limit or the
/// deadline, whichever comes first; and before a backoff, the job checks that
/// a try could still fit after it.
async fn with_deadline(timeline: &Timeline, deadline: Instant) -> Result<String, String> {
    let connecting = step(timeline, "connect".into(), connect());
    let limit = deadline.min(Instant::now() + PER_STEP);
    timeout_at(limit, connecting)
        .await
        .map_err(|e| format!("connect: {e}"))?;
    for attempt in 1..=TRIES {
        let asking = step(timeline, format!("try {attempt}"), ask(attempt));
        let limit = deadline.min(Instant::now() + PER_STEP);
        if let Ok(answer) = timeout_at(limit, asking).await {
            return Ok(answer);
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if attempt == TRIES || left < BACKOFF + PER_STEP {
            return Err(format!("gave up after try {attempt}: {left:?} left"));
        }
        step(timeline, format!("backoff {attempt}"), sleep(BACKOFF)).await;
    }
    unreachable!("the last try returns")
}
// ANCHOR_END: with_deadline

// ANCHOR: main
/// Prints how one way of doing the job went, and its timeline.
fn report(title: &str, timeline: &Timeline, outcome: Result<String, String>) {
    let at = timeline.elapsed().as_secs_f64();
    println!("{title}: {outcome:?} at {at:.2}s");
    println!("{timeline}");
}

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    let timeline = Timeline::new(Duration::from_millis(100));
    let outcome = per_step(&timeline).await;
    report("a limit per step", &timeline, outcome);

    let timeline = Timeline::new(Duration::from_millis(100));
    let outcome = match timeout(BUDGET, per_step(&timeline)).await {
        Ok(outcome) => outcome,
        Err(elapsed) => Err(format!("the whole job: {elapsed}")),
    };
    report("one timeout around it all", &timeline, outcome);

    let timeline = Timeline::new(Duration::from_millis(100));
    let deadline = Instant::now() + BUDGET;
    let outcome = with_deadline(&timeline, deadline).await;
    report("one deadline passed down", &timeline, outcome);
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_19_deadline.rs"]
mod tests;

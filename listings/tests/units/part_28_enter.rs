//! The tests of `listings/src/bin/part_28_enter.rs`: what its chapter claims.

use super::*;
use listings::Captured;

/// Runs two requests (ids 1 and 2) as tasks, logging through the same
/// format as `main`, and returns (innermost span's id, `by` field) per line.
async fn attribution<F>(request: fn(u64) -> F) -> Vec<(String, String)>
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    let captured = Captured::default();
    let sink = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .without_time()
        .with_target(false)
        .with_writer(move || sink.clone())
        .finish();
    let _default = tracing::subscriber::set_default(subscriber);
    let (a, b) = (tokio::spawn(request(1)), tokio::spawn(request(2)));
    a.await.unwrap();
    b.await.unwrap();
    let text = captured.text();
    text.lines()
        .map(|line| {
            // " INFO request{id=1}:request{id=2}: done by=1"
            let (spans, event) = line.rsplit_once(": ").unwrap();
            let innermost = spans.rsplit("id=").next().unwrap().trim_end_matches('}');
            let by = event.rsplit("by=").next().unwrap();
            (innermost.to_owned(), by.to_owned())
        })
        .collect()
}

#[tokio::test(start_paused = true)]
async fn a_guard_held_across_await_mislabels_the_other_task() {
    let lines = attribution(wrong).await;
    assert_eq!(lines.len(), 4);
    // Request 1's "done" comes out under request 2's span.
    assert!(
        lines.iter().any(|(span, by)| span != by),
        "expected a line logged by one request under the other's span: {lines:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn instrument_keeps_each_line_in_its_own_request() {
    let lines = attribution(right).await;
    assert_eq!(lines.len(), 4);
    assert!(lines.iter().all(|(span, by)| span == by), "{lines:?}");
}

//! The tests of `listings/src/bin/part_28_spans.rs`: what its chapter claims.

use super::*;
use listings::Captured;

/// Runs one round with the listing's subscriber as this thread's default
/// (the test runtime has one thread, so every task logs through it).
async fn logged(follow: bool) -> Vec<String> {
    let captured = Captured::default();
    let sink = captured.clone();
    let _default = tracing::subscriber::set_default(subscriber(move || sink.clone()));
    round(follow).await;
    let text = captured.text();
    text.lines().map(str::to_owned).collect()
}

fn lines_with<'a>(lines: &'a [String], message: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|l| l.contains(message))
        .map(String::as_str)
        .collect()
}

#[tokio::test(start_paused = true)]
async fn an_instrumented_task_logs_inside_its_request() {
    let lines = logged(true).await;
    assert_eq!(
        lines_with(&lines, "receipt sent"),
        [
            " INFO request{id=1}: receipt sent found=4",
            " INFO request{id=2}: receipt sent found=6"
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn a_bare_spawned_task_loses_the_span() {
    let lines = logged(false).await;
    let receipts = lines_with(&lines, "receipt sent");
    assert_eq!(receipts.len(), 2);
    assert!(
        receipts.iter().all(|l| !l.contains("request{")),
        "{receipts:?}"
    );
    // The request's own lines still carry it: only the new task lost it.
    assert!(lines_with(&lines, "done")
        .iter()
        .all(|l| l.contains("request{id=")));
}

#[tokio::test(start_paused = true)]
async fn an_instrumented_fn_nests_its_span_in_the_callers() {
    for follow in [true, false] {
        let lines = logged(follow).await;
        assert_eq!(
            lines_with(&lines, "asking the store"),
            [
                " INFO request{id=1}:lookup{key=\"user\"}: asking the store",
                " INFO request{id=2}:lookup{key=\"basket\"}: asking the store"
            ]
        );
    }
}

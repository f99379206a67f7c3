//! The tests of `listings/src/bin/part_07_async_context_managers.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

fn events(log: &Log) -> Vec<&'static str> {
    log.0.lock().unwrap().clone()
}

const OPENED: [&str; 2] = ["opening...", "open"];
const CLOSED: [&str; 4] = ["opening...", "open", "closing...", "closed"];

#[tokio::test(start_paused = true)]
async fn the_original_takes_half_a_unit_to_open_and_one_to_close() {
    let log = Log::default();
    let started = Instant::now();
    let resource = Resource::open(log.clone()).await;
    assert_eq!(started.elapsed(), OPEN_TIME);
    resource.close().await;
    assert_eq!(started.elapsed(), OPEN_TIME + CLOSE_TIME);
    assert_eq!(events(&log), CLOSED);
}

#[tokio::test(start_paused = true)]
async fn explicit_close_runs_on_success() {
    let log = Log::default();
    assert_eq!(explicit(log.clone(), false).await, Ok(42));
    assert_eq!(events(&log), CLOSED);
}

#[tokio::test(start_paused = true)]
async fn question_mark_skips_an_explicit_close_but_drop_runs() {
    let log = Log::default();
    let started = Instant::now();
    assert_eq!(explicit(log.clone(), true).await, Err("read failed"));
    let mut expected = OPENED.to_vec();
    expected.push("dropped without close()");
    assert_eq!(events(&log), expected);
    assert_eq!(started.elapsed(), OPEN_TIME, "no time spent closing");
}

#[tokio::test(start_paused = true)]
async fn with_resource_closes_after_an_err() {
    let log = Log::default();
    let result = with_resource(log.clone(), async |r: &mut Resource| r.read(true)).await;
    assert_eq!(result, Err("read failed"));
    assert_eq!(events(&log), CLOSED);
}

#[tokio::test(start_paused = true)]
async fn with_resource_closes_after_a_panic_and_the_panic_goes_on() {
    let log = Log::default();
    let started = Instant::now();
    let outcome = AssertUnwindSafe(with_resource(log.clone(), async |_: &mut Resource| {
        panic!("the body panicked");
    }))
    .catch_unwind()
    .await;
    let panic = outcome.expect_err("the panic reaches the caller");
    assert_eq!(message(&*panic), "the body panicked");
    assert_eq!(events(&log), CLOSED);
    assert_eq!(started.elapsed(), OPEN_TIME + CLOSE_TIME);
}

#[tokio::test(start_paused = true)]
async fn cancelling_with_resource_drops_without_closing() {
    let log = Log::default();
    let started = Instant::now();
    let patience = Duration::from_millis(100);
    let result = tokio::time::timeout(patience, with_resource(log.clone(), slow_body)).await;
    assert!(result.is_err(), "the timeout gave up");
    let mut expected = OPENED.to_vec();
    expected.push("dropped without close()");
    assert_eq!(events(&log), expected);
    assert_eq!(started.elapsed(), patience);
}

#[tokio::test(start_paused = true)]
async fn with_resource_returns_the_bodys_value() {
    let log = Log::default();
    let value = with_resource(log.clone(), async |r: &mut Resource| r.read(false)).await;
    assert_eq!(value, Ok(42));
    assert_eq!(events(&log), CLOSED);
}

//! The tests of `listings/src/bin/part_19_deadline.rs`: what its chapter claims.

use super::*;

fn labels(timeline: &Timeline) -> Vec<String> {
    timeline.rows().into_iter().map(|row| row.label).collect()
}

#[tokio::test(start_paused = true)]
async fn limits_per_step_add_up_past_the_budget() {
    let timeline = Timeline::new(Duration::from_millis(100));
    let outcome = per_step(&timeline).await;
    assert_eq!(outcome.unwrap(), "answer to try 3");
    // connect + 2 cut tries + 2 backoffs + the answer
    let total =
        Duration::from_millis(200) + PER_STEP * 2 + BACKOFF * 2 + Duration::from_millis(100);
    assert_eq!(timeline.elapsed(), total);
    assert!(total > BUDGET);
}

#[tokio::test(start_paused = true)]
async fn one_timeout_around_the_job_ends_it_at_the_budget() {
    let timeline = Timeline::new(Duration::from_millis(100));
    let outcome = timeout(BUDGET, per_step(&timeline)).await;
    assert!(outcome.is_err());
    assert_eq!(timeline.elapsed(), BUDGET);
    // Cut in the second backoff: try 3 never started.
    let rows = timeline.rows();
    let last = rows.last().unwrap();
    assert_eq!(last.label, "backoff 2");
    assert_eq!(last.end, Some(BUDGET));
}

#[tokio::test(start_paused = true)]
async fn a_shared_deadline_gives_up_when_no_try_fits() {
    let timeline = Timeline::new(Duration::from_millis(100));
    let outcome = with_deadline(&timeline, Instant::now() + BUDGET).await;
    assert_eq!(outcome.unwrap_err(), "gave up after try 2: 50ms left");
    assert_eq!(timeline.elapsed(), Duration::from_millis(950));
    assert_eq!(
        labels(&timeline),
        ["connect", "try 1", "backoff 1", "try 2"]
    );
}

#[tokio::test(start_paused = true)]
async fn a_deadline_cuts_a_step_short_of_its_own_limit() {
    // With 400 ms in all, try 1 gets 200 ms, not its 300.
    let timeline = Timeline::new(Duration::from_millis(100));
    let start = Instant::now();
    let outcome = with_deadline(&timeline, start + Duration::from_millis(400)).await;
    assert!(outcome.is_err());
    assert_eq!(timeline.elapsed(), Duration::from_millis(400));
    assert_eq!(timeline.rows()[1].end, Some(Duration::from_millis(400)));
}

#[tokio::test(start_paused = true)]
async fn with_time_enough_the_deadline_changes_nothing() {
    let timeline = Timeline::new(Duration::from_millis(100));
    let outcome = with_deadline(&timeline, Instant::now() + Duration::from_secs(5)).await;
    assert_eq!(outcome.unwrap(), "answer to try 3");
    assert_eq!(timeline.elapsed(), Duration::from_millis(1200));
}

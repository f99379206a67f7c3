//! The tests of `listings/src/bin/part_20_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn the_first_success_comes_back_as_soon_as_it_is_in() {
    let start = Instant::now();
    let answer = first_ok(&[
        ("far", 500, true),
        ("down", 100, false),
        ("near", 200, true),
    ])
    .await;
    assert_eq!(answer, Ok("near"));
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(200),
        "not 500 ms: nobody waits for the far mirror"
    );
}

#[tokio::test(start_paused = true)]
async fn the_losers_are_aborted_not_left_running() {
    let metrics = tokio::runtime::Handle::current().metrics();
    let answer = first_ok(&[
        ("far", 500, true),
        ("near", 200, true),
        ("farther", 900, true),
    ])
    .await;
    assert_eq!(answer, Ok("near"));
    // The aborted tasks are dropped once this test lets the runtime run.
    tokio::task::yield_now().await;
    assert_eq!(metrics.num_alive_tasks(), 0, "far and farther are gone");
}

#[tokio::test(start_paused = true)]
async fn when_every_mirror_fails_every_error_comes_back_after_the_last() {
    let start = Instant::now();
    let answer = first_ok(&[("gone", 300, false), ("down", 100, false)]).await;
    assert_eq!(
        answer,
        Err(vec!["down is down".to_owned(), "gone is down".to_owned()])
    );
    assert_eq!(start.elapsed(), Duration::from_millis(300));
}

#[tokio::test(start_paused = true)]
async fn no_mirror_no_answer() {
    assert_eq!(first_ok(&[]).await, Err(vec![]));
}

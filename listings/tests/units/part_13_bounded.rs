//! The tests of `listings/src/bin/part_13_bounded.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

async fn run(limit: usize) -> (Vec<u32>, Timeline) {
    let server = listings::server::start().await.unwrap();
    let client = Client::builder().no_proxy().build().unwrap();
    let timeline = Timeline::new(UNIT);
    let results = bounded(
        &client,
        &server.base_url(),
        &[0, 4, 2, 1, 3],
        limit,
        &timeline,
    )
    .await;
    let order = results.into_iter().map(|(units, count)| {
        count.unwrap();
        units
    });
    (order.collect(), timeline)
}

#[tokio::test(start_paused = true)]
async fn never_more_than_the_limit_and_the_next_starts_when_one_ends() {
    let (order, timeline) = run(2).await;
    assert_eq!(timeline.max_concurrent(), 2);
    assert_eq!(order, [0, 2, 1, 4, 3]);
    // 4 runs 0-4; beside it 0, 2, 1 run back to back (0-3), then 3 (3-6).
    assert_eq!(timeline.elapsed(), UNIT * 6);
}

#[tokio::test(start_paused = true)]
async fn a_limit_of_one_is_sequential_and_a_large_one_is_join_all() {
    let (order, timeline) = run(1).await;
    assert_eq!(order, [0, 4, 2, 1, 3]);
    assert_eq!(timeline.elapsed(), UNIT * 10);
    let (order, timeline) = run(10).await;
    assert_eq!(order, [0, 1, 2, 3, 4]);
    assert_eq!(timeline.elapsed(), UNIT * 4);
}

//! The tests of `listings/src/bin/part_14_spawn_blocking.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use listings::timeline::Timeline;

/// A blocking client, built on a thread of its own: building one inside
/// async code panics in debug builds (part 12).
fn client() -> Client {
    std::thread::spawn(Client::new).join().unwrap()
}

#[tokio::test]
async fn answers_arrive_shortest_delay_first() {
    let server = listings::server::start().await.unwrap();
    let answers = fetch_all(&server, &client(), &[4, 3, 2, 1, 0]).await;
    let order: Vec<u32> = answers.iter().map(|(delay, _)| *delay).collect();
    assert_eq!(order, [0, 1, 2, 3, 4]);
    // The server counts as it answers: 1 for the first answer, and so on.
    let counts: Vec<u64> = answers.iter().map(|(_, count)| *count).collect();
    assert_eq!(counts, [1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn the_requests_overlap_instead_of_taking_turns() {
    let server = listings::server::start().await.unwrap();
    let delays = [1, 2, 3, 4];
    let client = client(); // before the clock starts: building one takes a while
    let timeline = std::sync::Arc::new(Timeline::new(Duration::from_millis(100)));
    let mut requests = JoinSet::new();
    for delay in delays {
        let url = server.count_url(f64::from(delay) * UNIT);
        let (timeline, client) = (std::sync::Arc::clone(&timeline), client.clone());
        requests.spawn_blocking(move || {
            timeline.span_blocking(format!("{delay}"), || fetch_count(&client, &url))
        });
    }
    while let Some(done) = requests.join_next().await {
        done.unwrap().unwrap();
    }
    // All four were in flight at once (the shortest takes 100 ms, and
    // they all start within microseconds of each other).
    assert_eq!(timeline.max_concurrent(), 4, "{timeline}");
    // As a ratio: together they take about the longest delay (4 units),
    // far less than one after another (10 units).
    let serial = Duration::from_secs_f64(10.0 * UNIT);
    assert!(timeline.elapsed() * 2 < serial, "{timeline}");
}

#[tokio::test]
async fn a_bad_request_is_an_error_not_a_panic() {
    let server = listings::server::start().await.unwrap();
    let url = format!("{}/count?delay=soon", server.base_url());
    let client = client();
    let error = tokio::task::spawn_blocking(move || fetch_count(&client, &url))
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::BAD_REQUEST));
}

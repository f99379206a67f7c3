//! The tests of `listings/src/bin/part_12_join_http.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn client() -> Client {
    Client::builder().no_proxy().build().unwrap()
}

// Server and client share the test's paused clock, so the time is exact.
#[tokio::test(start_paused = true)]
async fn five_requests_take_the_longest_delay_in_argument_order() {
    let server = listings::server::start().await.unwrap();
    let timeline = Timeline::new(UNIT);
    let delays = [3, 1, 4, 0, 2];
    let results = fetch_all(&client(), &server.base_url(), &delays, &timeline).await;
    assert_eq!(timeline.elapsed(), UNIT * 4);
    // The server counts in the order it answers: by delay. The results
    // come back in the order asked for.
    let counts: Vec<u64> = results.into_iter().map(Result::unwrap).collect();
    assert_eq!(counts, [4, 2, 5, 1, 3]);
    let rows = timeline.rows();
    let last_start = rows.iter().map(|r| r.start.unwrap()).max().unwrap();
    assert_eq!(last_start, Duration::ZERO, "every request starts at once");
    // The zero-delay answer is back before virtual time moves; the other
    // four are in flight together.
    assert_eq!(timeline.max_concurrent(), 4);
}

#[tokio::test(start_paused = true)]
async fn a_refused_request_is_an_error_not_a_count() {
    let server = listings::server::start().await.unwrap();
    // 700 units = 70 s: over the server's limit.
    let error = fetch_count(&client(), &server.base_url(), 700)
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::BAD_REQUEST));
}

// On the real clock, with the server on its own thread: the same counts as
// the paused run, and concurrent requests take about the longest delay
// (4 units), one at a time the sum (10). A ratio, so a slow machine cannot
// fail it.
#[test]
fn on_the_real_clock_the_same_counts_and_serial_takes_about_the_sum() {
    let server = listings::server::spawn().unwrap();
    let base = server.base_url();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let client = client();
    let started = std::time::Instant::now();
    let requests = [3, 1, 4, 0, 2].map(|u| fetch_count(&client, &base, u));
    let counts: Vec<u64> = runtime
        .block_on(join_all(requests))
        .into_iter()
        .map(Result::unwrap)
        .collect();
    let concurrent = started.elapsed();
    assert_eq!(counts, [4, 2, 5, 1, 3], "answered shortest first");
    let started = std::time::Instant::now();
    runtime.block_on(async {
        for units in 0..5 {
            fetch_count(&client, &base, units).await.unwrap();
        }
    });
    let serial = started.elapsed();
    let ratio = serial.as_secs_f64() / concurrent.as_secs_f64();
    assert!(ratio >= 1.8, "10/4 = 2.5 expected, got {ratio:.2}");
}

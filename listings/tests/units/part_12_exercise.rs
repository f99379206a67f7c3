//! The tests of `listings/src/bin/part_12_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn all_at_once_and_failing_fast() {
    let server = listings::server::start().await.unwrap();
    let client = Client::builder().no_proxy().build().unwrap();
    let unit = Duration::from_millis(100);

    let started = Instant::now();
    let urls = [
        server.count_url(0.3),
        server.count_url(0.1),
        server.count_url(0.2),
    ];
    assert_eq!(sum_counts(&client, &urls).await.unwrap(), 6);
    assert_eq!(started.elapsed(), unit * 3, "the longest, not the sum");

    let started = Instant::now();
    let bad = format!("{}/count?delay=later", server.base_url());
    let error = sum_counts(&client, &[server.count_url(0.3), bad])
        .await
        .unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::BAD_REQUEST));
    assert_eq!(
        started.elapsed(),
        Duration::ZERO,
        "no waiting for the slow one"
    );
}

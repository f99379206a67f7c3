//! The tests of `listings/src/bin/part_13_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn the_fastest_success_wins_and_failures_are_skipped() {
    let server = listings::server::start().await.unwrap();
    let client = Client::builder().no_proxy().build().unwrap();
    let refused = format!("{}/count?delay=never", server.base_url());
    let urls = [
        server.count_url(0.3),
        refused.clone(),
        server.count_url(0.1),
    ];
    let started = Instant::now();
    assert_eq!(first_count(&client, &urls).await, Some(1));
    assert_eq!(started.elapsed(), Duration::from_millis(100));
    assert_eq!(first_count(&client, &[refused]).await, None);
    assert_eq!(first_count(&client, &[]).await, None);
}

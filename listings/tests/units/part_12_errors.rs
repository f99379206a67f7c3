//! The tests of `listings/src/bin/part_12_errors.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

fn client(timeout: Duration) -> Client {
    Client::builder()
        .timeout(timeout)
        .no_proxy()
        .build()
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn a_refusal_keeps_its_status_and_message() {
    let server = listings::server::start().await.unwrap();
    let url = format!("{}/count?delay=soon", server.base_url());
    match fetch_count(&client(Duration::from_secs(1)), &url).await {
        Err(FetchError::Refused { status, message }) => {
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert!(message.contains("must be a number"), "{message}");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[tokio::test(start_paused = true)]
async fn a_slow_answer_times_out_at_the_clients_limit() {
    let server = listings::server::start().await.unwrap();
    let started = Instant::now();
    let result = fetch_count(&client(Duration::from_millis(300)), &server.count_url(0.5)).await;
    assert!(
        matches!(&result, Err(FetchError::Http(e)) if e.is_timeout()),
        "{result:?}"
    );
    assert_eq!(started.elapsed(), Duration::from_millis(300));
}

#[tokio::test]
async fn no_server_is_a_connect_error() {
    let server = listings::server::start().await.unwrap();
    let url = server.count_url(0.0);
    drop(server);
    tokio::task::yield_now().await;
    let result = fetch_count(&client(Duration::from_secs(5)), &url).await;
    assert!(
        matches!(&result, Err(FetchError::Http(e)) if e.is_connect()),
        "{result:?}"
    );
}

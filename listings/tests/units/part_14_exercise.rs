//! The tests of `listings/src/bin/part_14_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

/// A blocking client, built on a thread of its own: building one inside
/// async code panics in debug builds (part 12).
fn client() -> Client {
    std::thread::spawn(Client::new).join().unwrap()
}

#[tokio::test]
async fn gives_up_on_a_slow_answer_but_the_request_still_completes() {
    let server = listings::server::start().await.unwrap();
    let client = client();
    let limit = Duration::from_millis(200);
    let quick = fetch_with_timeout(&client, server.count_url(0.0), limit).await;
    assert_eq!(quick.unwrap().unwrap(), 1);
    let started = std::time::Instant::now();
    assert!(fetch_with_timeout(&client, server.count_url(0.6), limit)
        .await
        .is_none());
    // We stopped waiting at the limit, long before the 600 ms answer.
    assert!(started.elapsed() < Duration::from_millis(600));
    assert_eq!(
        server.count(),
        1,
        "the slow request has not been answered yet"
    );
    // The blocking call was not cancelled: it still reaches the server.
    let finished = tokio::time::timeout(Duration::from_secs(30), async {
        while server.count() < 2 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    finished
        .await
        .expect("the abandoned request still completes");
}

#[tokio::test]
async fn a_failed_request_is_an_error_not_a_timeout() {
    let server = listings::server::start().await.unwrap();
    let url = format!("{}/count?delay=-1", server.base_url());
    let answer = fetch_with_timeout(&client(), url, Duration::from_secs(30)).await;
    let error = answer.expect("answered in time").unwrap_err();
    assert_eq!(error.status(), Some(reqwest::StatusCode::BAD_REQUEST));
}

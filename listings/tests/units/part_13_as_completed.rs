//! The tests of `listings/src/bin/part_13_as_completed.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn client() -> Client {
    Client::builder().no_proxy().build().unwrap()
}

#[tokio::test(start_paused = true)]
async fn futures_unordered_yields_in_completion_order() {
    let server = listings::server::start().await.unwrap();
    let started = Instant::now();
    let order = with_futures_unordered(&client(), &server.base_url(), &[3, 1, 4, 0, 2]).await;
    assert_eq!(order, [0, 1, 2, 3, 4]);
    assert_eq!(started.elapsed(), Duration::from_millis(400));
}

#[tokio::test(start_paused = true)]
async fn join_set_yields_in_completion_order() {
    let server = listings::server::start().await.unwrap();
    let started = Instant::now();
    let order = with_join_set(&client(), &server.base_url(), &[3, 1, 4, 0, 2]).await;
    assert_eq!(order, [0, 1, 2, 3, 4]);
    assert_eq!(started.elapsed(), Duration::from_millis(400));
}

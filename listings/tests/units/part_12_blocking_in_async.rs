//! The tests of `listings/src/bin/part_12_blocking_in_async.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

// reqwest makes this check only with debug assertions on.
#[cfg(debug_assertions)]
#[tokio::test]
async fn the_blocking_client_refuses_to_run_in_async_code() {
    let outcome = tokio::spawn(async { reqwest::blocking::Client::new() }).await;
    let panic = outcome.expect_err("panics").into_panic();
    let message = listings::panic_message(&*panic).to_owned();
    assert!(message.contains("blocking is not allowed"), "{message}");
}

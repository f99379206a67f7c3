//! The tests of `listings/src/bin/part_03_fallible.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

#[tokio::test(start_paused = true)]
async fn good_delays_are_waited_one_after_another() {
    let started = Instant::now();
    let total = wait_for_each(&["100", " 200 "]).await.unwrap();
    assert_eq!(total, Duration::from_millis(300));
    assert_eq!(started.elapsed(), Duration::from_millis(300));
}

#[tokio::test(start_paused = true)]
async fn the_first_bad_delay_stops_the_rest() {
    let started = Instant::now();
    let error = wait_for_each(&["100", "ten", "200"]).await.unwrap_err();
    // Only the first delay was waited; the "200" after the error never ran.
    assert_eq!(started.elapsed(), Duration::from_millis(100));
    assert_eq!(error.text, "ten");
    assert_eq!(
        error.to_string(),
        r#"bad delay "ten": invalid digit found in string"#
    );
    assert!(error.source().is_some());
}

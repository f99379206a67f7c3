//! The tests of `listings/src/bin/part_10_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn stops_when_asked_with_its_count() {
    let (stop, stop_requested) = watch::channel(false);
    let task = tokio::spawn(ticker(UNIT * 2, stop_requested));
    sleep(UNIT * 7).await;
    let asked = Instant::now();
    stop.send_replace(true);
    assert_eq!(task.await.unwrap(), 3);
    assert_eq!(asked.elapsed(), Duration::ZERO, "stops at once");
}

#[tokio::test(start_paused = true)]
async fn stops_when_the_sender_is_gone() {
    let (stop, stop_requested) = watch::channel(false);
    let task = tokio::spawn(ticker(UNIT, stop_requested));
    sleep(UNIT * 5 / 2).await;
    drop(stop);
    assert_eq!(task.await.unwrap(), 2);
}

//! The tests of `listings/src/bin/part_25_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test]
async fn the_third_try_gets_through_when_two_are_lost() {
    let server = lossy_server(2).await.unwrap();
    let (answer, tries) = ask(server, b"hello", 3).await.unwrap();
    assert_eq!(answer, b"hello");
    assert_eq!(tries, 3);
}

#[tokio::test]
async fn the_first_try_is_enough_on_a_good_network() {
    let server = lossy_server(0).await.unwrap();
    assert_eq!(ask(server, b"hi", 3).await.unwrap().1, 1);
}

#[tokio::test]
async fn it_gives_up_after_its_tries() {
    let server = lossy_server(3).await.unwrap();
    let started = std::time::Instant::now();
    let error = ask(server, b"hello", 3).await.unwrap_err();
    assert_eq!(error.kind(), io::ErrorKind::TimedOut);
    assert!(started.elapsed() >= WAIT * 3);
}

//! The tests of `listings/src/bin/part_16_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

async fn run() -> Vec<String> {
    let (sender, receiver) = mpsc::channel(2);
    start_producers(sender);
    let queue = Arc::new(Mutex::new(receiver));
    let a = tokio::spawn(consume(Arc::clone(&queue)));
    let b = tokio::spawn(consume(queue));
    let mut taken = a.await.unwrap();
    taken.extend(b.await.unwrap());
    taken
}

#[tokio::test(start_paused = true)]
async fn both_producers_items_are_taken_exactly_once_and_all_stop() {
    // Under the paused clock a hang jumps straight to this timeout: it
    // fails if a sender outlives the producers.
    let mut taken = tokio::time::timeout(Duration::from_secs(60), run())
        .await
        .expect("the consumers stop once both producers are done");
    taken.sort();
    let mut expected: Vec<String> = (0..5)
        .flat_map(|i| [format!("p{i}"), format!("q{i}")])
        .collect();
    expected.sort();
    assert_eq!(taken, expected);
}

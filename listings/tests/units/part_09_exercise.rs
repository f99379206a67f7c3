//! The tests of `listings/src/bin/part_09_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use tokio::time::Instant;

const UNIT: Duration = Duration::from_millis(100);

#[tokio::test(start_paused = true)]
async fn yields_every_item_of_every_page_in_order() {
    let started = Instant::now();
    let items: Vec<u32> = all_items().collect().await;
    assert_eq!(items, (0..9).collect::<Vec<_>>());
    // Three pages, and one more call that finds no page.
    assert_eq!(started.elapsed(), 4 * UNIT);
}

#[tokio::test(start_paused = true)]
async fn fetches_only_the_pages_it_needs() {
    let started = Instant::now();
    let items: Vec<u32> = all_items().take(4).collect().await;
    assert_eq!(items, [0, 1, 2, 3]);
    assert_eq!(started.elapsed(), 2 * UNIT, "pages 0 and 1 only");
}

#[tokio::test(start_paused = true)]
async fn nothing_is_fetched_before_the_first_poll() {
    let stream = all_items();
    tokio::time::sleep(5 * UNIT).await;
    let started = Instant::now();
    let mut stream = std::pin::pin!(stream);
    assert_eq!(stream.next().await, Some(0));
    assert_eq!(started.elapsed(), UNIT, "the first fetch starts now");
}

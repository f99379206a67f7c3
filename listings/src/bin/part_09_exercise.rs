//! Part 09 exercise, solved: a paged API as one stream of items, built with
//! `unfold` (one step per page) and `flatten` (one item at a time).
//!
//! Run it: cargo run -p listings --bin part_09_exercise

use std::time::Duration;

use futures::stream::{self, Stream, StreamExt};

// ANCHOR: api
/// A pretend web API with three pages of three numbers each. Each call takes
/// one unit (a round trip); asking past the last page answers None.
async fn fetch_page(page: u32) -> Option<Vec<u32>> {
    println!("  fetching page {page}");
    tokio::time::sleep(Duration::from_millis(100)).await;
    (page < 3).then(|| (page * 3..page * 3 + 3).collect())
}
// ANCHOR_END: api

// ANCHOR: solution
/// Every item of every page, in order, fetching a page only when needed.
fn all_items() -> impl Stream<Item = u32> {
    stream::unfold(0, |page| async move {
        let items = fetch_page(page).await?; // None: no more pages, so end
        Some((stream::iter(items), page + 1))
    })
    .flatten() // a stream of pages -> a stream of their items
}
// ANCHOR_END: solution

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("all items:");
    let items: Vec<u32> = all_items().collect().await;
    println!("{items:?}");

    println!("the first four:");
    let items: Vec<u32> = all_items().take(4).collect().await;
    println!("{items:?}");
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_09_exercise.rs"]
mod tests;

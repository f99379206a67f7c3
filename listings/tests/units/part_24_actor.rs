//! The tests of `listings/src/bin/part_24_actor.rs`: what its chapter claims.

use super::*;

// On several threads too: the store's task is the only one that touches
// the map, so one-request updates cannot be lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_request_per_update_loses_nothing_on_many_threads() {
    let (store, stopped) = Store::start();
    count_hits(&store, "hits", 8, true).await;
    assert_eq!(store.get("hits").await, Some(8 * 250));
    drop(store);
    assert_eq!(stopped.await.unwrap()["hits"], 2000);
}

#[tokio::test(flavor = "current_thread")]
async fn get_then_set_loses_updates_when_workers_interleave() {
    let (store, _stopped) = Store::start();
    count_hits(&store, "hits", 4, false).await;
    let counted = store.get("hits").await.unwrap();
    assert!(counted < 1000, "nothing was lost: {counted}");
    // One worker alone has nobody to interleave with.
    count_hits(&store, "alone", 1, false).await;
    assert_eq!(store.get("alone").await, Some(250));
}

#[tokio::test(flavor = "current_thread")]
async fn add_answers_the_new_value_and_get_answers_none_for_a_new_key() {
    let (store, _stopped) = Store::start();
    assert_eq!(store.get("k").await, None);
    assert_eq!(store.add("k", 5).await, 5);
    assert_eq!(store.add("k", -2).await, 3);
    store.set("k", 10).await;
    assert_eq!(store.get("k").await, Some(10));
}

#[tokio::test(flavor = "current_thread")]
async fn the_store_stops_only_when_the_last_handle_is_dropped() {
    let (store, mut stopped) = Store::start();
    let other = store.clone();
    drop(store);
    tokio::task::yield_now().await; // let the store run
    assert!(
        futures::poll!(&mut stopped).is_pending(),
        "a handle is still alive"
    );
    other.add("k", 1).await;
    drop(other);
    let counters = stopped.await.unwrap();
    assert_eq!(counters, BTreeMap::from([("k".to_owned(), 1)]));
}

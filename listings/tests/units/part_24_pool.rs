//! The tests of `listings/src/bin/part_24_pool.rs`: what its chapter claims.

use super::*;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// A flag that one thread raises and another waits for (at most 60 s, so
/// that a broken test fails instead of hanging).
#[derive(Clone, Default)]
struct Flag(Arc<(Mutex<bool>, Condvar)>);

impl Flag {
    fn raise(&self) {
        *self.0 .0.lock().unwrap() = true;
        self.0 .1.notify_all();
    }
    fn wait(&self) {
        let (raised, changed) = &*self.0;
        let guard = raised.lock().unwrap();
        let (_guard, waited) = changed
            .wait_timeout_while(guard, Duration::from_secs(60), |up| !*up)
            .unwrap();
        assert!(!waited.timed_out(), "the flag was never raised");
    }
}

/// Two threads at least: item 0 blocks one of them until the others are done.
fn two_threads() -> rayon::ThreadPool {
    rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap()
}

#[test]
fn map_gives_what_a_plain_loop_gives_in_the_same_order() {
    let inputs: Vec<u64> = (1..2000).collect();
    let plain: Vec<u32> = inputs.iter().map(|&n| steps(n)).collect();
    assert_eq!(map_in_order(&inputs), plain);
    assert_eq!(map_in_order(&[27, 97]), [111, 118]);
}

#[test]
fn collect_keeps_the_input_order_even_when_the_first_item_finishes_last() {
    let last_done = Flag::default();
    let results: Vec<usize> = two_threads().install(|| {
        (0..8)
            .into_par_iter()
            .map(|i| {
                if i == 0 {
                    last_done.wait(); // finishes after item 7
                }
                if i == 7 {
                    last_done.raise();
                }
                i
            })
            .collect()
    });
    assert_eq!(results, (0..8).collect::<Vec<_>>());
}

#[test]
fn word_count_adds_up_the_pieces() {
    let counts = word_count(&["the cat sat", "The dog sat", "the cat ran"]);
    let expected = [("cat", 2), ("dog", 1), ("ran", 1), ("sat", 2), ("the", 3)]
        .map(|(word, n)| (word.to_owned(), n));
    assert_eq!(counts, BTreeMap::from(expected));
    assert!(word_count(&[]).is_empty());
}

#[test]
fn unordered_results_come_as_they_finish_each_exactly_once() {
    // Item 0 cannot finish until we have received item 7's result, so 7
    // arrives first: the order is the order of finishing, not of input.
    let seven_received = Flag::default();
    let waiting = seven_received.clone();
    let received = two_threads().install(|| {
        unordered((0..8).collect(), move |i: usize| {
            if i == 0 {
                waiting.wait();
            }
            i * 10
        })
    });
    let mut arrived = Vec::new();
    for (i, result) in received.iter() {
        assert_eq!(result, i * 10);
        if i == 7 {
            seven_received.raise();
        }
        arrived.push(i);
    }
    let seven = arrived.iter().position(|&i| i == 7).unwrap();
    let zero = arrived.iter().position(|&i| i == 0).unwrap();
    assert!(seven < zero, "arrived in the order {arrived:?}");
    arrived.sort();
    assert_eq!(arrived, (0..8).collect::<Vec<_>>());
}

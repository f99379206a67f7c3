//! The tests of `listings/src/bin/part_16_queue.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

const FAST_CONSUMERS: Plan = Plan {
    work: Duration::from_millis(50),
    ..PLAN
};

#[tokio::test(start_paused = true)]
async fn every_item_put_is_taken_exactly_once() {
    for plan in [PLAN, FAST_CONSUMERS] {
        let report = run(plan).await;
        assert_eq!(report.put, (0..=plan.items).collect::<Vec<_>>());
        assert!(
            taken_exactly_once(&report),
            "put {:?}, taken {:?}",
            report.put,
            report.taken
        );
    }
}

#[tokio::test(start_paused = true)]
async fn the_consumers_take_turns() {
    let report = run(PLAN).await;
    for (turn, (name, items)) in report.taken.iter().enumerate() {
        let expected: Vec<u32> = (0..=PLAN.items).skip(turn).step_by(3).collect();
        assert_eq!(items, &expected, "consumer {name}");
    }
}

#[tokio::test(start_paused = true)]
async fn a_full_queue_slows_the_producer_down() {
    // On its own, the producer needs `items × every`.
    let alone = FAST_CONSUMERS.every * FAST_CONSUMERS.items;
    let fast = run(FAST_CONSUMERS).await;
    assert_eq!(fast.waits, 0);
    assert_eq!(fast.producer_done, alone);
    // Slow consumers fill the queue, and the producer waits for room.
    let slow = run(PLAN).await;
    assert!(slow.waits > 0);
    assert!(slow.producer_done > alone, "{:?}", slow.producer_done);
}

#[tokio::test(start_paused = true)]
async fn everything_stops_once_the_queue_is_closed_and_drained() {
    // Under the paused clock a hang would jump straight to this timeout.
    let report = tokio::time::timeout(Duration::from_secs(60), run(PLAN))
        .await
        .expect("the run ends by itself");
    assert!(taken_exactly_once(&report));
    // Once the producer is done, at most `capacity` items wait in the
    // queue and three are in hand: the consumers finish those and stop,
    // without waiting around for more.
    let queued = PLAN.capacity as u32;
    assert!(report.all_done > report.producer_done);
    assert!(report.all_done <= report.producer_done + PLAN.work * (queued + 1));
}

#[tokio::test(start_paused = true)]
async fn with_nothing_to_produce_the_seed_is_taken_and_all_stop() {
    let report = run(Plan { items: 0, ..PLAN }).await;
    assert_eq!(report.put, [0]);
    assert_eq!(report.taken[0], ('a', vec![0]));
    assert!(report.taken[1..].iter().all(|(_, items)| items.is_empty()));
    assert_eq!(report.all_done, PLAN.work);
}

//! The tests of `listings/src/bin/part_22_yield.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn on_one_thread(yield_between: bool) -> Vec<String> {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(steps(yield_between))
}

#[test]
fn without_yield_each_task_runs_to_its_end() {
    assert_eq!(on_one_thread(false), ["a0", "a1", "a2", "b0", "b1", "b2"]);
}

#[test]
fn with_yield_now_each_task_lets_the_other_run_between_steps() {
    let order = on_one_thread(true);
    // Every step of a is followed by a step of b before a's next one, and
    // the other way round: the two alternate, round by round...
    for round in order.chunks(2) {
        let names: Vec<char> = round.iter().map(|s| s.chars().next().unwrap()).collect();
        assert!(names == ['a', 'b'] || names == ['b', 'a'], "{order:?}");
    }
    // ...but not always in the same order within a round: tokio 1.54 wakes
    // the tasks that yielded last-in first-out (runtime/scheduler/defer.rs).
    assert_eq!(order, ["a0", "b0", "b1", "a1", "a2", "b2"]);
}

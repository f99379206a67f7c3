//! The tests of `listings/src/bin/part_18_drop_order.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test(start_paused = true)]
async fn dropping_the_future_drops_what_it_holds_in_reverse_order() {
    let log = Log::new();
    drop_the_future(&log, Duration::from_millis(250)).await;
    assert_eq!(
        log.lines(),
        [
            "0.00s  work: opened a",
            "0.10s  work: opened b",
            "0.25s  main: drops the future",
            "0.25s  drop b",
            "0.25s  drop a",
            "0.25s  main: the future is gone",
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn a_value_not_yet_created_is_not_dropped() {
    let log = Log::new();
    drop_the_future(&log, Duration::from_millis(50)).await;
    let lines = log.lines();
    assert!(lines.contains(&"0.05s  drop a".to_owned()), "{lines:?}");
    assert!(!lines.iter().any(|l| l.ends_with(" b")), "{lines:?}");
}

#[tokio::test(start_paused = true)]
async fn left_alone_the_future_finishes_and_drops_its_values_itself() {
    let log = Log::new();
    drop_the_future(&log, Duration::from_secs(1)).await;
    assert_eq!(
        &log.lines()[2..],
        [
            "0.40s  work: done",
            "0.40s  drop b",
            "0.40s  drop a",
            "0.40s  main: work says \"finished\"",
            "0.40s  main: the future is gone",
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn an_aborted_task_is_dropped_when_it_next_gets_a_turn() {
    let log = Log::new();
    abort_the_task(&log).await;
    assert_eq!(
        &log.lines()[2..],
        [
            "0.25s  main: abort() returned",
            "0.25s  drop b",
            "0.25s  drop a",
            "0.25s  main: the task was cancelled",
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn select_drops_the_loser_first_and_the_goodbye_runs_later_in_its_own_task() {
    let log = Log::new();
    async_cleanup(&log).await;
    assert_eq!(
        log.lines(),
        [
            "0.10s  drop Connection: spawns its goodbye",
            "0.10s  main: the sleep won",
            "0.10s  main: the goodbye is not sent yet",
            "0.20s  goodbye sent",
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn a_task_that_has_finished_is_not_cancelled_by_abort() {
    let task = tokio::spawn(async { "finished" });
    tokio::task::yield_now().await; // the task runs to its end here
    task.abort();
    assert_eq!(task.await.unwrap(), "finished");
}

#[test]
fn the_spawned_goodbye_is_lost_when_the_runtime_shuts_down_first() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    let log = runtime.block_on(async {
        let log = Log::new();
        drop(Connection { log: log.clone() }); // spawns the goodbye
        log
    });
    drop(runtime); // the end of main: every task is dropped, unfinished
    assert_eq!(
        log.lines(),
        ["0.00s  drop Connection: spawns its goodbye"],
        "the goodbye never ran"
    );
}

#[test]
#[should_panic(expected = "must be called from the context of a Tokio 1.x runtime")]
fn tokio_spawn_outside_a_runtime_panics() {
    drop(tokio::spawn(async {}));
}

#[test]
fn a_connection_dropped_outside_a_runtime_skips_its_goodbye() {
    let log = Log::new(); // no runtime here: tokio's clock falls back to std's
    drop(Connection { log: log.clone() }); // must not panic
    let lines = log.lines();
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].ends_with("drop Connection: no runtime, no goodbye"),
        "{lines:?}"
    );
}

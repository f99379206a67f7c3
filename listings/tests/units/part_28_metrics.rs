//! The tests of `listings/src/bin/part_28_metrics.rs`: what its chapter claims.

use super::*;

fn field(line: &str, name: &str) -> usize {
    let rest = &line[line.find(name).unwrap() + name.len()..];
    rest.split_whitespace().next().unwrap().parse().unwrap()
}

#[tokio::test(start_paused = true)]
async fn alive_tasks_fall_as_the_workload_finishes() {
    let samples = watch_workload().await;
    let alive: Vec<usize> = samples.iter().map(|l| field(l, "alive tasks ")).collect();
    assert_eq!(alive, [0, 5, 4, 3, 2, 1, 0]);
    assert!(samples.iter().all(|l| field(l, "workers ") == 1));
    // Tasks spawned on the runtime's own thread never use the global queue.
    assert!(samples.iter().all(|l| field(l, "global queue ") == 0));
}

#[tokio::test]
async fn tasks_spawned_from_outside_wait_in_the_global_queue() {
    assert_eq!(from_outside().await, (3, 0));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_multi_thread_runtime_reports_its_workers() {
    assert_eq!(Handle::current().metrics().num_workers(), 2);
}

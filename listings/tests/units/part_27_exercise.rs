use super::*;

#[tokio::test(start_paused = true)]
async fn the_workers_interleave_and_finish_with_the_longest() {
    let log = Log::default();
    let start = Instant::now();
    run(Rc::clone(&log)).await;
    assert_eq!(start.elapsed(), Duration::from_millis(300));
    let log = log.borrow();
    assert_eq!(log.len(), 6);
    // Every first step comes before every second step: they ran at once.
    let position = |entry: &str| log.iter().position(|e| e == entry).unwrap();
    for first in ["a1", "b1", "c1"] {
        for second in ["a2", "b2"] {
            assert!(position(first) < position(second), "{log:?}");
        }
    }
    assert_eq!(log.last().unwrap(), "a3");
}

#[tokio::test(start_paused = true)]
async fn one_after_another_would_take_the_sum() {
    // The naive version (the starter) awaits each worker in turn: 600 ms.
    let log = Log::default();
    let start = Instant::now();
    for (name, steps) in [("a", 3), ("b", 2), ("c", 1)] {
        worker(name, steps, Rc::clone(&log)).await;
    }
    assert_eq!(start.elapsed(), Duration::from_millis(600));
    assert_eq!(log.borrow().join(" "), "a1 a2 a3 b1 b2 c1");
}

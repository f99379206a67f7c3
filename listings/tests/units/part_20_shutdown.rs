//! The tests of `listings/src/bin/part_20_shutdown.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn timeline() -> Arc<Timeline> {
    Arc::new(Timeline::new(Duration::from_millis(100)))
}

fn request(id: u32, ms: u64) -> Request {
    Request {
        id,
        work: Duration::from_millis(ms),
    }
}

#[tokio::test(start_paused = true)]
async fn the_run_finishes_two_cuts_one_refuses_one_and_ends_at_the_deadline() {
    let start = Instant::now();
    let (report, refused, timeline) = run().await;
    assert_eq!(
        report,
        Report {
            finished: vec![1, 2],
            cut_off: vec![3],
            never_started: vec![],
        }
    );
    assert_eq!(refused, vec![4]);
    // Stop at 500 ms, 500 ms of grace: the service is gone at 1 s.
    assert_eq!(start.elapsed(), Duration::from_millis(1000));
    let rows = timeline.rows();
    let three = rows.iter().find(|row| row.label == "request 3").unwrap();
    assert_eq!(
        three.end,
        Some(Duration::from_millis(1000)),
        "cut at the deadline, not at 1.3 s"
    );
}

#[tokio::test(start_paused = true)]
async fn with_enough_grace_nothing_is_cut_and_it_ends_with_the_last_request() {
    let (sender, receiver) = mpsc::channel(4);
    let stop = CancellationToken::new();
    let start = Instant::now();
    sender.send(request(1, 300)).await.unwrap();
    sender.send(request(2, 900)).await.unwrap();
    let stopper = stop.clone();
    tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        stopper.cancel();
    });
    let report = serve(receiver, stop, Duration::from_secs(5), timeline()).await;
    assert_eq!(report.finished, vec![1, 2]);
    assert!(report.cut_off.is_empty());
    assert_eq!(
        start.elapsed(),
        Duration::from_millis(900),
        "wait returns when the last task ends, long before the grace is over"
    );
    assert!(
        sender.send(request(3, 1)).await.is_err(),
        "no longer accepting"
    );
}

#[tokio::test(start_paused = true)]
async fn a_stop_before_anything_is_taken_wins_and_the_queued_are_reported() {
    let (sender, receiver) = mpsc::channel(4);
    sender.send(request(1, 100)).await.unwrap();
    sender.send(request(2, 100)).await.unwrap();
    let stop = CancellationToken::new();
    stop.cancel(); // ready at the same moment as the requests: `biased` picks the stop
    let start = Instant::now();
    let report = serve(receiver, stop, Duration::from_secs(1), timeline()).await;
    assert_eq!(report.never_started, vec![1, 2]);
    assert!(report.finished.is_empty() && report.cut_off.is_empty());
    assert_eq!(
        start.elapsed(),
        Duration::ZERO,
        "nothing in flight: nothing to wait for"
    );
}

#[tokio::test(start_paused = true)]
async fn the_service_also_ends_when_every_client_is_gone() {
    let (sender, receiver) = mpsc::channel(4);
    sender.send(request(1, 200)).await.unwrap();
    drop(sender);
    let report = serve(
        receiver,
        CancellationToken::new(),
        Duration::from_secs(1),
        timeline(),
    )
    .await;
    assert_eq!(report.finished, vec![1]);
}

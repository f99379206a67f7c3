//! The tests of `listings/src/bin/part_26_gui_loop.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn position(log: &[String], start: &str) -> usize {
    log.iter()
        .position(|line| line.starts_with(start))
        .unwrap_or_else(|| panic!("no line starting {start:?} in {log:#?}"))
}

#[test]
fn the_loop_keeps_ticking_and_shuts_down_in_order() {
    let log = gui().unwrap();
    let order = [
        "click: a",
        "click: b",
        "a done",
        "b done",
        "click: c",
        "window closed",
        "c done",
        "async side: no more requests",
        "the loop ticked more than 5 times meanwhile: true",
        "reply channel closed",
    ];
    let at: Vec<usize> = order.iter().map(|start| position(&log, start)).collect();
    assert!(at.windows(2).all(|pair| pair[0] < pair[1]), "{log:#?}");
    assert_eq!(log.len(), order.len(), "{log:#?}");
}

#[test]
fn serve_works_one_request_at_a_time_and_stops_when_the_senders_are_gone() {
    // On tokio's paused clock: the times are exact.
    let runtime = Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap();
    let (requests, inbox) = tokio_mpsc::unbounded_channel();
    let (outbox, replies) = std_mpsc::channel();
    for (name, units) in [("a", 3), ("b", 1)] {
        requests.send(Request { name, units }).unwrap();
    }
    drop(requests); // sent before serve runs: it still serves both
    let took = runtime.block_on(async {
        let start = tokio::time::Instant::now();
        serve(inbox, outbox).await;
        start.elapsed()
    });
    assert_eq!(took, UNIT * 4, "3 + 1 units, one after the other");
    let got: Vec<String> = replies
        .iter()
        .map(|reply| match reply {
            Reply::Done(name) => name.to_owned(),
            Reply::Stopped => "stopped".to_owned(),
        })
        .collect();
    assert_eq!(got, ["a", "b", "stopped"]);
}

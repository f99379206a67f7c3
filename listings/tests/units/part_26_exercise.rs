//! The tests of `listings/src/bin/part_26_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

/// Runs `serve` on a paused clock with these requests, the senders dropped
/// once they are sent, and returns the replies as (name, ms).
fn replies_to(requests_sent: &[(&'static str, u32)]) -> Vec<(&'static str, u128)> {
    let (requests, inbox) = tokio_mpsc::unbounded_channel();
    let (outbox, replies) = std_mpsc::channel();
    for &(name, units) in requests_sent {
        requests.send(Request { name, units }).unwrap();
    }
    drop(requests);
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(true)
        .build()
        .unwrap()
        .block_on(serve(inbox, outbox));
    replies
        .try_iter()
        .map(|reply| match reply {
            Reply::Done(name, at) => (name, at.as_millis()),
            Reply::Stopped(at) => ("stopped", at.as_millis()),
        })
        .collect()
}

#[test]
fn requests_run_at_once_and_all_are_answered_before_stopped() {
    let got = replies_to(&[("a", 3), ("b", 1), ("c", 2)]);
    // At once: each is done after its own time, and the whole after the
    // longest (300 ms), not the sum (600 ms). Stopped comes last.
    assert_eq!(got, [("b", 100), ("c", 200), ("a", 300), ("stopped", 300)]);
}

#[test]
fn no_requests_stop_at_once() {
    assert_eq!(replies_to(&[]), [("stopped", 0)]);
}

#[test]
fn the_program_prints_the_same_on_every_run() {
    // `main` sends from its own thread to a runtime on a paused clock. Had
    // it started the runtime before sending, the clock could jump to `a`'s
    // timer while `b` was still on its way (the runtime, idle in `recv`,
    // auto-advances), and that run would print 300/400/600 ms. So every run
    // must print what `serve` gives when every request waits before it starts.
    let want: String = replies_to(&[("a", 3), ("b", 1), ("c", 2)])
        .into_iter()
        .map(|(name, ms)| match name {
            "stopped" => format!("stopped at {ms} ms\n"),
            name => format!("{name} done at {ms} ms\n"),
        })
        .collect();
    let program = listings::program(
        "part_26_exercise",
        option_env!("CARGO_BIN_EXE_part_26_exercise"),
    );
    // Started all at once, the runs compete for the cores, so that a main
    // thread is often held up while it sends: that is when a race would show.
    let runs: Vec<_> = (0..50)
        .map(|_| {
            std::process::Command::new(&program)
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for (run, child) in runs.into_iter().enumerate() {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "run {run}: {out:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "run {run}");
    }
}

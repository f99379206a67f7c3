//! The tests of `listings/src/bin/part_18_select_loss.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

/// The lines the peer sends, whole.
fn sent() -> Vec<String> {
    SCRIPT
        .iter()
        .map(|(_, piece)| *piece)
        .collect::<String>()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[tokio::test(start_paused = true)]
async fn read_line_in_select_loses_the_half_line_a_tick_interrupts() {
    assert_eq!(sent(), ["alpha", "bravo", "charlie"]);
    // On every run, not by luck: the paused clock replays the same timeline.
    for _ in 0..3 {
        assert_eq!(run(Loop::Lossy).await.unwrap(), ["alpha", "vo", "charlie"]);
    }
}

#[tokio::test(start_paused = true)]
async fn next_line_is_cancel_safe_and_gets_every_line() {
    assert_eq!(run(Loop::NextLine).await.unwrap(), sent());
}

#[tokio::test(start_paused = true)]
async fn a_read_future_kept_across_turns_gets_every_line() {
    assert_eq!(run(Loop::KeptFuture).await.unwrap(), sent());
}

#[tokio::test(start_paused = true)]
async fn the_pipe_delivers_every_byte_so_the_loss_is_the_loops() {
    // The same peer, read by a plain loop with no select!: every line whole.
    let start = Instant::now();
    let (ours, theirs) = tokio::io::duplex(64);
    tokio::spawn(async move {
        peer(theirs, start).await;
    });
    let mut reader = BufReader::new(ours);
    let mut lines = Vec::new();
    let mut line = String::new();
    while reader.read_line(&mut line).await.unwrap() > 0 {
        lines.push(line.trim_end().to_owned());
        line.clear();
    }
    assert_eq!(lines, sent());
}

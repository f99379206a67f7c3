//! Part 28: a reader in a `select!` loop with a heartbeat, twice.
//!
//! The client sends `hel`, pauses 250 ms, then sends `lo` and a newline. The
//! loop prints a heartbeat every 100 ms and each line it reads. Each
//! heartbeat drops the read in progress. The naive reader keeps its partial
//! line inside the future, so the drop throws `hel` away; `Lines::next_line`
//! keeps it in the `Lines` value, which outlives each call.
use std::time::Duration;
use tokio::io::{
    self, AsyncBufRead, AsyncBufReadExt, AsyncWriteExt, BufReader, DuplexStream, Lines,
};
use tokio::time::{interval_at, sleep, Instant};

const TICK: Duration = Duration::from_millis(100);

// ANCHOR: naive
/// Not cancel safe: if this future is dropped after `read_line` has taken
/// some bytes from the reader, they are gone with `line`.
async fn next_line_naive<R: AsyncBufRead + Unpin>(reader: &mut R) -> io::Result<Option<String>> {
    let mut line = String::new();
    let read = reader.read_line(&mut line).await?;
    Ok((read > 0).then(|| line.trim_end().to_owned()))
}
// ANCHOR_END: naive

/// Sends `hel`, then `lo` and a newline 250 ms later, then closes.
async fn client(mut to_server: DuplexStream) {
    to_server.write_all(b"hel").await.unwrap();
    sleep(Duration::from_millis(250)).await;
    to_server.write_all(b"lo\n").await.unwrap();
}

// ANCHOR: loop
/// The two readers, behind one `next` so the loop below is the same for both.
enum Reader {
    Naive(BufReader<DuplexStream>),
    Safe(Lines<BufReader<DuplexStream>>),
}

impl Reader {
    async fn next(&mut self) -> io::Result<Option<String>> {
        match self {
            Reader::Naive(reader) => next_line_naive(reader).await,
            // Cancel safe (its docs say so): the partial line lives in `Lines`.
            Reader::Safe(lines) => lines.next_line().await,
        }
    }
}

/// Reads lines until the client closes, with a heartbeat every 100 ms in
/// between; returns what happened, stamped with the virtual time.
async fn run(safe: bool) -> Vec<String> {
    let (to_server, from_client) = io::duplex(64);
    tokio::spawn(client(to_server));
    let from_client = BufReader::new(from_client);
    let mut reader = if safe {
        Reader::Safe(from_client.lines())
    } else {
        Reader::Naive(from_client)
    };
    let start = Instant::now();
    let stamp = |what: String| format!("{:.2}s  {what}", start.elapsed().as_secs_f64());
    let mut heartbeat = interval_at(start + TICK, TICK);
    let mut log = Vec::new();
    loop {
        tokio::select! {
            line = reader.next() => match line.unwrap() {
                Some(line) => log.push(stamp(format!("line {line:?}"))),
                None => break,
            },
            _ = heartbeat.tick() => log.push(stamp("heartbeat".to_owned())),
        }
    }
    log
}
// ANCHOR_END: loop

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    for (safe, title) in [(false, "naive read_line"), (true, "Lines::next_line")] {
        println!("-- {title} --");
        for line in run(safe).await {
            println!("{line}");
        }
    }
}

/// The tests the chapter shows (the others are in tests/units/part_28_cancel.rs).
#[cfg(test)]
mod shown_tests {
    use super::*;
    use tokio_test::assert_pending;
    use tokio_test::io::Builder;

    // ANCHOR: drop_test
    /// The check in general: start a read, poll it once so it takes the first
    /// part of a line, drop it (what `select!` does to a losing branch), then
    /// read again. A cancel-safe read returns the whole line.
    #[tokio::test(start_paused = true)]
    async fn dropping_a_read_midway_loses_nothing_with_lines() {
        let mock = || {
            Builder::new()
                .read(b"hel")
                .wait(Duration::from_millis(100))
                .read(b"lo\n")
                .build()
        };
        let mut naive = BufReader::new(mock());
        let mut first = tokio_test::task::spawn(next_line_naive(&mut naive));
        assert_pending!(first.poll()); // it has read "hel" and waits for more
        drop(first);
        assert_eq!(next_line_naive(&mut naive).await.unwrap().unwrap(), "lo");

        let mut lines = BufReader::new(mock()).lines();
        let mut first = tokio_test::task::spawn(lines.next_line());
        assert_pending!(first.poll());
        drop(first);
        assert_eq!(lines.next_line().await.unwrap().unwrap(), "hello");
    }
    // ANCHOR_END: drop_test
}

#[cfg(test)]
#[path = "../../tests/units/part_28_cancel.rs"]
mod tests;

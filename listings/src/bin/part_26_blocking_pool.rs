//! Part 26: `tokio::fs` runs on the blocking pool. A current-thread runtime
//! has no worker threads of its own, so every thread it starts is a thread of
//! its blocking pool: count them before and after file calls, see the limit
//! `max_blocking_threads` sets, and see a read wait while every pool thread
//! is busy.
//!
//! Run it: cargo run -p listings --bin part_26_blocking_pool
//! (Real threads: the output shows counts, not times.)

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::runtime::{Builder, Runtime};
use tokio::task::JoinSet;

/// A directory of `count` small files under the system's temp dir, removed
/// when dropped. The name is unique per process and per call.
struct Files {
    dir: PathBuf,
}

impl Files {
    fn new(count: usize) -> std::io::Result<Files> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let unique = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("part_26_pool_{}_{unique}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        for i in 0..count {
            std::fs::write(dir.join(format!("{i}.txt")), format!("file {i}\n"))?;
        }
        Ok(Files { dir })
    }

    fn path(&self, i: usize) -> PathBuf {
        self.dir.join(format!("{i}.txt"))
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

// ANCHOR: runtime
/// A current-thread runtime: `block_on` runs it on the calling thread and it
/// starts no workers, so each thread it starts is a blocking-pool thread.
/// `started` counts them; `limit` caps the pool (the default is 512).
fn counting_runtime(limit: usize, started: &Arc<AtomicUsize>) -> std::io::Result<Runtime> {
    let started = Arc::clone(started);
    Builder::new_current_thread()
        .enable_time()
        .max_blocking_threads(limit)
        .on_thread_start(move || {
            started.fetch_add(1, Ordering::SeqCst);
        })
        .build()
}
// ANCHOR_END: runtime

/// What the tour saw: pool threads started at each step, and whether a read
/// answered while every pool thread was busy.
#[derive(Debug)]
struct Seen {
    before: usize,
    after_one: usize,
    after_many: usize,
    answered_while_busy: bool,
    read_after: usize,
}

// ANCHOR: tour
async fn tour(
    files: &Files,
    many: usize,
    limit: usize,
    started: &AtomicUsize,
) -> std::io::Result<Seen> {
    let before = started.load(Ordering::SeqCst);

    // One read: std::fs::read, on a pool thread (the first one starts now).
    tokio::fs::read(files.path(0)).await?;
    let after_one = started.load(Ordering::SeqCst);

    // Many reads at once: each one is a job for the pool, which starts a new
    // thread whenever no thread is idle, up to `limit`; the rest queue up.
    let mut reads = JoinSet::new();
    for i in 0..many {
        reads.spawn(tokio::fs::read(files.path(i)));
    }
    while let Some(read) = reads.join_next().await {
        read??;
    }
    let after_many = started.load(Ordering::SeqCst);

    // Keep every pool thread busy: each waits until we drop its sender.
    let mut holds = Vec::new();
    for _ in 0..limit {
        let (hold, wait) = std::sync::mpsc::channel::<()>();
        tokio::task::spawn_blocking(move || wait.recv());
        holds.push(hold);
    }
    let mut read = tokio::spawn(tokio::fs::read(files.path(1)));
    let waited = tokio::time::timeout(Duration::from_millis(100), &mut read).await;
    drop(holds); // the pool threads go free
    let bytes = read.await??;
    Ok(Seen {
        before,
        after_one,
        after_many,
        answered_while_busy: waited.is_ok(),
        read_after: bytes.len(),
    })
}
// ANCHOR_END: tour

fn main() -> std::io::Result<()> {
    let (many, limit) = (100, 4);
    let files = Files::new(many)?;
    let started = Arc::new(AtomicUsize::new(0));
    let runtime = counting_runtime(limit, &started)?;
    let seen = runtime.block_on(tour(&files, many, limit, &started))?;
    println!("pool threads started before any file call: {}", seen.before);
    println!("after one tokio::fs::read: {}", seen.after_one);
    let within = seen.after_many <= limit;
    println!("after {many} reads at once, max_blocking_threads {limit}: at most {limit}: {within}");
    let busy = if seen.answered_while_busy {
        "it answered"
    } else {
        "no answer in 100 ms"
    };
    println!("all {limit} pool threads busy, one more read: {busy}");
    println!(
        "a pool thread free again: the read returns {} bytes",
        seen.read_after
    );
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_26_blocking_pool.rs"]
mod tests;

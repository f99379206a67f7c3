//! Part 26: three ways to read many small files from async code. 1. a
//! `tokio::fs::read` per file (one trip to the blocking pool each); 2. one
//! `spawn_blocking` that reads them all with `std::fs::read` (one trip);
//! 3. `std::fs::read` right in the task (no trip: it blocks the runtime's
//! thread while it reads). The run shows where each way's reads ran; with
//! `--bench` (a release build: listings/bench/part_26_fs.sh) it times them.
//!
//! Run it: cargo run -p listings --bin part_26_fs_ways

use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::{self, ThreadId};
use std::time::{Duration, Instant};

use tokio::runtime::{Builder, Runtime};
use tokio::task::JoinSet;

/// `count` files of `size` bytes in a fresh temp dir, removed when dropped.
struct Files {
    dir: PathBuf,
    paths: Vec<PathBuf>,
}

impl Files {
    fn new(count: usize, size: usize) -> std::io::Result<Files> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let unique = NEXT.fetch_add(1, Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("part_26_ways_{}_{unique}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let mut paths = Vec::new();
        for i in 0..count {
            let path = dir.join(format!("{i}.txt"));
            std::fs::write(&path, vec![b'a' + (i % 26) as u8; size])?;
            paths.push(path);
        }
        Ok(Files { dir, paths })
    }
}

impl Drop for Files {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

// ANCHOR: ways
/// 1. One `tokio::fs::read` per file, one after another: each is a
///    `spawn_blocking` of `std::fs::read`, a trip to the pool and back.
async fn tokio_fs_each(paths: &[PathBuf]) -> std::io::Result<usize> {
    let mut total = 0;
    for path in paths {
        total += tokio::fs::read(path).await?.len();
    }
    Ok(total)
}

/// 1b. The same trips, all at once: the pool runs them on several threads.
async fn tokio_fs_all_at_once(paths: &[PathBuf]) -> std::io::Result<usize> {
    let mut reads = JoinSet::new();
    for path in paths {
        reads.spawn(tokio::fs::read(path.clone()));
    }
    let mut total = 0;
    while let Some(read) = reads.join_next().await {
        total += read??.len();
    }
    Ok(total)
}

/// 2. One trip: a single blocking job reads every file with `std::fs`.
async fn one_spawn_blocking(paths: &[PathBuf]) -> std::io::Result<(usize, HashSet<ThreadId>)> {
    let paths = paths.to_vec();
    tokio::task::spawn_blocking(move || {
        let (mut total, mut threads) = (0, HashSet::new());
        for path in paths {
            total += std::fs::read(path)?.len();
            threads.insert(thread::current().id());
        }
        Ok((total, threads))
    })
    .await?
}

/// 3. No trip: `std::fs::read` in the task blocks the runtime's thread
///    for as long as each read takes.
async fn std_fs_in_task(paths: &[PathBuf]) -> std::io::Result<(usize, HashSet<ThreadId>)> {
    let (mut total, mut threads) = (0, HashSet::new());
    for path in paths {
        total += std::fs::read(path)?.len();
        threads.insert(thread::current().id());
    }
    Ok((total, threads))
}
// ANCHOR_END: ways

/// Where the reads ran, one line per way (the default run).
fn show(files: &Files) -> std::io::Result<()> {
    let runtime = Builder::new_current_thread().build()?; // block_on on "main"
    let main = thread::current().id();
    let count = files.paths.len();
    let each = runtime.block_on(tokio_fs_each(&files.paths))?;
    let at_once = runtime.block_on(tokio_fs_all_at_once(&files.paths))?;
    let (batched, pool) = runtime.block_on(one_spawn_blocking(&files.paths))?;
    let (direct, here) = runtime.block_on(std_fs_in_task(&files.paths))?;
    println!("{count} files, bytes read: {each}, {at_once}, {batched}, {direct}");
    println!("1. tokio::fs::read per file: {count} reads, each a spawn_blocking job of its own");
    let off_main = !pool.contains(&main);
    println!(
        "2. one spawn_blocking: {count} reads on {} pool thread(s), none on main: {off_main}",
        pool.len()
    );
    let on_main = here.len() == 1 && here.contains(&main);
    println!(
        "3. std::fs::read in the task: {count} reads on the thread of block_on (main): {on_main}"
    );
    Ok(())
}

/// One way of reading the files, on a given runtime; returns the bytes read.
type Way<'a> = Box<dyn Fn(&Runtime) -> std::io::Result<usize> + 'a>;

/// `--bench`: time each way on a multi-thread runtime, as `#[tokio::main]`
/// builds it, and on a current-thread one. The runs take turns (every way
/// once, then again...) so that a burst of load elsewhere on the machine
/// hits them all alike; each figure is the shortest run.
fn bench(count: usize, size: usize, runs: usize) -> std::io::Result<()> {
    let files = Files::new(count, size)?;
    let paths = &files.paths;
    let runtimes = [
        Builder::new_multi_thread().build()?,
        Builder::new_current_thread().build()?,
    ];
    let ways: Vec<(&str, Way)> = vec![
        (
            "1. tokio::fs::read, one at a time",
            Box::new(|rt| rt.block_on(tokio_fs_each(paths))),
        ),
        (
            "1b. tokio::fs::read, all at once",
            Box::new(|rt| rt.block_on(tokio_fs_all_at_once(paths))),
        ),
        (
            "2. one spawn_blocking, std::fs",
            Box::new(|rt| Ok(rt.block_on(one_spawn_blocking(paths))?.0)),
        ),
        (
            "3. std::fs::read in the task",
            Box::new(|rt| Ok(rt.block_on(std_fs_in_task(paths))?.0)),
        ),
    ];
    let mut best = vec![[Duration::MAX; 2]; ways.len()];
    for run in 0..=runs {
        for (way, (_, read)) in ways.iter().enumerate() {
            for (flavour, runtime) in runtimes.iter().enumerate() {
                let start = Instant::now();
                read(runtime)?;
                if run > 0 {
                    // run 0 warms up the page cache and the pool
                    best[way][flavour] = best[way][flavour].min(start.elapsed());
                }
            }
        }
    }
    let per_file = |time: Duration| time.as_secs_f64() * 1e6 / count as f64;
    println!("{count} files of {size} bytes, best of {runs} runs taking turns, µs per file");
    println!(
        "{:<34} {:>13} {:>15}",
        "way", "multi_thread", "current_thread"
    );
    for ((name, _), [multi, current]) in ways.iter().zip(best) {
        println!(
            "{name:<34} {:>13.2} {:>15.2}",
            per_file(multi),
            per_file(current)
        );
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    if std::env::args().any(|arg| arg == "--bench") {
        let files = std::env::var("FILES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1000);
        return bench(files, 256, 50);
    }
    let files = Files::new(200, 64)?;
    show(&files)
}

#[cfg(test)]
#[path = "../../tests/units/part_26_fs_ways.rs"]
mod tests;

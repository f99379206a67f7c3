//! Part 27: one workload on three runtime set-ups. Pairs of tasks hit a ball
//! back and forth over channels; each hop may also do some arithmetic (the
//! CPU work). The same workload runs on a current-thread runtime, on a
//! multi-thread runtime with 2 workers, and on a current-thread runtime with
//! a `LocalSet`, whose tasks count hops in an `Rc<Cell<_>>` (not `Send`).
//!
//! cargo run -p listings --bin part_27_flavours
//!   prints what holds on every run: hops, checksum, which threads ran tasks.
//! cargo run --release -p listings --bin part_27_flavours -- --bench
//!   prints the measured table (listings/bench/part_27_runtimes.sh runs it).

use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::runtime::Builder;
use tokio::sync::mpsc::{self, Receiver, Sender};
use tokio::task::{JoinSet, LocalSet};

/// How big a run is.
#[derive(Clone, Copy, Debug)]
pub struct Workload {
    /// Pairs of players; the pairs are independent of each other.
    pub pairs: u32,
    /// Hops of the ball in each pair.
    pub hops: u32,
    /// Rounds of arithmetic per hop (0: nothing but channel traffic).
    pub work: u32,
}

/// What a run found.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    pub hops: u64,
    pub checksum: u64,
    /// The names of the threads the players ran on.
    pub threads: BTreeSet<String>,
}

/// The CPU work: `work` rounds of a cheap hash of `n`.
fn crunch(n: u32, work: u32) -> u64 {
    let mut x = u64::from(n) | 1;
    for _ in 0..work {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
    }
    x
}

fn thread_name() -> String {
    std::thread::current()
        .name()
        .unwrap_or("unnamed")
        .to_string()
}

// ANCHOR: player
/// One player: takes the ball (a hop number) from `inbox`, does the work,
/// sends the next hop to `outbox`. The player who takes the last hop
/// returns; that drops its `outbox`, so the other one's `recv` says `None`.
async fn player(
    mut inbox: Receiver<u32>,
    outbox: Sender<u32>,
    w: Workload,
    hops: Arc<AtomicU64>, // shared by every player on every thread
) -> (u64, String) {
    let mut checksum = 0u64;
    while let Some(n) = inbox.recv().await {
        checksum = checksum.wrapping_add(crunch(n, w.work));
        hops.fetch_add(1, Ordering::Relaxed);
        if n == w.hops || outbox.send(n + 1).await.is_err() {
            break;
        }
    }
    (checksum, thread_name())
}
// ANCHOR_END: player

// ANCHOR: local_player
/// The same player for a `LocalSet`: the hop counter is an `Rc<Cell<_>>`,
/// a plain increment instead of an atomic one, and the future is not `Send`.
async fn local_player(
    mut inbox: Receiver<u32>,
    outbox: Sender<u32>,
    w: Workload,
    hops: Rc<Cell<u64>>, // shared by the players of this thread only
) -> (u64, String) {
    let mut checksum = 0u64;
    while let Some(n) = inbox.recv().await {
        checksum = checksum.wrapping_add(crunch(n, w.work));
        hops.set(hops.get() + 1);
        if n == w.hops || outbox.send(n + 1).await.is_err() {
            break;
        }
    }
    (checksum, thread_name())
}
// ANCHOR_END: local_player

/// One player's side of a court: its inbox and its outbox.
type Side = (Receiver<u32>, Sender<u32>);

/// The two channels of one pair, with the serve (hop 1) already in the
/// first player's inbox.
fn court() -> (Side, Side) {
    let (to_a, at_a) = mpsc::channel(1);
    let (to_b, at_b) = mpsc::channel(1);
    to_a.try_send(1).expect("an empty channel has room");
    ((at_a, to_b), (at_b, to_a))
}

// ANCHOR: spawn
/// Starts every pair with `tokio::spawn` and adds up what the players found.
async fn play(w: Workload) -> Report {
    let hops = Arc::new(AtomicU64::new(0));
    let mut players = JoinSet::new();
    for _ in 0..w.pairs {
        let ((a_in, a_out), (b_in, b_out)) = court();
        players.spawn(player(a_in, a_out, w, Arc::clone(&hops)));
        players.spawn(player(b_in, b_out, w, Arc::clone(&hops)));
    }
    let mut report = Report::new(0);
    while let Some(done) = players.join_next().await {
        report.add(done.expect("a player panicked"));
    }
    report.hops = hops.load(Ordering::Relaxed);
    report
}

/// The same with `spawn_local`: it must be awaited inside a `LocalSet`.
async fn play_local(w: Workload) -> Report {
    let hops = Rc::new(Cell::new(0));
    let mut players = JoinSet::new();
    for _ in 0..w.pairs {
        let ((a_in, a_out), (b_in, b_out)) = court();
        players.spawn_local(local_player(a_in, a_out, w, Rc::clone(&hops)));
        players.spawn_local(local_player(b_in, b_out, w, Rc::clone(&hops)));
    }
    let mut report = Report::new(0);
    while let Some(done) = players.join_next().await {
        report.add(done.expect("a player panicked"));
    }
    report.hops = hops.get();
    report
}
// ANCHOR_END: spawn

impl Report {
    fn new(hops: u64) -> Report {
        Report {
            hops,
            checksum: 0,
            threads: BTreeSet::new(),
        }
    }

    fn add(&mut self, (checksum, thread): (u64, String)) {
        self.checksum = self.checksum.wrapping_add(checksum);
        self.threads.insert(thread);
    }
}

// ANCHOR: flavours
/// The three set-ups. Each builds its own runtime, runs the workload, and
/// drops the runtime (which stops its threads) before it returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setup {
    CurrentThread,
    MultiThread,
    LocalSet,
}

pub fn run(setup: Setup, w: Workload) -> Report {
    match setup {
        Setup::CurrentThread => {
            let rt = Builder::new_current_thread().build().unwrap();
            rt.block_on(play(w))
        }
        Setup::MultiThread => {
            let rt = Builder::new_multi_thread()
                .worker_threads(2)
                .build()
                .unwrap();
            rt.block_on(play(w))
        }
        Setup::LocalSet => {
            let rt = Builder::new_current_thread().build().unwrap();
            LocalSet::new().block_on(&rt, play_local(w))
        }
    }
}
// ANCHOR_END: flavours

pub const SETUPS: [(Setup, &str); 3] = [
    (Setup::CurrentThread, "current_thread"),
    (Setup::MultiThread, "multi_thread, 2 workers"),
    (Setup::LocalSet, "current_thread + LocalSet"),
];

/// The workloads of the benchmark: channel traffic only, then with CPU work.
pub const BENCH: [(Workload, &str); 2] = [
    (
        Workload {
            pairs: 500,
            hops: 400,
            work: 0,
        },
        "hops only",
    ),
    (
        Workload {
            pairs: 500,
            hops: 400,
            work: 200,
        },
        "hops + CPU",
    ),
];

/// CPU time of this process so far, all threads (Linux: /proc/self/stat,
/// utime + stime, in ticks of 10 ms).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("Linux");
    let after_name = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after_name.split(' ').collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    Duration::from_millis(ticks * 10)
}

/// The best of `runs` runs: (wall-clock time, CPU time of all threads).
fn best_time(setup: Setup, w: Workload, runs: u32) -> (Duration, Duration) {
    (0..runs)
        .map(|_| {
            let (start, cpu) = (Instant::now(), cpu_time());
            run(setup, w);
            (start.elapsed(), cpu_time() - cpu)
        })
        .min()
        .unwrap()
}

fn bench() {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{:<26} {:>21} {:>21}",
        "setup (wall / CPU)", BENCH[0].1, BENCH[1].1
    );
    for (setup, name) in SETUPS {
        let cells: Vec<String> = BENCH
            .iter()
            .map(|&(w, _)| {
                let (wall, cpu) = best_time(setup, w, 3);
                format!("{:.0} / {:.0} ms", ms(wall), ms(cpu))
            })
            .collect();
        println!("{name:<26} {:>21} {:>21}", cells[0], cells[1]);
    }
}

// ANCHOR: main
fn main() {
    if std::env::args().nth(1).as_deref() == Some("--bench") {
        return bench();
    }
    let w = Workload {
        pairs: 10,
        hops: 100,
        work: 10,
    };
    println!(
        "{} pairs x {} hops, {} rounds of work per hop",
        w.pairs, w.hops, w.work
    );
    for (setup, name) in SETUPS {
        let report = run(setup, w);
        let threads: Vec<&str> = report.threads.iter().map(String::as_str).collect();
        println!(
            "{name:<26} {} hops, checksum {:#x}, players ran on: {}",
            report.hops,
            report.checksum,
            threads.join(", ")
        );
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_27_flavours.rs"]
mod tests;

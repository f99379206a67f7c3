//! Part 22: what a waiter costs. N OS threads, each sleeping on a timer,
//! against N tokio tasks doing the same, each kind in a fresh process of its
//! own so that one's memory does not hide in the other's. Measured: the time
//! to start all N, the time until all N are done, and the peak memory (VmHWM
//! in /proc/self/status) above what the process held before it started them.
//!
//! Run it: cargo run -p listings --bin part_22_threads_vs_tasks
//!   prints only what holds on every run (all woke; tasks far cheaper);
//! cargo run --release -p listings --bin part_22_threads_vs_tasks -- --table
//!   prints the measured table (listings/bench/part_22.sh runs it).
//! Linux only: it reads /proc/self/status.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

// ANCHOR: measure
/// Every waiter waits this long: long enough that all N are alive at once
/// (starting 10,000 threads took up to 1.3 s here, on a busy machine).
const WAIT: Duration = Duration::from_secs(2);

/// What one run of N waiters of one kind cost.
#[derive(Debug, Clone, Copy)]
struct Cost {
    /// From the first spawn until the last spawn returned.
    start_all: Duration,
    /// From the first spawn until every waiter was done.
    all_done: Duration,
    /// Peak resident memory above the baseline, in KiB.
    peak_rss_kib: u64,
    /// Peak virtual memory (address space reserved) above the baseline, in KiB.
    peak_virtual_kib: u64,
}

/// One `VmXxx:` figure of /proc/self/status, in KiB.
fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    let line = status
        .lines()
        .find(|line| line.starts_with(field))
        .unwrap_or_else(|| panic!("no {field} in /proc/self/status"));
    line[field.len()..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .expect("a number of kB")
}

/// N OS threads, each asleep on a timer (`thread::sleep`).
fn threads(count: usize, wait: Duration) -> Cost {
    let (rss, virt) = (status_kib("VmRSS:"), status_kib("VmSize:"));
    let start = Instant::now();
    let handles: Vec<_> = (0..count)
        .map(|_| std::thread::spawn(move || std::thread::sleep(wait)))
        .collect();
    let start_all = start.elapsed();
    for handle in handles {
        handle.join().expect("a sleeping thread does not panic");
    }
    Cost {
        start_all,
        all_done: start.elapsed(),
        peak_rss_kib: status_kib("VmHWM:").saturating_sub(rss),
        peak_virtual_kib: status_kib("VmPeak:").saturating_sub(virt),
    }
}

/// N tokio tasks, each asleep on a timer (`tokio::time::sleep`), on the
/// default multi-thread runtime (one worker thread per core).
fn tasks(count: usize, wait: Duration) -> Cost {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let (rss, virt) = (status_kib("VmRSS:"), status_kib("VmSize:"));
    runtime.block_on(async {
        let start = Instant::now();
        let handles: Vec<_> = (0..count)
            .map(|_| tokio::spawn(tokio::time::sleep(wait)))
            .collect();
        let start_all = start.elapsed();
        for handle in handles {
            handle.await.expect("a sleeping task does not panic");
        }
        Cost {
            start_all,
            all_done: start.elapsed(),
            peak_rss_kib: status_kib("VmHWM:").saturating_sub(rss),
            peak_virtual_kib: status_kib("VmPeak:").saturating_sub(virt),
        }
    })
}
// ANCHOR_END: measure

// ANCHOR: child
/// Starts one measurement in a fresh process (`program` is this program,
/// run with `--one`), so that the peak memory of one kind is not the other's.
fn start_measuring(program: &Path, kind: &str, count: usize, wait: Duration) -> Child {
    Command::new(program)
        .args([
            "--one",
            kind,
            &count.to_string(),
            &wait.as_millis().to_string(),
        ])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start a measurement")
}

/// Waits for a measurement started by `start_measuring` and reads its cost.
fn cost_of(child: Child) -> Cost {
    let out = child.wait_with_output().expect("a measurement");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let numbers: Vec<u64> = text
        .split_whitespace()
        .map(|n| n.parse().expect("a number"))
        .collect();
    let [start_us, done_us, rss, virt] = numbers[..] else {
        panic!("unexpected {text:?}")
    };
    Cost {
        start_all: Duration::from_micros(start_us),
        all_done: Duration::from_micros(done_us),
        peak_rss_kib: rss,
        peak_virtual_kib: virt,
    }
}

/// The child's side: measure, print four numbers.
fn one(kind: &str, count: usize, wait: Duration) {
    let cost = match kind {
        "threads" => threads(count, wait),
        "tasks" => tasks(count, wait),
        other => panic!("--one threads|tasks N MS, not {other}"),
    };
    println!(
        "{} {} {} {}",
        cost.start_all.as_micros(),
        cost.all_done.as_micros(),
        cost.peak_rss_kib,
        cost.peak_virtual_kib
    );
}
// ANCHOR_END: child

// ANCHOR: table
/// The table the chapter quotes: 100, 1,000 and 10,000 of each kind, and
/// 100,000 tasks (100,000 threads is past this machine's limits). One
/// measurement at a time, so that none slows another down.
fn table(me: &Path) {
    println!("kind      waiters   start all   all done   peak RSS   per waiter   peak virtual");
    let runs = [
        ("threads", 100),
        ("tasks", 100),
        ("threads", 1_000),
        ("tasks", 1_000),
        ("threads", 10_000),
        ("tasks", 10_000),
        ("tasks", 100_000),
    ];
    for (kind, count) in runs {
        let cost = cost_of(start_measuring(me, kind, count, WAIT));
        println!(
            "{kind:<8} {count:>8} {:>9.1} ms {:>7.0} ms {:>6.1} MiB {:>8.1} KiB {:>8.1} GiB",
            cost.start_all.as_secs_f64() * 1e3,
            cost.all_done.as_secs_f64() * 1e3,
            cost.peak_rss_kib as f64 / 1024.0,
            cost.peak_rss_kib as f64 / count as f64,
            cost.peak_virtual_kib as f64 / (1024.0 * 1024.0),
        );
    }
}
// ANCHOR_END: table

// ANCHOR: main
/// A waiting thread holds at least this many times the resident memory of a
/// waiting task (about 20 times on the machine the chapter quotes).
const AT_LEAST: u64 = 10;

fn main() {
    let me = std::env::current_exe().expect("the path of this program");
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["--one", kind, count, ms] => one(
            kind,
            count.parse().expect("a count"),
            Duration::from_millis(ms.parse().expect("milliseconds")),
        ),
        ["--table"] => table(&me),
        [] => {
            // Only what holds on every run: the numbers go to --table. The
            // two processes run side by side; each measures only itself.
            let count = 10_000;
            let threads = start_measuring(&me, "threads", count, WAIT);
            let tasks = start_measuring(&me, "tasks", count, WAIT);
            let (threads, tasks) = (cost_of(threads), cost_of(tasks));
            for (kind, cost) in [("threads", threads), ("tasks", tasks)] {
                assert!(cost.all_done >= WAIT, "{kind} woke early");
                println!("{count} {kind}, each asleep on a 2 s timer: all woke up and were joined");
            }
            let ratio = threads.peak_rss_kib / tasks.peak_rss_kib.max(1);
            assert!(ratio >= AT_LEAST, "{threads:?} {tasks:?}");
            println!("the threads held at least {AT_LEAST} times the memory of the tasks");
        }
        _ => panic!("usage: part_22_threads_vs_tasks [--table | --one threads|tasks N MS]"),
    }
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_22_threads_vs_tasks.rs"]
mod tests;

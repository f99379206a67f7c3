//! Part 15: CPU-bound work from async code, four ways. Sixteen sums of
//! 1..=30,000,000·m (m = 0..15), added up one number at a time, run
//! sequentially, on tokio's blocking pool, on rayon's pool, and in worker
//! processes (the counterpart of Python's process pool).
//!
//! Run it:
//!   cargo run -p listings --bin part_15_cpu_bound
//!       sizes ÷ 1000: checks that the four ways agree (the book's output)
//!   cargo run --release -p listings --bin part_15_cpu_bound -- --full
//!       the original's sizes: times each way, prints completion order
//! (With `--worker`, it is one of its own worker processes: it reads one
//! number per line on stdin and answers its sum on stdout.)

use std::collections::VecDeque;
use std::hint::black_box;
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::process::{ExitCode, Stdio};
use std::sync::Arc;
use std::time::Instant;

use futures::stream::{FuturesUnordered, StreamExt};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::process::Command;
use tokio::sync::{mpsc, oneshot, Semaphore};
use tokio::task::JoinSet;

// ANCHOR: jobs
/// One job: the sum of 1..=end. `m` is its number in the original, 0..=15.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Job {
    m: u64,
    end: u64,
}

/// The sixteen jobs, the m-th ending at `unit`·m (the original: 30,000,000).
fn jobs(unit: u64) -> Vec<Job> {
    (0..16).map(|m| Job { m, end: unit * m }).collect()
}

/// A finished job and its sum.
type Done = (Job, u64);
// ANCHOR_END: jobs

// ANCHOR: sum
/// Adds 1, 2, ..., end one at a time. `black_box` hides each number from the
/// optimizer, which would otherwise replace the loop by end·(end+1)/2.
fn range_sum(end: u64) -> u64 {
    let mut total = 0;
    for i in 1..=end {
        total += black_box(i);
    }
    total
}
// ANCHOR_END: sum

// ANCHOR: sequential
fn sequential(jobs: &[Job], work: fn(u64) -> u64) -> Vec<Done> {
    jobs.iter().map(|&job| (job, work(job.end))).collect()
}
// ANCHOR_END: sequential

// ANCHOR: spawn_blocking
/// Each job on tokio's blocking pool, at most `threads` at a time; results in
/// the order they finish.
async fn with_spawn_blocking(jobs: &[Job], threads: usize, work: fn(u64) -> u64) -> Vec<Done> {
    // The blocking pool would start a thread per job (up to 512 by default).
    // For CPU-bound work, more threads than cores only adds switching, so a
    // semaphore lets `threads` jobs in at a time.
    let permits = Arc::new(Semaphore::new(threads));
    let mut running = JoinSet::new();
    for &job in jobs {
        let permit = Arc::clone(&permits).acquire_owned().await;
        let permit = permit.expect("the semaphore is never closed");
        running.spawn_blocking(move || {
            let _permit = permit; // given back when this job is done
            (job, work(job.end))
        });
    }
    let mut done = Vec::new();
    while let Some(finished) = running.join_next().await {
        done.push(finished.expect("a job panicked"));
    }
    done
}
// ANCHOR_END: spawn_blocking

// ANCHOR: rayon
/// Each job on a rayon pool; a oneshot channel carries each result back to
/// async code. Results in the order they finish.
async fn with_rayon(jobs: &[Job], pool: &rayon::ThreadPool, work: fn(u64) -> u64) -> Vec<Done> {
    let mut pending = FuturesUnordered::new();
    for &job in jobs {
        let (answer, answered) = oneshot::channel();
        pool.spawn(move || {
            // An error means nobody waits for the answer any more: fine.
            let _ = answer.send((job, work(job.end)));
        });
        pending.push(answered);
    }
    let mut done = Vec::new();
    while let Some(answered) = pending.next().await {
        done.push(answered.expect("a job ended without answering"));
    }
    done
}
// ANCHOR_END: rayon

// ANCHOR: processes
/// Starts `workers` processes (`program` with `args`), hands each the next
/// job whenever it is free, over its stdin, and reads the sum from its
/// stdout. Results in the order they finish.
async fn with_processes(
    jobs: &[Job],
    workers: usize,
    program: &Path,
    args: &[&str],
) -> io::Result<Vec<Done>> {
    let queue = Arc::new(std::sync::Mutex::new(VecDeque::from(jobs.to_vec())));
    let (finished, mut results) = mpsc::unbounded_channel();
    let mut pool = JoinSet::new();
    for _ in 0..workers {
        let mut child = Command::new(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .kill_on_drop(true) // if we give up early, so do the workers
            .spawn()
            .map_err(|e| io::Error::other(format!("cannot start {}: {e}", program.display())))?;
        let (queue, finished) = (Arc::clone(&queue), finished.clone());
        pool.spawn(async move {
            let mut to_worker = child.stdin.take().expect("stdin is piped");
            let from_worker = child.stdout.take().expect("stdout is piped");
            let mut replies = BufReader::new(from_worker).lines();
            loop {
                let next = queue.lock().unwrap().pop_front(); // locked for this line only
                let Some(job) = next else { break };
                let line = format!("{}\n", job.end);
                let sent = to_worker.write_all(line.as_bytes()).await;
                sent.map_err(|e| io::Error::other(format!("a worker stopped taking jobs: {e}")))?;
                let reply = replies.next_line().await?;
                let reply = reply.ok_or_else(|| io::Error::other("a worker closed its stdout"))?;
                let sum = reply.parse().map_err(|e| {
                    io::Error::other(format!("a worker answered {reply:?}, not a sum: {e}"))
                })?;
                let _ = finished.send((job, sum));
            }
            drop(to_worker); // end of input: the worker exits
            match child.wait().await? {
                status if status.success() => Ok(()),
                status => Err(io::Error::other(format!("a worker failed: {status}"))),
            }
        });
    }
    drop(finished); // now `results` ends when the last worker's task does
    let mut done = Vec::new();
    while let Some(result) = results.recv().await {
        done.push(result);
    }
    while let Some(worker) = pool.join_next().await {
        worker.expect("a worker's task panicked")?;
    }
    Ok(done)
}
// ANCHOR_END: processes

// ANCHOR: worker
/// A worker process: one number per line in, its sum per line out.
fn serve(input: impl BufRead, mut output: impl Write) -> Result<(), String> {
    for line in input.lines() {
        let line = line.map_err(|e| format!("worker: cannot read a job: {e}"))?;
        let end: u64 = line
            .trim()
            .parse()
            .map_err(|e| format!("worker: a job is one number, got {line:?}: {e}"))?;
        writeln!(output, "{}", range_sum(end))
            .and_then(|()| output.flush()) // answer now, not when a buffer fills
            .map_err(|e| format!("worker: cannot answer: {e}"))?;
    }
    Ok(())
}
// ANCHOR_END: worker

// ANCHOR: run_all
/// The four ways' results, each in the order the jobs finished.
struct Results {
    sequential: Vec<Done>,
    spawn_blocking: Vec<Done>,
    rayon: Vec<Done>,
    processes: Vec<Done>,
    /// How long each way took, in the same order.
    took: [f64; 4],
}

async fn run_all(jobs: &[Job], cores: usize) -> Result<Results, Box<dyn std::error::Error>> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(cores).build()?;
    let me = std::env::current_exe()?; // this very program, as a worker
    let clock = Instant::now();
    let sequential = sequential(jobs, range_sum);
    let t1 = clock.elapsed().as_secs_f64();
    let spawn_blocking = with_spawn_blocking(jobs, cores, range_sum).await;
    let t2 = clock.elapsed().as_secs_f64();
    let rayon = with_rayon(jobs, &pool, range_sum).await;
    let t3 = clock.elapsed().as_secs_f64();
    let processes = with_processes(jobs, cores, &me, &["--worker"]).await?;
    let t4 = clock.elapsed().as_secs_f64();
    let took = [t1, t2 - t1, t3 - t2, t4 - t3];
    Ok(Results {
        sequential,
        spawn_blocking,
        rayon,
        processes,
        took,
    })
}
// ANCHOR_END: run_all

// ANCHOR: main
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match args.as_slice() {
        ["--worker"] => serve(io::stdin().lock(), io::stdout().lock()),
        [] => demo(false),
        ["--full"] => demo(true),
        _ => Err(format!(
            "usage: part_15_cpu_bound [--full]\n(got: {})",
            args.join(" ")
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
// ANCHOR_END: main

// ANCHOR: demo
/// The sums in job order, whatever order they finished in.
fn by_job(done: &[Done]) -> Vec<u64> {
    let mut done = done.to_vec();
    done.sort_by_key(|(job, _)| job.m);
    done.into_iter().map(|(_, sum)| sum).collect()
}

/// Runs the four ways; `full` uses the original's sizes and prints timings.
fn demo(full: bool) -> Result<(), String> {
    let unit = if full { 30_000_000 } else { 30_000 };
    let jobs = jobs(unit);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    let results = runtime
        .block_on(run_all(&jobs, cores))
        .map_err(|e| format!("part_15_cpu_bound: {e}"))?;

    println!("sums of 1..={unit}·m, m = 0..15:");
    let formula: Vec<u64> = jobs.iter().map(|job| job.end * (job.end + 1) / 2).collect();
    for (job, sum) in jobs.iter().zip(&formula) {
        println!("  m = {:>2}: {sum}", job.m);
    }
    let ways = [
        ("sequential", &results.sequential),
        ("spawn_blocking", &results.spawn_blocking),
        ("rayon", &results.rayon),
        ("processes", &results.processes),
    ];
    for (way, done) in ways {
        let right = by_job(done) == formula;
        println!("{way:>14}: all 16 sums equal end·(end+1)/2: {right}");
        if !right {
            return Err(format!("{way} got a sum wrong: {:?}", by_job(done)));
        }
    }
    if full {
        println!("\n{cores} cores; time, speed-up, and the order the jobs finished in (m):");
        for ((way, done), took) in ways.into_iter().zip(results.took) {
            let order: Vec<String> = done.iter().map(|(job, _)| job.m.to_string()).collect();
            let speedup = results.took[0] / took;
            println!(
                "{way:>14}: {took:6.2} s  ×{speedup:.2}  {}",
                order.join(" ")
            );
        }
    }
    Ok(())
}
// ANCHOR_END: demo

#[cfg(test)]
#[path = "../../tests/units/part_15_cpu_bound.rs"]
mod tests;

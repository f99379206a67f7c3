//! The tests of `listings/src/bin/part_22_threads_vs_tasks.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn status_figures_are_read_in_kib() {
    let (rss, peak) = (status_kib("VmRSS:"), status_kib("VmHWM:"));
    assert!(rss > 0 && peak >= rss, "{rss} {peak}");
    assert!(status_kib("VmPeak:") >= status_kib("VmSize:"));
}

/// 1,000 of each, in processes of their own (the real program with
/// `--one`), waiting 300 ms: what the chapter claims, on a smaller scale.
#[test]
fn a_thread_costs_far_more_than_a_task() {
    let program = listings::program(
        "part_22_threads_vs_tasks",
        option_env!("CARGO_BIN_EXE_part_22_threads_vs_tasks"),
    );
    let program = program.as_path();
    let wait = Duration::from_millis(300);
    let threads = cost_of(start_measuring(program, "threads", 1_000, wait));
    let tasks = cost_of(start_measuring(program, "tasks", 1_000, wait));
    for cost in [threads, tasks] {
        assert!(cost.all_done >= wait, "{cost:?}");
    }
    // Memory: at least AT_LEAST times as much resident memory...
    assert!(
        threads.peak_rss_kib >= AT_LEAST * tasks.peak_rss_kib.max(1),
        "{threads:?} {tasks:?}"
    );
    // ...and far more address space: each thread reserves a whole stack.
    assert!(threads.peak_virtual_kib >= 100 * 1_000, "{threads:?}");
    // Starting them: a thread is a system call, a task an allocation.
    assert!(
        threads.start_all >= 2 * tasks.start_all,
        "{threads:?} {tasks:?}"
    );
}

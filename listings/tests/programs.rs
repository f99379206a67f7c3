//! The output the book shows is what each program prints.
//!
//! Every listing of `src/bin/` and every Python counterpart of `python/` runs
//! once, and its standard output must equal the file the chapter includes:
//! `outputs/<listing>.txt` or `outputs/<script>.py.txt`. Rewrite those files
//! from real runs with `UPDATE_EXPECT=1 cargo test -p listings --test programs`
//! (or `cargo xtask bless`), then read the diff.
//!
//! Most programs spend their time waiting on a clock, so they run many at a
//! time (`harness = false`: libtest would run four, the number the rest of the
//! suite uses). The runner takes libtest's usual arguments: name filters,
//! `--exact`, `--skip`, `--ignored`, `--include-ignored` and `--list`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::OnceLock;

mod common;
#[path = "common/forkserver.rs"]
mod forkserver;

use common::harness::{Case, Outcome};

/// The listings, each run with no arguments. `every_listing_is_checked_here`
/// fails when one is missing.
macro_rules! listings {
    ($($name:ident)*) => {
        const LISTINGS: &[(&str, &str)] = &[
            $((stringify!($name), env!(concat!("CARGO_BIN_EXE_", stringify!($name))))),*
        ];
    };
}

listings! {
    part_00_ten_thousand_waits
    part_01_exercise
    part_01_nested_block_on
    part_01_runtime_is_a_value
    part_01_tokio_main
    part_02_block_on
    part_02_exercise
    part_02_no_reactor
    part_02_run_until_complete
    part_03_exercise
    part_03_fallible
    part_03_lazy
    part_03_resumed
    part_04_errors
    part_04_exercise
    part_04_oneshot
    part_04_shared
    part_05_detached
    part_05_exercise
    part_05_join_error
    part_05_tasks
    part_06_custom_awaitables
    part_06_exercise
    part_06_forgot_waker
    part_07_async_context_managers
    part_07_exercise
    part_07_mutex_guard
    part_08_async_iterators
    part_08_exercise
    part_09_async_generators
    part_09_exercise
    part_10_exercise
    part_10_tickers
    part_11_blocking_sleep
    part_11_exercise
    part_11_join_sleep
    part_12_blocking_http
    part_12_blocking_in_async
    part_12_errors
    part_12_exercise
    part_12_join_http
    part_13_as_completed
    part_13_bounded
    part_13_exercise
    part_14_async_from_sync
    part_14_blocking_in_async
    part_14_exercise
    part_14_pool_size
    part_14_spawn_blocking
    part_15_blocking_the_runtime
    part_15_cpu_bound
    part_15_exercise
    part_16_exercise
    part_16_lock_held
    part_16_queue
    part_17_exercise
    part_17_mini_redis
    part_18_drop_order
    part_18_exercise
    part_18_select_loss
    part_18_spawn_blocking
    part_18_token
    part_19_deadline
    part_19_exercise
    part_19_half_write
    part_19_select_loop
    part_19_timeout
    part_20_drop_set
    part_20_exercise
    part_20_forgot_close
    part_20_in_task
    part_20_shutdown
    part_20_task_group
    part_21_bounded
    part_21_broadcast
    part_21_done
    part_21_event
    part_21_exercise
    part_21_gates
    part_21_notify
    part_21_rwlock
    part_21_task_local
    part_22_daemon
    part_22_exercise
    part_22_scope
    part_22_spawn_join
    part_22_thread_local
    part_22_threads_vs_tasks
    part_22_timer
    part_22_yield
    part_23_async_mutex
    part_23_atomics
    part_23_check_then_act
    part_23_exercise
    part_23_lock_order
    part_23_pi
    part_23_relock
    part_23_rwlock
    part_24_actor
    part_24_children
    part_24_exercise
    part_24_output
    part_24_pipes
    part_24_pool
    part_25_broadcast
    part_25_download
    part_25_exercise
    part_25_frames
    part_25_limits
    part_25_tls_echo
    part_25_tls_refused
    part_25_udp_echo
    part_25_udp_pitfalls
    part_25_websocket_dropped
    part_25_websocket_echo
    part_26_blocking_pool
    part_26_exercise
    part_26_frozen_loop
    part_26_fs_ways
    part_26_gui_loop
    part_27_exercise
    part_27_flavours
    part_27_smol
    part_28_cancel
    part_28_deadlock
    part_28_enter
    part_28_exercise
    part_28_metrics
    part_28_protocol
    part_28_spans
}

/// The Python counterparts (3.11+: they use `asyncio.Runner` and `TaskGroup`),
/// with the reason a script is skipped unless asked for: those that need a
/// package from PyPI. `.ci/run` installs it and runs them with `--ignored`.
const SCRIPTS: &[(&str, Option<&str>)] = &[
    ("part_01_event_loop", None),
    ("part_02_run_until_complete", None),
    ("part_03_coroutines", None),
    ("part_04_futures", None),
    ("part_05_tasks", None),
    ("part_06_custom_awaitables", None),
    ("part_07_async_context_managers", None),
    ("part_08_async_iterators", None),
    ("part_09_async_generators", None),
    ("part_10_create_task", None),
    ("part_11_gather_sleep", None),
    ("part_12_gather_http", Some(AIOHTTP)),
    ("part_13_as_completed", Some(AIOHTTP)),
    ("part_14_to_thread", None),
    ("part_15_cpu_bound", None),
    ("part_16_queue", None),
    ("part_17_mini_redis", None),
    ("part_18_cancellation", None),
    ("part_19_time_limits", None),
    ("part_20_shutdown", None),
    ("part_20_task_group", None),
    ("part_21_context", None),
    ("part_21_coordination", None),
    ("part_22_threads", None),
    ("part_23_check_then_act", None),
    ("part_23_pi", None),
    ("part_23_rlock", None),
    ("part_24_processes", None),
    ("part_25_streams", None),
    ("part_25_udp", None),
    ("part_26_gui_loop", None),
    ("part_26_to_thread", None),
    ("part_27_event_loops", None),
    ("part_28_contextvars", None),
    ("part_28_unittest", None),
];

const AIOHTTP: &str = "needs aiohttp 3.12.15 (pip); .ci/run installs it and runs this";

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn main() -> ExitCode {
    let mut cases = Vec::new();
    // Python scripts first: they are the slowest (asyncio sleeps on the real
    // clock), so they should not wait for a free slot.
    for &(name, ignored) in SCRIPTS {
        let script = crate_dir().join(format!("python/{name}.py"));
        cases.push(Case {
            name: format!("{name}.py"),
            ignored,
            run: Box::new(move || {
                let expected = format!("{name}.py.txt");
                if fresh_interpreters() {
                    let mut python = Command::new(python3()?);
                    python.arg(&script);
                    return check_output(python, &expected);
                }
                let (status, stdout, stderr) = forkserver::run(python3()?, &script)?;
                compare_output(
                    &format!("python3 {}", script.display()),
                    status,
                    stdout,
                    stderr,
                    &expected,
                )
            }),
        });
    }
    for &(name, exe) in LISTINGS {
        cases.push(Case {
            name: name.to_owned(),
            ignored: None,
            run: Box::new(move || {
                let mut listing = Command::new(exe);
                // Panics a listing catches on purpose stay short.
                listing.env_remove("RUST_BACKTRACE");
                check_output(listing, &format!("{name}.txt"))
            }),
        });
    }
    let listings: Vec<&str> = LISTINGS.iter().map(|(name, _)| *name).collect();
    let scripts: Vec<&str> = SCRIPTS.iter().map(|(name, _)| *name).collect();
    for (case, dir, ext, listed, list) in [
        (
            "every_listing_is_checked_here",
            "src/bin",
            "rs",
            listings,
            "listings!",
        ),
        (
            "every_script_is_checked_here",
            "python",
            "py",
            scripts,
            "SCRIPTS",
        ),
    ] {
        cases.push(Case {
            name: case.to_owned(),
            ignored: None,
            run: Box::new(move || same_names(&common::stems(dir, ext), &listed, list)),
        });
    }
    cases.push(Case {
        name: "python_is_new_enough".to_owned(),
        ignored: None,
        run: Box::new(python_is_new_enough),
    });
    common::harness::run(cases)
}

/// Runs `command` and compares its standard output with `outputs/<output>`.
fn check_output(mut command: Command, output: &str) -> Outcome {
    let run = command
        .output()
        .map_err(|e| format!("cannot run {command:?}: {e}"))?;
    let status = if run.status.success() {
        0
    } else {
        run.status.code().unwrap_or(-1)
    };
    compare_output(
        &format!("{command:?}"),
        status,
        run.stdout,
        run.stderr,
        output,
    )
}

/// Whether each Python script gets an interpreter of its own
/// (`SURVEY_PYTHON_FRESH=1`) rather than a process forked from the server
/// that has already imported asyncio (see common/forkserver.py).
fn fresh_interpreters() -> bool {
    std::env::var_os("SURVEY_PYTHON_FRESH").is_some_and(|v| !v.is_empty() && v != "0")
}

/// What `what` printed, given its exit status, against `outputs/<output>`.
fn compare_output(
    what: &str,
    status: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    output: &str,
) -> Outcome {
    if status != 0 {
        return Err(format!(
            "{what} failed (exit status {status}):\n{}",
            String::from_utf8_lossy(&stderr)
        ));
    }
    let actual = String::from_utf8(stdout).map_err(|_| "it printed bytes that are not UTF-8")?;
    common::expect_file(&crate_dir().join("outputs").join(output), &actual)
}

fn same_names(found: &[String], listed: &[&str], list: &str) -> Outcome {
    let missing: Vec<&String> = found
        .iter()
        .filter(|f| !listed.contains(&f.as_str()))
        .collect();
    let extra: Vec<&&str> = listed
        .iter()
        .filter(|l| !found.iter().any(|f| f == *l))
        .collect();
    if missing.is_empty() && extra.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}: add {missing:?} to {list} and remove {extra:?}",
        PathBuf::from(file!()).display()
    ))
}

/// The interpreter `python3` names, found once. (Where `python3` is a
/// version manager's shim, such as pyenv's, starting it costs more CPU time
/// than most scripts here use: ~60 ms each.)
fn python3() -> Result<&'static Path, String> {
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let run = Command::new("python3")
                .args(["-c", "import sys; print(sys.executable)"])
                .output()
                .map_err(|e| {
                    format!("python3 is not on PATH ({e}); the counterparts need 3.11+")
                })?;
            let path = String::from_utf8_lossy(&run.stdout).trim().to_owned();
            if !run.status.success() || path.is_empty() {
                return Err("python3 cannot say where its interpreter is".to_owned());
            }
            Ok(PathBuf::from(path))
        })
        .as_deref()
        .map_err(Clone::clone)
}

fn python_is_new_enough() -> Outcome {
    let run = Command::new(python3()?)
        .args(["-c", "import sys; print(sys.version_info >= (3, 11))"])
        .output()
        .map_err(|e| format!("python3 is not on PATH ({e}); the counterparts need 3.11+"))?;
    match String::from_utf8_lossy(&run.stdout).trim() {
        "True" => Ok(()),
        _ => Err("the Python counterparts need python3 3.11 or newer".to_owned()),
    }
}

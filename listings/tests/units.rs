//! The listings' own tests, in one test binary.
//!
//! Each listing in `src/bin/` keeps its tests in `tests/units/<name>.rs`, a
//! `#[cfg(test)]` module of that listing. Here every listing is compiled as a
//! module, so `cargo test` runs all their tests in one process, several at a
//! time, instead of one binary after another: most of them wait on a clock, not
//! on the CPU. That is why the listings are `test = false` in Cargo.toml;
//! `cargo test -p listings --bin NAME` still runs one listing's tests on their
//! own, and `cargo xtask test NN` runs a part's.

mod common;

#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_00_ten_thousand_waits.rs"]
mod part_00_ten_thousand_waits;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_01_exercise.rs"]
mod part_01_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_01_nested_block_on.rs"]
mod part_01_nested_block_on;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_01_runtime_is_a_value.rs"]
mod part_01_runtime_is_a_value;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_01_tokio_main.rs"]
mod part_01_tokio_main;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_02_block_on.rs"]
mod part_02_block_on;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_02_exercise.rs"]
mod part_02_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_02_no_reactor.rs"]
mod part_02_no_reactor;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_02_run_until_complete.rs"]
mod part_02_run_until_complete;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_03_exercise.rs"]
mod part_03_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_03_fallible.rs"]
mod part_03_fallible;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_03_lazy.rs"]
mod part_03_lazy;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_03_resumed.rs"]
mod part_03_resumed;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_04_errors.rs"]
mod part_04_errors;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_04_exercise.rs"]
mod part_04_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_04_oneshot.rs"]
mod part_04_oneshot;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_04_shared.rs"]
mod part_04_shared;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_05_detached.rs"]
mod part_05_detached;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_05_exercise.rs"]
mod part_05_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_05_join_error.rs"]
mod part_05_join_error;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_05_tasks.rs"]
mod part_05_tasks;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_06_custom_awaitables.rs"]
mod part_06_custom_awaitables;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_06_exercise.rs"]
mod part_06_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_06_forgot_waker.rs"]
mod part_06_forgot_waker;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_07_async_context_managers.rs"]
mod part_07_async_context_managers;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_07_exercise.rs"]
mod part_07_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_07_mutex_guard.rs"]
mod part_07_mutex_guard;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_08_async_iterators.rs"]
mod part_08_async_iterators;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_08_exercise.rs"]
mod part_08_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_09_async_generators.rs"]
mod part_09_async_generators;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_09_exercise.rs"]
mod part_09_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_10_exercise.rs"]
mod part_10_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_10_tickers.rs"]
mod part_10_tickers;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_11_blocking_sleep.rs"]
mod part_11_blocking_sleep;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_11_exercise.rs"]
mod part_11_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_11_join_sleep.rs"]
mod part_11_join_sleep;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_12_blocking_http.rs"]
mod part_12_blocking_http;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_12_blocking_in_async.rs"]
mod part_12_blocking_in_async;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_12_errors.rs"]
mod part_12_errors;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_12_exercise.rs"]
mod part_12_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_12_join_http.rs"]
mod part_12_join_http;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_13_as_completed.rs"]
mod part_13_as_completed;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_13_bounded.rs"]
mod part_13_bounded;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_13_exercise.rs"]
mod part_13_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_14_async_from_sync.rs"]
mod part_14_async_from_sync;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_14_blocking_in_async.rs"]
mod part_14_blocking_in_async;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_14_exercise.rs"]
mod part_14_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_14_pool_size.rs"]
mod part_14_pool_size;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_14_spawn_blocking.rs"]
mod part_14_spawn_blocking;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_15_blocking_the_runtime.rs"]
mod part_15_blocking_the_runtime;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_15_cpu_bound.rs"]
mod part_15_cpu_bound;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_15_exercise.rs"]
mod part_15_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_16_exercise.rs"]
mod part_16_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_16_lock_held.rs"]
mod part_16_lock_held;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_16_queue.rs"]
mod part_16_queue;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_17_exercise.rs"]
mod part_17_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_17_mini_redis.rs"]
mod part_17_mini_redis;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_18_drop_order.rs"]
mod part_18_drop_order;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_18_exercise.rs"]
mod part_18_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_18_select_loss.rs"]
mod part_18_select_loss;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_18_spawn_blocking.rs"]
mod part_18_spawn_blocking;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_18_token.rs"]
mod part_18_token;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_19_deadline.rs"]
mod part_19_deadline;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_19_exercise.rs"]
mod part_19_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_19_half_write.rs"]
mod part_19_half_write;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_19_select_loop.rs"]
mod part_19_select_loop;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_19_timeout.rs"]
mod part_19_timeout;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_20_drop_set.rs"]
mod part_20_drop_set;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_20_exercise.rs"]
mod part_20_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_20_forgot_close.rs"]
mod part_20_forgot_close;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_20_in_task.rs"]
mod part_20_in_task;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_20_shutdown.rs"]
mod part_20_shutdown;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_20_task_group.rs"]
mod part_20_task_group;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_bounded.rs"]
mod part_21_bounded;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_broadcast.rs"]
mod part_21_broadcast;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_done.rs"]
mod part_21_done;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_event.rs"]
mod part_21_event;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_exercise.rs"]
mod part_21_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_gates.rs"]
mod part_21_gates;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_notify.rs"]
mod part_21_notify;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_rwlock.rs"]
mod part_21_rwlock;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_21_task_local.rs"]
mod part_21_task_local;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_daemon.rs"]
mod part_22_daemon;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_exercise.rs"]
mod part_22_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_scope.rs"]
mod part_22_scope;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_spawn_join.rs"]
mod part_22_spawn_join;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_thread_local.rs"]
mod part_22_thread_local;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_threads_vs_tasks.rs"]
mod part_22_threads_vs_tasks;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_timer.rs"]
mod part_22_timer;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_22_yield.rs"]
mod part_22_yield;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_async_mutex.rs"]
mod part_23_async_mutex;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_atomics.rs"]
mod part_23_atomics;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_check_then_act.rs"]
mod part_23_check_then_act;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_exercise.rs"]
mod part_23_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_lock_order.rs"]
mod part_23_lock_order;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_pi.rs"]
mod part_23_pi;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_relock.rs"]
mod part_23_relock;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_23_rwlock.rs"]
mod part_23_rwlock;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_24_actor.rs"]
mod part_24_actor;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_24_children.rs"]
mod part_24_children;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_24_exercise.rs"]
mod part_24_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_24_output.rs"]
mod part_24_output;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_24_pipes.rs"]
mod part_24_pipes;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_24_pool.rs"]
mod part_24_pool;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_broadcast.rs"]
mod part_25_broadcast;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_download.rs"]
mod part_25_download;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_exercise.rs"]
mod part_25_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_frames.rs"]
mod part_25_frames;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_limits.rs"]
mod part_25_limits;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_tls_echo.rs"]
mod part_25_tls_echo;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_tls_refused.rs"]
mod part_25_tls_refused;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_udp_echo.rs"]
mod part_25_udp_echo;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_udp_pitfalls.rs"]
mod part_25_udp_pitfalls;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_websocket_dropped.rs"]
mod part_25_websocket_dropped;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_25_websocket_echo.rs"]
mod part_25_websocket_echo;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_26_blocking_pool.rs"]
mod part_26_blocking_pool;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_26_exercise.rs"]
mod part_26_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_26_frozen_loop.rs"]
mod part_26_frozen_loop;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_26_fs_ways.rs"]
mod part_26_fs_ways;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_26_gui_loop.rs"]
mod part_26_gui_loop;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_27_exercise.rs"]
mod part_27_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_27_flavours.rs"]
mod part_27_flavours;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_27_smol.rs"]
mod part_27_smol;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_28_cancel.rs"]
mod part_28_cancel;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_28_deadlock.rs"]
mod part_28_deadlock;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_28_enter.rs"]
mod part_28_enter;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_28_exercise.rs"]
mod part_28_exercise;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_28_metrics.rs"]
mod part_28_metrics;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_28_protocol.rs"]
mod part_28_protocol;
#[allow(dead_code)] // its `main`, and what only `main` uses
#[path = "../src/bin/part_28_spans.rs"]
mod part_28_spans;

#[test]
fn every_listing_is_a_module_here() {
    let modules = [
        "part_00_ten_thousand_waits",
        "part_01_exercise",
        "part_01_nested_block_on",
        "part_01_runtime_is_a_value",
        "part_01_tokio_main",
        "part_02_block_on",
        "part_02_exercise",
        "part_02_no_reactor",
        "part_02_run_until_complete",
        "part_03_exercise",
        "part_03_fallible",
        "part_03_lazy",
        "part_03_resumed",
        "part_04_errors",
        "part_04_exercise",
        "part_04_oneshot",
        "part_04_shared",
        "part_05_detached",
        "part_05_exercise",
        "part_05_join_error",
        "part_05_tasks",
        "part_06_custom_awaitables",
        "part_06_exercise",
        "part_06_forgot_waker",
        "part_07_async_context_managers",
        "part_07_exercise",
        "part_07_mutex_guard",
        "part_08_async_iterators",
        "part_08_exercise",
        "part_09_async_generators",
        "part_09_exercise",
        "part_10_exercise",
        "part_10_tickers",
        "part_11_blocking_sleep",
        "part_11_exercise",
        "part_11_join_sleep",
        "part_12_blocking_http",
        "part_12_blocking_in_async",
        "part_12_errors",
        "part_12_exercise",
        "part_12_join_http",
        "part_13_as_completed",
        "part_13_bounded",
        "part_13_exercise",
        "part_14_async_from_sync",
        "part_14_blocking_in_async",
        "part_14_exercise",
        "part_14_pool_size",
        "part_14_spawn_blocking",
        "part_15_blocking_the_runtime",
        "part_15_cpu_bound",
        "part_15_exercise",
        "part_16_exercise",
        "part_16_lock_held",
        "part_16_queue",
        "part_17_exercise",
        "part_17_mini_redis",
        "part_18_drop_order",
        "part_18_exercise",
        "part_18_select_loss",
        "part_18_spawn_blocking",
        "part_18_token",
        "part_19_deadline",
        "part_19_exercise",
        "part_19_half_write",
        "part_19_select_loop",
        "part_19_timeout",
        "part_20_drop_set",
        "part_20_exercise",
        "part_20_forgot_close",
        "part_20_in_task",
        "part_20_shutdown",
        "part_20_task_group",
        "part_21_bounded",
        "part_21_broadcast",
        "part_21_done",
        "part_21_event",
        "part_21_exercise",
        "part_21_gates",
        "part_21_notify",
        "part_21_rwlock",
        "part_21_task_local",
        "part_22_daemon",
        "part_22_exercise",
        "part_22_scope",
        "part_22_spawn_join",
        "part_22_thread_local",
        "part_22_threads_vs_tasks",
        "part_22_timer",
        "part_22_yield",
        "part_23_async_mutex",
        "part_23_atomics",
        "part_23_check_then_act",
        "part_23_exercise",
        "part_23_lock_order",
        "part_23_pi",
        "part_23_relock",
        "part_23_rwlock",
        "part_24_actor",
        "part_24_children",
        "part_24_exercise",
        "part_24_output",
        "part_24_pipes",
        "part_24_pool",
        "part_25_broadcast",
        "part_25_download",
        "part_25_exercise",
        "part_25_frames",
        "part_25_limits",
        "part_25_tls_echo",
        "part_25_tls_refused",
        "part_25_udp_echo",
        "part_25_udp_pitfalls",
        "part_25_websocket_dropped",
        "part_25_websocket_echo",
        "part_26_blocking_pool",
        "part_26_exercise",
        "part_26_frozen_loop",
        "part_26_fs_ways",
        "part_26_gui_loop",
        "part_27_exercise",
        "part_27_flavours",
        "part_27_smol",
        "part_28_cancel",
        "part_28_deadlock",
        "part_28_enter",
        "part_28_exercise",
        "part_28_metrics",
        "part_28_protocol",
        "part_28_spans",
    ];
    assert_eq!(
        common::stems("src/bin", "rs"),
        modules,
        "add each new listing of src/bin/ as a module of {} (and as a \
         `[[bin]]` with `test = false` in Cargo.toml)",
        file!()
    );
    for tests in common::stems("tests/units", "rs") {
        let listing = format!("{}/src/bin/{tests}.rs", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&listing).unwrap_or_default();
        assert!(
            source.contains(&format!(
                "#[cfg(test)]\n#[path = \"../../tests/units/{tests}.rs\"]\nmod tests;"
            )),
            "tests/units/{tests}.rs is compiled only as a module of src/bin/{tests}.rs: end \
             that listing with `#[cfg(test)] #[path = \"../../tests/units/{tests}.rs\"] mod tests;`"
        );
    }
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml"))
        .expect("listings/Cargo.toml");
    for name in modules {
        assert!(
            manifest.contains(&format!("[[bin]]\nname = \"{name}\"\ntest = false\n")),
            "listings/Cargo.toml: declare {name} as a `[[bin]]` with `test = false`, or \
             `cargo test` runs its tests twice (here and in a binary of its own)"
        );
    }
}

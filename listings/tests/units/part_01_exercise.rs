//! The tests of `listings/src/bin/part_01_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn a_plain_std_thread_has_no_runtime_but_ours_has() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let _guard = runtime.enter();
    let plain = std::thread::spawn(|| Handle::try_current().is_ok())
        .join()
        .unwrap();
    let ours = spawn_with_runtime(|| Handle::try_current().is_ok())
        .join()
        .unwrap();
    assert!(!plain);
    assert!(ours);
}

#[test]
fn the_thread_gets_the_callers_runtime_not_just_any() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let expected = runtime.handle().id();
    let _guard = runtime.enter();
    let seen = spawn_with_runtime(|| Handle::current().id())
        .join()
        .unwrap();
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn tasks_spawned_there_run_on_the_runtime() {
    let task = spawn_with_runtime(|| tokio::spawn(async { 6 * 7 }))
        .join()
        .unwrap();
    assert_eq!(task.await.unwrap(), 42);
}

#[test]
#[should_panic(expected = "no reactor running")]
fn the_caller_needs_a_runtime() {
    let _ = spawn_with_runtime(|| ());
}

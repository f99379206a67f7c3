//! The tests of `listings/src/bin/part_22_spawn_join.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn join_hands_back_the_name_and_the_result() {
    let handle = count_letters("counter", vec!["ab", "cde"]);
    assert_eq!(handle.join().unwrap(), ("counter".to_owned(), 5));
}

#[test]
fn the_two_counters_run_at_the_same_time() {
    // Each thread is started before either is joined: both are alive at once.
    let first = count_letters("one", vec!["x"]);
    let second = count_letters("two", vec!["yy"]);
    assert_ne!(first.thread().id(), second.thread().id());
    assert_eq!(second.join().unwrap().1, 2);
    assert_eq!(first.join().unwrap().1, 1);
}

#[test]
fn a_panic_stays_in_its_thread_and_join_returns_it() {
    let failing = thread::spawn(|| -> u32 { panic!("no answer today") });
    let panic = failing.join().unwrap_err();
    assert_eq!(panic.downcast_ref::<&str>(), Some(&"no answer today"));
    // This thread goes on.
}

#[test]
fn main_is_the_name_of_the_main_thread() {
    // The test harness runs each test on a thread named after the test, so
    // ask the program itself.
    let program = listings::program(
        "part_22_spawn_join",
        option_env!("CARGO_BIN_EXE_part_22_spawn_join"),
    );
    let out = std::process::Command::new(program).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("main runs on a thread named Some(\"main\")"),
        "{stdout}"
    );
    // The panic message, on stderr, names the thread (unnamed here) and
    // gives its id: "thread '<unnamed>' (6870) panicked at ...".
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .find(|l| l.contains("panicked at"))
        .unwrap_or("");
    assert!(line.starts_with("thread '<unnamed>' ("), "{stderr}");
    assert!(stderr.contains("no answer today"), "{stderr}");
}

//! The tests of `listings/src/bin/part_26_blocking_pool.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

fn run(many: usize, limit: usize) -> Seen {
    let files = Files::new(many).unwrap();
    let started = Arc::new(AtomicUsize::new(0));
    let runtime = counting_runtime(limit, &started).unwrap();
    runtime
        .block_on(tour(&files, many, limit, &started))
        .unwrap()
}

#[test]
fn a_file_read_starts_a_pool_thread_and_the_pool_keeps_to_its_limit() {
    let seen = run(100, 4);
    assert_eq!(seen.before, 0, "no thread before any file call");
    assert_eq!(seen.after_one, 1, "one read, one pool thread");
    assert!(seen.after_many <= 4, "{seen:?}");
    assert!(!seen.answered_while_busy, "a read needs a free pool thread");
    assert_eq!(seen.read_after, "file 1\n".len());
}

#[test]
fn many_reads_at_once_use_more_than_one_pool_thread() {
    // 300 reads pushed in one go: the pool starts a thread for each job that
    // finds no idle thread, long before the first thread is up and idle.
    let seen = run(300, 8);
    assert!(seen.after_many > 1 && seen.after_many <= 8, "{seen:?}");
}

#[test]
fn the_files_are_removed_afterwards() {
    let files = Files::new(3).unwrap();
    let dir = files.dir.clone();
    assert!(dir.join("2.txt").is_file());
    drop(files);
    assert!(!dir.exists());
}

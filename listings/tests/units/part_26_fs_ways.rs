//! The tests of `listings/src/bin/part_26_fs_ways.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn every_way_reads_the_same_bytes_and_the_batch_makes_one_trip() {
    let files = Files::new(50, 10).unwrap();
    let runtime = Builder::new_current_thread().build().unwrap();
    let here = thread::current().id();
    assert_eq!(runtime.block_on(tokio_fs_each(&files.paths)).unwrap(), 500);
    assert_eq!(
        runtime
            .block_on(tokio_fs_all_at_once(&files.paths))
            .unwrap(),
        500
    );
    let (batched, pool) = runtime.block_on(one_spawn_blocking(&files.paths)).unwrap();
    assert_eq!(batched, 500);
    assert_eq!(
        pool.len(),
        1,
        "one blocking job: every read on one pool thread"
    );
    assert!(!pool.contains(&here), "and not on the thread of block_on");
    let (direct, threads) = runtime.block_on(std_fs_in_task(&files.paths)).unwrap();
    assert_eq!(direct, 500);
    assert_eq!(
        threads,
        HashSet::from([here]),
        "std::fs in the task: block_on's thread"
    );
}

#[test]
fn a_missing_file_is_an_error_every_way() {
    let files = Files::new(2, 1).unwrap();
    let mut paths = files.paths.clone();
    paths.push(files.dir.join("missing.txt"));
    let runtime = Builder::new_current_thread().build().unwrap();
    assert!(runtime.block_on(tokio_fs_each(&paths)).is_err());
    assert!(runtime.block_on(tokio_fs_all_at_once(&paths)).is_err());
    assert!(runtime.block_on(one_spawn_blocking(&paths)).is_err());
    assert!(runtime.block_on(std_fs_in_task(&paths)).is_err());
}

#[test]
fn one_batch_is_faster_than_a_trip_per_file() {
    // The runs take turns and each way keeps its shortest, so load elsewhere
    // on the machine hits both alike. Only the order is asserted: the
    // benchmark (listings/bench/part_26_fs.sh) found a factor of 5 to 8.
    let files = Files::new(200, 64).unwrap();
    let runtime = Builder::new_current_thread().build().unwrap();
    let (mut each, mut batched) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        let start = Instant::now();
        runtime.block_on(tokio_fs_each(&files.paths)).unwrap();
        each = each.min(start.elapsed());
        let start = Instant::now();
        runtime.block_on(one_spawn_blocking(&files.paths)).unwrap();
        batched = batched.min(start.elapsed());
    }
    assert!(
        batched < each,
        "one batch {batched:?}, a trip per file {each:?}"
    );
}

use super::*;

const SMALL: Workload = Workload {
    pairs: 4,
    hops: 50,
    work: 3,
};

#[test]
fn every_setup_plays_every_hop_and_gets_the_same_checksum() {
    let reports: Vec<Report> = SETUPS.iter().map(|&(s, _)| run(s, SMALL)).collect();
    for report in &reports {
        assert_eq!(report.hops, u64::from(SMALL.pairs * SMALL.hops));
        assert_eq!(report.checksum, reports[0].checksum);
    }
}

#[test]
fn current_thread_and_local_set_run_players_on_the_calling_thread() {
    // The test harness names its threads after the test.
    let here = thread_name();
    for setup in [Setup::CurrentThread, Setup::LocalSet] {
        let report = run(setup, SMALL);
        assert_eq!(report.threads, BTreeSet::from([here.clone()]), "{setup:?}");
    }
}

#[test]
fn multi_thread_runs_players_on_its_workers_only() {
    let report = run(Setup::MultiThread, Workload { pairs: 50, ..SMALL });
    assert_eq!(
        report.threads,
        BTreeSet::from(["tokio-rt-worker".to_string()])
    );
}

#[test]
fn the_last_hop_ends_both_players() {
    // One pair, one hop: the serve is the last hop; the receiver of it stops,
    // and the server's recv then says None. Nothing hangs.
    let report = run(
        Setup::CurrentThread,
        Workload {
            pairs: 1,
            hops: 1,
            work: 0,
        },
    );
    assert_eq!(report.hops, 1);
}

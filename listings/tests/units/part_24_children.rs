//! The tests of `listings/src/bin/part_24_children.rs`: what its chapter
//! claims. On the real clock: the children are real processes.

use super::*;
use std::io::Read;
use std::os::unix::process::ExitStatusExt;

/// Long enough for anything that works, on a machine as busy as you like.
const WORKS_WITHIN: Duration = Duration::from_secs(60);

#[tokio::test]
async fn a_child_on_time_keeps_its_status() {
    let ended = run_with_deadline("sh", &["-c", "exit 4"], WORKS_WITHIN)
        .await
        .unwrap();
    assert_eq!(ended.expect("on time").code(), Some(4));
}

#[tokio::test]
async fn a_late_child_is_killed_by_sigkill_and_reaped() {
    let ended = run_with_deadline("sleep", &["30"], Duration::from_millis(100))
        .await
        .unwrap();
    let status = ended.expect_err("sleep 30 is late");
    assert_eq!(status.signal(), Some(9)); // SIGKILL
    assert_eq!(status.code(), None); // killed: no exit code
}

#[tokio::test]
async fn dropping_a_child_kills_it_only_with_kill_on_drop() {
    assert_eq!(
        drop_the_handle(true).await.unwrap(),
        "gone: its stdout closed"
    );
    let kept = drop_the_handle(false).await.unwrap();
    assert!(kept.starts_with("still running"), "{kept}");
}

#[tokio::test]
async fn the_first_to_exit_wins_and_the_losers_are_killed() {
    // Each loser's stdout is the write end of one pipe of ours. The pipe
    // ends (read_to_end returns) only when both losers are gone, and a
    // `sleep 30` that nobody killed would hold it for 30 s.
    let (mut losers_out, write_end) = std::io::pipe().unwrap();
    let mut slow = Command::new("sleep");
    slow.arg("30").stdout(write_end.try_clone().unwrap());
    let mut slower = Command::new("sleep");
    slower.arg("60").stdout(write_end); // our last copy goes with it
    let racers = vec![("slow", slow), ("quick", sh("exit 7")), ("slower", slower)];
    let (name, status) = first_of(racers).await.unwrap();
    assert_eq!((name, status.code()), ("quick", Some(7)));
    let closed = tokio::task::spawn_blocking(move || losers_out.read_to_end(&mut Vec::new()));
    timeout(WORKS_WITHIN, closed)
        .await
        .expect("both losers were killed, so the pipe closed")
        .unwrap()
        .unwrap();
}

#[tokio::test]
async fn killing_a_shell_spares_its_children_unless_it_execs() {
    let spared = kill_a_shell("sleep 3 & echo started; wait").await.unwrap();
    assert!(spared.contains("still open"), "{spared}");
    let gone = kill_a_shell("echo started; exec sleep 3").await.unwrap();
    assert!(gone.contains("closed"), "{gone}");
}

//! The tests of `listings/src/bin/part_21_task_local.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[tokio::test]
async fn a_task_local_reaches_awaited_code_but_not_spawned_tasks() {
    let found = REQUEST.scope(7, handle()).await;
    assert_eq!(found, [Some(7), Some(7), None, Some(7)]);
    assert_eq!(log("outside"), None);
}

// Two scopes at once on one thread: each task keeps its own value, even
// though they interleave at every await.
#[tokio::test]
async fn interleaved_scopes_keep_their_own_values() {
    let one = REQUEST.scope(1, async {
        tokio::task::yield_now().await;
        REQUEST.get()
    });
    let two = REQUEST.scope(2, async {
        tokio::task::yield_now().await;
        REQUEST.get()
    });
    assert_eq!(tokio::join!(one, two), (1, 2));
}

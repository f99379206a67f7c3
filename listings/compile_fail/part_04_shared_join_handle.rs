// Part 04 pitfall: sharing a future whose output cannot be cloned. A task's
// output is Result<T, JoinError>, and JoinError (which may hold a panic) is
// not Clone.
use futures::future::{FutureExt, Shared};
use tokio::task::JoinHandle;

fn share(task: JoinHandle<u32>) -> Shared<JoinHandle<u32>> {
    task.shared()
}

fn main() {}

//! Part 02 pitfall: an executor is not a runtime. `futures::executor::block_on`
//! can poll any future, but tokio's timers and sockets also need tokio's
//! reactor, which only a tokio runtime provides.
//!
//! Run it: cargo run -p listings --bin part_02_no_reactor
//! (stderr also shows the panic report; stdout shows the message below.)

use std::panic::{self, AssertUnwindSafe};
use std::time::Duration;

fn main() {
    // ANCHOR: pitfall
    let attempt = panic::catch_unwind(AssertUnwindSafe(|| {
        futures::executor::block_on(async {
            tokio::time::sleep(Duration::from_millis(100)).await;
        })
    }));
    // ANCHOR_END: pitfall
    let payload = attempt.expect_err("tokio's sleep needs tokio's runtime");
    let message = listings::panic_message(&*payload);
    println!("tokio::time::sleep panicked:\n{message}");
}

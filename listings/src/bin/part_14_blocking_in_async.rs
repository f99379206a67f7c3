//! Part 14 pitfall: `reqwest::blocking` inside async code. The blocking
//! client runs its own runtime and waits for it. In debug builds it checks
//! first that it is not inside async code, and panics; release builds skip
//! the check and block the thread.
//!
//! Run it: cargo run -p listings --bin part_14_blocking_in_async
//! (stderr also shows the panic report; stdout shows the message below.)

use std::panic::{self, AssertUnwindSafe};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let server = listings::server::start().await?;
    let url = server.count_url(0.0);
    // ANCHOR: pitfall
    // Inside async code, on a thread the runtime drives:
    let attempt = panic::catch_unwind(AssertUnwindSafe(|| {
        let answer = reqwest::blocking::get(&url)?;
        answer.json::<u64>()
    }));
    // ANCHOR_END: pitfall
    match attempt {
        Ok(result) => println!("no panic: {result:?}"),
        Err(payload) => {
            let message = listings::panic_message(&*payload);
            println!("reqwest::blocking::get panicked:\n{message}");
        }
    }
    Ok(())
}

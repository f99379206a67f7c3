//! Part 01 pitfall: blocking on a future from inside async code. Tokio refuses
//! with a panic instead of letting the runtime's thread stall.
//!
//! Run it: cargo run -p listings --bin part_01_nested_block_on
//! (stderr also shows the panic report; stdout shows the message below.)

use std::panic::{self, AssertUnwindSafe};
use tokio::runtime::Runtime;

fn main() -> std::io::Result<()> {
    let outer = Runtime::new()?;
    let inner = Runtime::new()?;
    // ANCHOR: nested
    let attempt = outer.block_on(async {
        // Inside async code, on a thread the outer runtime is driving:
        panic::catch_unwind(AssertUnwindSafe(|| inner.block_on(async { 1 + 1 })))
    });
    // ANCHOR_END: nested
    let payload = attempt.expect_err("tokio refuses to nest block_on");
    let message = listings::panic_message(&*payload);
    println!("the inner block_on panicked:\n{message}");
    Ok(())
}

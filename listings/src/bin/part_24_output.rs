//! Part 24: run a program and wait for it, two ways. `output` captures the
//! child's stdout and stderr; `status` lets the child write straight to ours
//! and gives back only how it ended. A program that cannot start is an
//! `io::Error` from the spawn, not an exit status.
//!
//! Run it: cargo run -p listings --bin part_24_output

use std::io;
use std::process::{ExitStatus, Output, Stdio};
use tokio::process::Command;

// ANCHOR: output
/// A child that writes to both streams and fails with exit code 3.
const NOISY: &str = "echo 'to stdout'; echo 'to stderr' >&2; exit 3";

async fn captured() -> io::Result<Output> {
    let out = Command::new("sh").args(["-c", NOISY]).output().await?;
    println!("output(): {}", out.status); // how it ended
    println!(
        "  code {:?}, success {}",
        out.status.code(),
        out.status.success()
    );
    println!("  stdout {:?}", String::from_utf8_lossy(&out.stdout));
    println!("  stderr {:?}", String::from_utf8_lossy(&out.stderr));
    Ok(out)
}
// ANCHOR_END: output

// ANCHOR: status
async fn inherited() -> io::Result<ExitStatus> {
    // The child's stdout is ours: its line lands between our two lines.
    println!("status(): before");
    let status = Command::new("echo")
        .arg("  (the child writes this line itself)")
        .stdin(Stdio::null()) // tokio's default is to inherit ours
        .status()
        .await?;
    println!("status(): {status}");
    Ok(status)
}
// ANCHOR_END: status

// ANCHOR: not_found
async fn not_found() -> Option<io::ErrorKind> {
    match Command::new("no-such-program").output().await {
        Ok(out) => {
            println!("it ran?! {}", out.status);
            None
        }
        Err(e) => {
            println!("no-such-program: {:?}: {e}", e.kind());
            Some(e.kind())
        }
    }
}
// ANCHOR_END: not_found

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    captured().await?;
    inherited().await?;
    not_found().await;
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_24_output.rs"]
mod tests;

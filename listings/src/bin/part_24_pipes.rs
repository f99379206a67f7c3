//! Part 24: talking to a child over both of its pipes. `cat` sends back
//! whatever it reads. Writing all the input first and reading the answer
//! afterwards works for a small input and hangs for a big one: both pipes
//! fill up, `cat` waits for us to read, and we wait for `cat` to read. A
//! timeout shows the hang; writing and reading at the same time fixes it.
//!
//! Run it: cargo run -p listings --bin part_24_pipes

use std::io;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::{Child, Command};
use tokio::time::timeout;

// ANCHOR: spawn
/// `cat` with both pipes ours. `kill_on_drop`: if we give up on it (a
/// timeout drops the future that owns it), the child dies with the handle.
fn spawn_cat() -> io::Result<Child> {
    Command::new("cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
}
// ANCHOR_END: spawn

// ANCHOR: one_after_the_other
/// Writes all of `input`, closes stdin, and only then reads the answer.
async fn write_then_read(input: &[u8]) -> io::Result<Vec<u8>> {
    let mut child = spawn_cat()?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    stdin.write_all(input).await?; // waits while the stdin pipe is full
    drop(stdin); // end of input: cat finishes
    let mut echoed = Vec::new();
    stdout.read_to_end(&mut echoed).await?;
    child.wait().await?;
    Ok(echoed)
}
// ANCHOR_END: one_after_the_other

// ANCHOR: both_at_once
/// Writes `input` and reads the answer at the same time.
async fn write_and_read(input: &[u8]) -> io::Result<Vec<u8>> {
    let mut child = spawn_cat()?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let writing = async {
        stdin.write_all(input).await?;
        drop(stdin); // end of input, as soon as it is all written
        io::Result::Ok(())
    };
    let mut echoed = Vec::new();
    let reading = stdout.read_to_end(&mut echoed);
    tokio::try_join!(writing, reading)?; // one task, two futures, both polled
    child.wait().await?;
    Ok(echoed)
}
// ANCHOR_END: both_at_once

// ANCHOR: main
/// More than both pipes and `cat`'s buffer can hold (Linux's pipes hold
/// 64 KiB by default, 1 MiB at most).
const BIG: usize = 4 * 1024 * 1024;
/// Less than one pipe holds.
const SMALL: usize = 1024;
/// How long we give a run before we call it stuck. Generous: a run that
/// works takes milliseconds, and a stuck one never ends.
const PATIENCE: Duration = Duration::from_secs(2);

async fn report(
    way: &str,
    size: usize,
    run: impl std::future::Future<Output = io::Result<Vec<u8>>>,
) {
    match timeout(PATIENCE, run).await {
        Ok(Ok(echoed)) => println!("{way:<16} {size:>7} bytes: got {} back", echoed.len()),
        Ok(Err(e)) => println!("{way:<16} {size:>7} bytes: failed: {e}"),
        Err(_) => println!("{way:<16} {size:>7} bytes: stuck after {PATIENCE:?}"),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let small = vec![b'x'; SMALL];
    let big = vec![b'x'; BIG];
    report("write, then read", SMALL, write_then_read(&small)).await;
    report("write, then read", BIG, write_then_read(&big)).await;
    report("both at once", BIG, write_and_read(&big)).await;
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_24_pipes.rs"]
mod tests;

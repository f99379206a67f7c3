//! Part 24: children that must not outlive their welcome. A child under a
//! timeout, killed when it is late; what dropping a `Child` does with and
//! without `kill_on_drop`; and a race of three children, where the first to
//! finish wins and the others are killed.
//!
//! Everything here runs on the real clock (a child is a real process), and
//! prints no times: only what happened.
//!
//! Run it: cargo run -p listings --bin part_24_children

use futures::stream::{FuturesUnordered, StreamExt};
use std::io;
use std::process::{ExitStatus, Stdio};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
use tokio::process::Command;
use tokio::time::timeout;

// ANCHOR: deadline
/// Runs `program args` for at most `limit`. A child that is late is killed
/// (SIGKILL on Unix) and reaped: `kill` waits until it is gone.
async fn run_with_deadline(
    program: &str,
    args: &[&str],
    limit: Duration,
) -> io::Result<Result<ExitStatus, ExitStatus>> {
    let mut child = Command::new(program).args(args).spawn()?;
    match timeout(limit, child.wait()).await {
        Ok(status) => Ok(Ok(status?)), // on time
        Err(_) => {
            child.kill().await?; // SIGKILL, then wait
            Ok(Err(child.wait().await?)) // how it ended: killed
        }
    }
}
// ANCHOR_END: deadline

// ANCHOR: dropped
/// Spawns `sleep 30` with its stdout piped to us, drops the `Child`, and
/// watches the pipe: it closes only when the child is gone.
async fn drop_the_handle(kill_on_drop: bool) -> io::Result<&'static str> {
    let mut child = Command::new("sleep")
        .arg("30")
        .stdout(Stdio::piped())
        .kill_on_drop(kill_on_drop)
        .spawn()?;
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let pid = child.id().expect("not reaped yet");
    drop(child); // the handle only: is the process still there?
    let mut rest = Vec::new();
    match timeout(Duration::from_secs(1), stdout.read_to_end(&mut rest)).await {
        Ok(_) => Ok("gone: its stdout closed"),
        Err(_) => {
            // Still running, and no handle left to kill it with: only its pid.
            Command::new("kill").arg(pid.to_string()).status().await?;
            Ok("still running 1 s later (we killed it by its pid)")
        }
    }
}
// ANCHOR_END: dropped

// ANCHOR: shell
/// Starts `sh -c script`, waits for the script to print its first line,
/// kills the shell, then watches its stdout for 1 s: the pipe closes only
/// when every process that holds it is gone.
async fn kill_a_shell(script: &str) -> io::Result<&'static str> {
    let mut child = sh(script)
        .stdout(Stdio::piped())
        .stderr(Stdio::null()) // so that a survivor holds no pipe of our caller's
        .spawn()?;
    let mut stdout = BufReader::new(child.stdout.take().expect("stdout is piped"));
    stdout.read_line(&mut String::new()).await?; // "started"
    child.kill().await?; // SIGKILL to sh, and sh is reaped
    let mut rest = Vec::new();
    match timeout(Duration::from_secs(1), stdout.read_to_end(&mut rest)).await {
        Ok(_) => Ok("the pipe closed: nothing is left"),
        Err(_) => Ok("the pipe is still open: sh's child `sleep` holds it"),
    }
}
// ANCHOR_END: shell

// ANCHOR: first_of
/// Starts every `(name, command)` and returns the name and status of the
/// first to exit. The others are killed: their `Child` handles live in the
/// futures of `racing`, and dropping `racing` drops them.
async fn first_of(racers: Vec<(&'static str, Command)>) -> io::Result<(&'static str, ExitStatus)> {
    let mut racing = FuturesUnordered::new();
    for (name, mut command) in racers {
        let mut child = command.kill_on_drop(true).spawn()?;
        racing.push(async move { (name, child.wait().await) });
    }
    let (name, status) = racing.next().await.expect("at least one racer");
    drop(racing); // the losers' handles, and so the losers
    Ok((name, status?))
}

/// `sh -c script`.
fn sh(script: &str) -> Command {
    let mut command = Command::new("sh");
    command.args(["-c", script]);
    command
}
// ANCHOR_END: first_of

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let limit = Duration::from_secs(5); // `sleep 0.1` is well within it
    match run_with_deadline("sleep", &["0.1"], limit).await? {
        Ok(status) => println!("sleep 0.1, 5 s limit: on time, {status}"),
        Err(status) => println!("sleep 0.1, 5 s limit: killed, {status}"),
    }
    let limit = Duration::from_millis(300);
    match run_with_deadline("sleep", &["30"], limit).await? {
        Ok(status) => println!("sleep 30, 300 ms limit: on time, {status}"),
        Err(status) => println!("sleep 30, 300 ms limit: killed, {status}"),
    }

    println!(
        "drop, kill_on_drop(false): {}",
        drop_the_handle(false).await?
    );
    println!(
        "drop, kill_on_drop(true):  {}",
        drop_the_handle(true).await?
    );

    let racers = vec![
        ("slow", sh("exec sleep 30")),
        ("quick", sh("exit 7")),
        ("slower", sh("exec sleep 60")),
    ];
    let (name, status) = first_of(racers).await?;
    println!("first of three: {name}, {status}; the other two are killed");

    for script in ["sleep 3 & echo started; wait", "echo started; exec sleep 3"] {
        println!("kill sh -c {script:?}: {}", kill_a_shell(script).await?);
    }
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_24_children.rs"]
mod tests;

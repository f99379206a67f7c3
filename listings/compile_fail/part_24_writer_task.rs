// The pipe deadlock "fixed" with a task of its own for the writing: the task
// would borrow `input`, and a spawned task must own what it uses.
use std::io;
use std::process::Stdio;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::Command;

async fn write_in_a_task(input: &[u8]) -> io::Result<Vec<u8>> {
    let mut child = Command::new("cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let writer = tokio::spawn(async move { stdin.write_all(input).await });
    let mut echoed = Vec::new();
    stdout.read_to_end(&mut echoed).await?;
    writer.await??;
    child.wait().await?;
    Ok(echoed)
}

#[tokio::main]
async fn main() {
    let echoed = write_in_a_task(&[b'x'; 4 << 20]).await.unwrap();
    println!("{} bytes back", echoed.len());
}

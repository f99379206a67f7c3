//! Part 27: the same small program on a second runtime, smol; what works on
//! any executor; and what breaks when a tokio type finds no tokio runtime.
//!
//! Run it: cargo run -p listings --bin part_27_smol
//! (stderr also shows the panic reports; stdout shows the messages.)

use std::panic::{self, AssertUnwindSafe};
use std::time::{Duration, Instant};

use futures::{SinkExt, StreamExt};
use smol::io::{AsyncReadExt, AsyncWriteExt};
use smol::net::{TcpListener, TcpStream};
use smol::{Executor, Timer};

// ANCHOR: echo
/// One TCP echo round trip on smol: a server task on an `Executor`, a
/// client, then a 100 ms timer. Answers what came back.
async fn echo_on_smol(ex: &Executor<'_>) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let server = ex.spawn(async move {
        let (mut stream, _) = listener.accept().await?;
        let mut buf = [0; 64];
        let n = stream.read(&mut buf).await?;
        stream.write_all(&buf[..n]).await?;
        Ok::<_, std::io::Error>(()) // drops the stream: the client sees EOF
    });
    let mut client = TcpStream::connect(address).await?;
    client.write_all(b"hello from smol").await?;
    let mut reply = String::new();
    client.read_to_string(&mut reply).await?;
    server.await?;
    Timer::after(Duration::from_millis(100)).await;
    Ok(reply)
}
// ANCHOR_END: echo

// ANCHOR: portable
/// Nothing but `futures` in here: a channel from `futures::channel` and
/// `join!`. It needs no reactor, so any executor can run it.
async fn sum_over_a_channel() -> u32 {
    let (mut tx, mut rx) = futures::channel::mpsc::channel(2);
    let produce = async move {
        for i in 1..=4 {
            tx.send(i).await.unwrap(); // waits while the channel is full
        }
    };
    let consume = async {
        let mut sum = 0;
        while let Some(i) = rx.next().await {
            sum += i;
        }
        sum
    };
    futures::join!(produce, consume).1
}
// ANCHOR_END: portable

/// Runs `f`, which must panic, and answers the panic's message.
fn panic_of(f: impl FnOnce()) -> String {
    let payload = panic::catch_unwind(AssertUnwindSafe(f)).expect_err("it should panic");
    listings::panic_message(&*payload).to_string()
}

// ANCHOR: bridge
/// Tokio's sockets and timers inside smol's `block_on`, made to work: a
/// tokio runtime runs elsewhere (its worker thread drives its reactor), and
/// `enter` makes it the current one on this thread, so tokio types find it.
fn tokio_types_inside_smol() -> std::io::Result<String> {
    let tokio_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()?;
    let _entered = tokio_rt.enter(); // until the end of this function
    smol::block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let address = listener.local_addr()?;
        let client = tokio::net::TcpStream::connect(address).await?;
        let (_server_side, _) = listener.accept().await?;
        tokio::time::sleep(Duration::from_millis(100)).await;
        Ok(format!("connected: {}", client.peer_addr()? == address))
    })
}
// ANCHOR_END: bridge

fn main() -> std::io::Result<()> {
    // ANCHOR: main_echo
    let ex = Executor::new();
    let start = Instant::now();
    let reply = smol::block_on(ex.run(echo_on_smol(&ex)))?;
    println!(
        "smol echo: {reply:?}, after the timer: {}",
        start.elapsed() >= Duration::from_millis(100)
    );
    // ANCHOR_END: main_echo

    // ANCHOR: main_portable
    let tokio_rt = tokio::runtime::Builder::new_current_thread().build()?;
    println!(
        "futures-only, on smol:    {}",
        smol::block_on(sum_over_a_channel())
    );
    println!(
        "futures-only, on tokio:   {}",
        tokio_rt.block_on(sum_over_a_channel())
    );
    println!(
        "futures-only, on futures: {}",
        futures::executor::block_on(sum_over_a_channel())
    );
    let (tx, rx) = smol::channel::bounded(1); // async-channel: no reactor either
    tokio_rt.spawn(async move { tx.send("sent by a tokio task").await });
    println!(
        "smol's channel, on tokio: {:?}",
        tokio_rt.block_on(rx.recv())
    );
    // ANCHOR_END: main_portable

    // ANCHOR: panics
    let address = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
    let connect = panic_of(|| {
        smol::block_on(async {
            let _ = tokio::net::TcpStream::connect(address).await;
        })
    });
    println!("tokio::net::TcpStream::connect inside smol panicked:\n  {connect}");
    let spawn = panic_of(|| {
        smol::block_on(async {
            tokio::spawn(async {});
        })
    });
    println!("tokio::spawn inside smol panicked:\n  {spawn}");
    // ANCHOR_END: panics

    // ANCHOR: io_disabled
    let no_io = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .build()?;
    let entered = no_io.enter(); // a runtime, but built without `enable_io`
    let disabled = panic_of(|| {
        smol::block_on(async {
            let _ = tokio::net::TcpStream::connect(address).await;
        })
    });
    drop(entered);
    println!("the same with a runtime built without enable_io:\n  {disabled}");
    // ANCHOR_END: io_disabled

    println!(
        "with a tokio runtime entered: {}",
        tokio_types_inside_smol()?
    );
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_27_smol.rs"]
mod tests;

//! Part 26: another event loop owns the main thread (the Tkinter case). A
//! synchronous loop on the main thread stands for a GUI's: it ticks, handles
//! clicks and never blocks. A tokio runtime runs on a side thread. Requests
//! go to it over a tokio channel (sending needs no runtime), replies come
//! back over a std channel that the loop polls with `try_recv` each tick.
//! Closing the window drops the request sender: the runtime finishes what it
//! was given, says so, and its thread is joined.
//!
//! Run it: cargo run -p listings --bin part_26_gui_loop
//! (Real threads and clock: the output shows the order of events, no times.)

// ANCHOR: side
use std::sync::mpsc::{self as std_mpsc, TryRecvError};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use tokio::runtime::Builder;
use tokio::sync::mpsc as tokio_mpsc;

/// One unit of the async side's work, and one tick of the GUI loop.
const UNIT: Duration = Duration::from_millis(100);
const TICK: Duration = Duration::from_millis(20);

/// A click's request: a name, and how many units of async work it takes.
struct Request {
    name: &'static str,
    units: u32,
}

/// What the async side tells the GUI.
enum Reply {
    Done(&'static str),
    Stopped,
}

/// The async side: serves requests one after another until every sender is
/// gone, then says so. (The exercise serves them at the same time.)
async fn serve(
    mut requests: tokio_mpsc::UnboundedReceiver<Request>,
    replies: std_mpsc::Sender<Reply>,
) {
    while let Some(request) = requests.recv().await {
        tokio::time::sleep(UNIT * request.units).await; // stands for HTTP, a database...
        let _ = replies.send(Reply::Done(request.name));
    }
    let _ = replies.send(Reply::Stopped);
}

/// Builds a runtime here (so an error shows up at once) and moves it to a
/// thread of its own, where it runs `serve` until `serve` returns.
fn start_async_side(
    requests: tokio_mpsc::UnboundedReceiver<Request>,
    replies: std_mpsc::Sender<Reply>,
) -> std::io::Result<JoinHandle<()>> {
    let runtime = Builder::new_current_thread().enable_time().build()?;
    thread::Builder::new()
        .name("tokio".to_owned())
        .spawn(move || runtime.block_on(serve(requests, replies)))
}
// ANCHOR_END: side

// ANCHOR: gui
/// The GUI: a loop that owns the main thread, as Tk's `mainloop` does. Each
/// tick it would redraw; here it counts ticks, clicks, and polls for replies
/// without blocking, as a callback scheduled with `after(20, ...)` would.
fn gui() -> std::io::Result<Vec<String>> {
    let mut log = Vec::new();
    let (requests, inbox) = tokio_mpsc::unbounded_channel();
    let (outbox, replies) = std_mpsc::channel();
    let side = start_async_side(inbox, outbox)?;
    let mut requests = Some(requests); // None once the window is closed
    let click = |requests: &tokio_mpsc::UnboundedSender<Request>, name, units| {
        let _ = requests.send(Request { name, units }); // sync code can send
        format!("click: {name} (async work: {units} x 100 ms)")
    };

    log.push(click(requests.as_ref().unwrap(), "a", 3));
    log.push(click(requests.as_ref().unwrap(), "b", 1));
    let (mut ticks, mut done) = (0, 0);
    loop {
        thread::sleep(TICK); // redraw, handle input...
        ticks += 1;
        match replies.try_recv() {
            Ok(Reply::Done(name)) => {
                done += 1;
                log.push(format!("{name} done"));
            }
            Ok(Reply::Stopped) => log.push("async side: no more requests, serve returns".into()),
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => break, // the side thread is ending
        }
        if done == 2 && requests.is_some() {
            let last = requests.take().unwrap();
            log.push(click(&last, "c", 2));
            drop(last); // closing the window: no more requests
            log.push("window closed: the request sender is dropped".into());
        }
    }
    side.join().expect("the async side does not panic");
    // 600 ms of work, a tick every 20 ms: about 30 ticks;
    // more than 5 even on a busy machine.
    log.push(format!(
        "the loop ticked more than 5 times meanwhile: {}",
        ticks > 5
    ));
    log.push("reply channel closed, the runtime's thread joined: bye".into());
    Ok(log)
}
// ANCHOR_END: gui

fn main() -> std::io::Result<()> {
    for line in gui()? {
        println!("{line}");
    }
    Ok(())
}

#[cfg(test)]
#[path = "../../tests/units/part_26_gui_loop.rs"]
mod tests;

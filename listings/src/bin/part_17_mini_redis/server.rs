//! The server: the accept loop, the connection limit, and the shutdown,
//! which gives the open connections a grace period and then cuts the rest.

use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::{mpsc, watch, Semaphore};
use tokio::task::JoinSet;

use super::connection::handle_connection;
use super::log::Log;
use super::store::Store;

// ANCHOR: config
/// How the server runs.
pub struct Config {
    /// Connections served at once; one more gets an error reply and a close.
    pub max_connections: usize,
    /// How long a shutdown waits for the open connections to finish.
    pub grace: Duration,
    pub log: Log,
}
// ANCHOR_END: config

// ANCHOR: accept
/// Serves clients until the first stop request (Ctrl-C, in `main`), then
/// shuts down: see the end of this function. Once `stop_requests` is closed,
/// no request can come: the server runs until it is killed.
pub async fn serve(
    listener: TcpListener,
    config: Config,
    mut stop_requests: mpsc::UnboundedReceiver<()>,
) {
    let store = Arc::new(Store::default());
    let log = config.log;
    let limit = Arc::new(Semaphore::new(config.max_connections));
    let (stop, stopped) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut next_id = 0u64;
    loop {
        let (mut socket, peer) = tokio::select! {
            Some(()) = stop_requests.recv() => break,
            // Collect finished connections, so the set holds only live ones.
            Some(_) = connections.join_next() => continue,
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Typically "too many open files": wait for connections
                    // to close rather than spin on accept.
                    log.line(|| format!("accept failed: {e}"));
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        next_id += 1;
        let id = next_id;
        let Ok(permit) = limit.clone().try_acquire_owned() else {
            // Over the limit: say so and close, rather than leave the client
            // waiting. The socket is new and its send buffer empty, so this
            // non-blocking write goes through; we do not know the client's
            // protocol yet, and a RESP error reads fine in `nc` too.
            log.line(|| format!("#{id} refused {peer}: too many connections"));
            let _ = socket.try_write(b"-ERR max number of clients reached\r\n");
            continue;
        };
        // Send each write at once. Nagle's algorithm would hold a small
        // reply back until the client acknowledges the previous one, and the
        // client delays its acknowledgements: a pipelining client stalls.
        let _ = socket.set_nodelay(true);
        log.line(|| format!("#{id} connected from {peer}"));
        let (store, log, stopped) = (store.clone(), log.clone(), stopped.clone());
        connections.spawn(async move {
            let result = handle_connection(&mut socket, &store, &log, id, stopped).await;
            drop(permit); // a new client may take our place now
            match result {
                Ok(()) => log.line(|| format!("#{id} disconnected")),
                Err(e) => log.line(|| format!("#{id} disconnected: {e}")),
            }
        });
    }
    // ANCHOR_END: accept

    // ANCHOR: shutdown
    // Stop accepting: new clients are refused from now on.
    drop(listener);
    // Each open connection holds a permit (freed before it logs its
    // disconnect), so the permits in use count the open connections.
    let open = config.max_connections - limit.available_permits();
    let grace = config.grace;
    log.line(|| format!("shutting down, open connections: {open}, grace period: {grace:?}"));
    // Stop reading: each connection sees the flag before its next read, and
    // closes once it has written the replies it owes.
    let _ = stop.send(true);
    let cut_short = tokio::select! {
        () = async { while connections.join_next().await.is_some() {} } => None,
        () = tokio::time::sleep(grace) => Some("grace period over"),
        Some(()) = stop_requests.recv() => Some("second stop request"),
    };
    if let Some(reason) = cut_short {
        // Cut the rest: each task is dropped where it waits (typically in a
        // write to a client that stopped reading), and its socket with it.
        connections.abort_all();
        let mut cut = 0;
        while let Some(joined) = connections.join_next().await {
            cut += usize::from(joined.is_err_and(|e| e.is_cancelled()));
        }
        log.line(|| format!("{reason}, connections cut: {cut}"));
    }
    log.line(|| "stopped".into());
    // ANCHOR_END: shutdown
}

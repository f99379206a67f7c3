//! Where the server's log lines go: nowhere, stdout, or a channel (which the
//! demo and the tests read).

use std::io::Write as _;

use tokio::sync::mpsc;

// ANCHOR: log
/// Where log lines go. Writing to stdout is a blocking call on the worker
/// thread, once per request and reply: right for watching an `nc` session,
/// far too slow for a benchmark, hence `--quiet`. Tests and the demo collect
/// the lines from a channel instead.
#[derive(Clone)]
pub enum Log {
    Quiet,
    Stdout,
    Lines(mpsc::UnboundedSender<String>),
}

impl Log {
    /// Logs one line; `line` is only called (formatted) when someone listens.
    pub fn line(&self, line: impl FnOnce() -> String) {
        match self {
            Log::Quiet => {}
            Log::Stdout => {
                let _ = writeln!(std::io::stdout().lock(), "{}", line());
            }
            Log::Lines(sender) => {
                let _ = sender.send(line());
            }
        }
    }
}
// ANCHOR_END: log

/// Bytes made printable for a log line or an error: escaped, and cut short.
pub fn shorten(bytes: &[u8]) -> String {
    const SHOWN: usize = 40;
    if bytes.len() <= SHOWN {
        bytes.escape_ascii().to_string()
    } else {
        let head = bytes[..SHOWN].escape_ascii();
        format!("{head}... ({} bytes)", bytes.len())
    }
}

//! The Rust side of `forkserver.py`: one Python process for the whole run,
//! which forks a process for each script (see that file for why, and for
//! what the script's process has and does not have).

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::{Arc, Mutex, OnceLock};

/// The running server: where requests go, and who waits for which reply.
struct Server {
    requests: Mutex<ChildStdin>,
    waiting: Arc<Mutex<HashMap<u64, Sender<i32>>>>,
}

fn server(python: &Path) -> Result<&'static Server, String> {
    static SERVER: OnceLock<Result<Server, String>> = OnceLock::new();
    SERVER
        .get_or_init(|| start(python))
        .as_ref()
        .map_err(Clone::clone)
}

fn start(python: &Path) -> Result<Server, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/common/forkserver.py");
    let mut child = Command::new(python)
        .arg(&script)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", script.display()))?;
    let requests = child.stdin.take().expect("piped");
    let replies = BufReader::new(child.stdout.take().expect("piped"));
    let waiting: Arc<Mutex<HashMap<u64, Sender<i32>>>> = Arc::default();
    let waiters = Arc::clone(&waiting);
    std::thread::spawn(move || {
        for line in replies.lines() {
            let Ok(line) = line else { break };
            let parsed = line
                .split_once('\t')
                .and_then(|(id, status)| Some((id.parse().ok()?, status.parse().ok()?)));
            let Some((id, status)) = parsed else {
                eprintln!("forkserver: a reply that is not `id<TAB>status`: {line:?}");
                continue;
            };
            if let Some(waiter) = waiters.lock().unwrap().remove(&id) {
                let _ = waiter.send(status);
            }
        }
        // The server is gone: every script still waiting hears so (its
        // sender is dropped), instead of waiting for ever.
        waiters.lock().unwrap().clear();
        let _ = child.wait();
    });
    Ok(Server {
        requests: Mutex::new(requests),
        waiting,
    })
}

/// Runs `script` in a process forked from the server: (exit status, what it
/// wrote to standard output, and to standard error).
pub fn run(python: &Path, script: &Path) -> Result<(i32, Vec<u8>, Vec<u8>), String> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let server = server(python)?;
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("python-runs");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let stem = script.file_stem().unwrap_or_default().to_string_lossy();
    let (out, err) = (
        dir.join(format!("{stem}.stdout")),
        dir.join(format!("{stem}.stderr")),
    );
    let (reply, status) = mpsc::channel();
    server.waiting.lock().unwrap().insert(id, reply);
    let request = format!(
        "{id}\t{}\t{}\t{}\n",
        script.display(),
        out.display(),
        err.display()
    );
    server
        .requests
        .lock()
        .unwrap()
        .write_all(request.as_bytes())
        .map_err(|e| format!("the Python fork server does not take requests: {e}"))?;
    let status = status
        .recv()
        .map_err(|_| "the Python fork server stopped before the script ended".to_owned())?;
    let read = |path: &Path| std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()));
    Ok((status, read(&out)?, read(&err)?))
}

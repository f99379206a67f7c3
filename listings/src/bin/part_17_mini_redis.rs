//! Part 17: a mini redis. One shared key-value store behind a TCP server that
//! speaks two protocols on one port: the original's line protocol (try it
//! with `nc`) and enough of RESP, Redis's own protocol, for `redis-cli` and
//! `redis-benchmark`.
//!
//! With no arguments it runs a scripted demo against itself and exits:
//!     cargo run -p listings --bin part_17_mini_redis
//! With `--serve` it serves on 127.0.0.1:1337 until Ctrl-C:
//!     cargo run -p listings --bin part_17_mini_redis -- --serve
//!         [--port N] [--quiet] [--max-connections N]

use std::collections::HashMap;
use std::future::Future;
use std::io::Write as _;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{mpsc, oneshot, watch, Semaphore};
use tokio::task::JoinSet;

// ANCHOR: parse
/// The longest request we accept, in bytes: a line, or a whole RESP array.
/// It bounds each connection's input buffer; longer requests get an error
/// and the connection is closed.
const MAX_REQUEST: usize = 64 * 1024;
/// RESP headers (`*3`, `$5`) are short; a longer one is garbage.
const MAX_HEADER: usize = 16;
/// At most this many words in a RESP array (our commands need three).
const MAX_ARGS: usize = 1024;
/// Room made in the input buffer before each read.
const READ_CHUNK: usize = 8 * 1024;
/// Replies are collected and written once per read; past this size they are
/// written early, so that the output buffer stays bounded too.
const MAX_OUTPUT: usize = 64 * 1024;

/// One complete request at the start of the input buffer. Its words borrow
/// from the buffer: parsing copies nothing.
#[derive(Debug, PartialEq)]
struct Frame<'a> {
    /// Sent as a RESP array (`*`), or as a line of text.
    array: bool,
    /// Command, key, value... (a line's value is the rest of the line).
    words: Vec<&'a [u8]>,
    /// How many bytes of input the request took.
    len: usize,
}

/// Input we cannot make sense of; the connection gets this reason and closes.
#[derive(Debug, PartialEq)]
struct ProtocolError(String);

/// Finds the request at the start of `input`: `Ok(None)` means "not all
/// there yet, read more".
fn parse_frame(input: &[u8]) -> Result<Option<Frame<'_>>, ProtocolError> {
    match input.first() {
        None => Ok(None),
        Some(b'*') => parse_array(input),
        Some(_) => parse_line(input),
    }
}

/// `PUT key value with spaces\n` (or `\r\n`): command, key, and the rest.
fn parse_line(input: &[u8]) -> Result<Option<Frame<'_>>, ProtocolError> {
    let Some((line, len)) = line_at(input, 0, MAX_REQUEST, "line")? else {
        return Ok(None);
    };
    let mut words = Vec::with_capacity(3);
    let mut rest = trim_start(line);
    while !rest.is_empty() {
        if words.len() == 2 {
            words.push(rest); // the value: everything after the key
            break;
        }
        let end = rest.iter().position(|&b| b == b' ').unwrap_or(rest.len());
        words.push(&rest[..end]);
        rest = trim_start(&rest[end..]);
    }
    Ok(Some(Frame {
        array: false,
        words,
        len,
    }))
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|&&b| b == b' ').count();
    &bytes[skip..]
}

/// `*2\r\n$3\r\nGET\r\n$1\r\na\r\n`: an array of bulk strings, each one
/// announced by its length. Every length is checked before it is trusted.
fn parse_array(input: &[u8]) -> Result<Option<Frame<'_>>, ProtocolError> {
    let Some((header, mut pos)) = line_at(input, 0, MAX_HEADER, "array header")? else {
        return Ok(None);
    };
    let count = number(&header[1..], "array length")?;
    if count == 0 || count > MAX_ARGS {
        return Err(ProtocolError(format!("invalid array length {count}")));
    }
    let mut words = Vec::with_capacity(count); // safe: count <= MAX_ARGS
    for _ in 0..count {
        let Some((header, start)) = line_at(input, pos, MAX_HEADER, "bulk header")? else {
            return Ok(None);
        };
        if header.first() != Some(&b'$') {
            return Err(ProtocolError(format!(
                "expected '$', got '{}'",
                header.escape_ascii()
            )));
        }
        let len = number(&header[1..], "bulk length")?;
        let end = start + len;
        if end + 2 > MAX_REQUEST {
            return Err(ProtocolError(format!(
                "request longer than {MAX_REQUEST} bytes"
            )));
        }
        if input.len() < end + 2 {
            return Ok(None);
        }
        if &input[end..end + 2] != b"\r\n" {
            return Err(ProtocolError("bulk string not followed by CRLF".into()));
        }
        words.push(&input[start..end]);
        pos = end + 2;
    }
    Ok(Some(Frame {
        array: true,
        words,
        len: pos,
    }))
}

/// The line starting at `input[start]`, without its `\n` or `\r\n`, and the
/// position after it. A line longer than `limit` bytes is an error, found as
/// soon as `limit` bytes have arrived: we never buffer more to look for `\n`.
fn line_at<'a>(
    input: &'a [u8],
    start: usize,
    limit: usize,
    what: &str,
) -> Result<Option<(&'a [u8], usize)>, ProtocolError> {
    let window = &input[start..input.len().min(start + limit)];
    match window.iter().position(|&b| b == b'\n') {
        Some(i) => {
            let line = &window[..i];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            Ok(Some((line, start + i + 1)))
        }
        None if window.len() == limit => {
            Err(ProtocolError(format!("{what} longer than {limit} bytes")))
        }
        None => Ok(None),
    }
}

/// A length in a RESP header: plain decimal digits, nothing else (no sign).
fn number(digits: &[u8], what: &str) -> Result<usize, ProtocolError> {
    let valid = !digits.is_empty() && digits.len() <= 9 && digits.iter().all(u8::is_ascii_digit);
    if !valid {
        return Err(ProtocolError(format!(
            "invalid {what} '{}'",
            digits.escape_ascii()
        )));
    }
    Ok(digits
        .iter()
        .fold(0, |n, &d| n * 10 + usize::from(d - b'0')))
}
// ANCHOR_END: parse

// ANCHOR: command
/// The shared store: one map behind one lock, for every connection.
type Store = Mutex<HashMap<Vec<u8>, Vec<u8>>>;

/// What a request asks for; `PUT` is also known by its Redis name, `SET`.
#[derive(Debug, PartialEq)]
enum Command<'a> {
    Get(&'a [u8]),
    Put(&'a [u8], &'a [u8]),
    Del(&'a [u8]),
    Ping,
    Quit,
}

/// The answer, before it is written in the connection's protocol.
#[derive(Debug, PartialEq)]
enum Reply {
    Ok,
    Value(Vec<u8>),
    NoValue,
    Deleted(bool),
    Pong,
    Error(String),
}

impl<'a> Command<'a> {
    /// Reads the words of a request. Command names ignore case.
    fn from_words(words: &[&'a [u8]]) -> Result<Self, String> {
        let Some(name) = words.first() else {
            return Err("empty command".into());
        };
        let is = |expected: &str| name.eq_ignore_ascii_case(expected.as_bytes());
        match words[1..] {
            [key] if is("GET") => Ok(Command::Get(key)),
            [key, value] if is("PUT") || is("SET") => Ok(Command::Put(key, value)),
            [key] if is("DEL") => Ok(Command::Del(key)),
            [] if is("PING") => Ok(Command::Ping),
            [] if is("QUIT") => Ok(Command::Quit),
            _ if is("GET") || is("DEL") => Err(format!("{} takes one key", name.escape_ascii())),
            _ if is("PUT") || is("SET") => {
                Err(format!("{} takes a key and a value", name.escape_ascii()))
            }
            _ if is("PING") || is("QUIT") => {
                Err(format!("{} takes no arguments", name.escape_ascii()))
            }
            _ => Err(format!("unknown command '{}'", shorten(name))),
        }
    }

    /// Runs the command. The lock is held only for one map operation and
    /// never across an `.await`, so a std `Mutex` is the right lock here.
    fn execute(self, store: &Store) -> Reply {
        let mut map = store.lock().expect("no code panics holding the lock");
        match self {
            Command::Get(key) => match map.get(key) {
                Some(value) => Reply::Value(value.clone()),
                None => Reply::NoValue,
            },
            Command::Put(key, value) => {
                map.insert(key.to_vec(), value.to_vec());
                Reply::Ok
            }
            Command::Del(key) => Reply::Deleted(map.remove(key).is_some()),
            Command::Ping => Reply::Pong,
            Command::Quit => Reply::Ok,
        }
    }
}
// ANCHOR_END: command

// ANCHOR: reply
/// Which protocol a connection speaks. Its first request decides: a RESP
/// array, or a bare `PING` (Redis's "inline" form, which `redis-benchmark`
/// sends), means RESP; anything else means the original's line protocol.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Dialect {
    Line,
    Resp,
}

impl Dialect {
    fn of_first(frame: &Frame) -> Dialect {
        let ping = frame.words.len() == 1 && frame.words[0].eq_ignore_ascii_case(b"PING");
        if frame.array || ping {
            Dialect::Resp
        } else {
            Dialect::Line
        }
    }
}

impl Reply {
    /// Appends the reply to `out`, in the connection's protocol.
    fn write_to(&self, dialect: Dialect, out: &mut Vec<u8>) {
        match (dialect, self) {
            (Dialect::Line, Reply::Ok | Reply::Deleted(_)) => out.extend_from_slice(b"OK\n"),
            (Dialect::Line, Reply::Value(value)) => {
                out.extend_from_slice(b"OK ");
                out.extend_from_slice(value);
                out.push(b'\n');
            }
            (Dialect::Line, Reply::NoValue) => out.extend_from_slice(b"NONE\n"),
            (Dialect::Line, Reply::Pong) => out.extend_from_slice(b"PONG\n"),
            (Dialect::Line, Reply::Error(reason)) => {
                let _ = writeln!(out, "ERROR {reason}");
            }
            (Dialect::Resp, Reply::Ok) => out.extend_from_slice(b"+OK\r\n"),
            (Dialect::Resp, Reply::Value(value)) => {
                let _ = write!(out, "${}\r\n", value.len());
                out.extend_from_slice(value);
                out.extend_from_slice(b"\r\n");
            }
            (Dialect::Resp, Reply::NoValue) => out.extend_from_slice(b"$-1\r\n"),
            (Dialect::Resp, Reply::Deleted(true)) => out.extend_from_slice(b":1\r\n"),
            (Dialect::Resp, Reply::Deleted(false)) => out.extend_from_slice(b":0\r\n"),
            (Dialect::Resp, Reply::Pong) => out.extend_from_slice(b"+PONG\r\n"),
            (Dialect::Resp, Reply::Error(reason)) => {
                let _ = write!(out, "-ERR {reason}\r\n");
            }
        }
    }

    /// The reply as the log shows it (long values are cut short).
    fn describe(&self) -> String {
        match self {
            Reply::Ok | Reply::Deleted(_) => "OK".into(),
            Reply::Value(value) => format!("OK {}", shorten(value)),
            Reply::NoValue => "NONE".into(),
            Reply::Pong => "PONG".into(),
            Reply::Error(reason) => format!("ERROR {reason}"),
        }
    }
}

/// Bytes made printable for a log line or an error: escaped, and cut short.
fn shorten(bytes: &[u8]) -> String {
    const SHOWN: usize = 40;
    if bytes.len() <= SHOWN {
        bytes.escape_ascii().to_string()
    } else {
        let head = bytes[..SHOWN].escape_ascii();
        format!("{head}... ({} bytes)", bytes.len())
    }
}
// ANCHOR_END: reply

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
    fn line(&self, line: impl FnOnce() -> String) {
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

// ANCHOR: connection
/// Serves one client until it leaves (EOF or QUIT), sends a request we cannot
/// parse, or the server shuts down.
async fn handle_connection(
    socket: &mut TcpStream,
    store: &Store,
    log: &Log,
    id: u64,
    mut shutdown: watch::Receiver<bool>,
) -> std::io::Result<()> {
    // Both buffers live as long as the connection and are reused for every
    // request: once they have grown to fit, they are never reallocated.
    let mut input = Vec::with_capacity(READ_CHUNK);
    let mut output = Vec::with_capacity(READ_CHUNK);
    let mut dialect = None;
    loop {
        input.reserve(READ_CHUNK);
        let read = tokio::select! {
            // `biased`: once shutdown is signalled, read no new requests.
            biased;
            _ = shutdown.wait_for(|&stop| stop) => None,
            read = socket.read_buf(&mut input) => Some(read?),
        };
        let Some(read) = read else {
            return close(socket).await; // shutdown: no replies owed
        };
        if read == 0 {
            // EOF: the client has finished sending. Its replies were all
            // written after their read, so we are done. (An unfinished
            // request at the end is dropped.)
            return Ok(());
        }

        // Answer every complete request this read brought in, into one
        // output buffer, then write it with one call: a client that sends
        // 16 requests at once (pipelining) gets 16 replies in one packet.
        let mut used = 0;
        let mut closing = false;
        while !closing {
            let frame = match parse_frame(&input[used..]) {
                Ok(Some(frame)) => frame,
                Ok(None) => break, // the rest is an unfinished request
                Err(ProtocolError(reason)) => {
                    let dialect = dialect.unwrap_or(match input[used] {
                        b'*' => Dialect::Resp,
                        _ => Dialect::Line,
                    });
                    let reply = Reply::Error(format!("Protocol error: {reason}"));
                    log.line(|| format!("#{id} -> {}", reply.describe()));
                    reply.write_to(dialect, &mut output);
                    closing = true;
                    break;
                }
            };
            used += frame.len;
            let dialect = *dialect.get_or_insert_with(|| Dialect::of_first(&frame));
            log.line(|| {
                let words: Vec<String> = frame.words.iter().map(|w| shorten(w)).collect();
                format!("#{id} <- {}", words.join(" "))
            });
            let reply = match Command::from_words(&frame.words) {
                Ok(Command::Quit) => {
                    closing = true;
                    Reply::Ok
                }
                Ok(command) => command.execute(store),
                Err(reason) => Reply::Error(reason),
            };
            log.line(|| format!("#{id} -> {}", reply.describe()));
            reply.write_to(dialect, &mut output);
            if output.len() >= MAX_OUTPUT {
                socket.write_all(&output).await?;
                output.clear();
            }
        }
        // Keep the unfinished request (if any) for the next read.
        input.drain(..used);
        socket.write_all(&output).await?;
        output.clear();
        if closing {
            return close(socket).await;
        }
    }
}

/// How long `close` waits for the client to stop sending.
const LINGER: Duration = Duration::from_secs(2);

/// Closes our side without losing the replies just written. If a socket is
/// closed while unread requests sit in its receive buffer, Linux answers
/// with a reset (RST) and throws away the replies it has not sent yet. So:
/// send FIN after the replies, then read and discard whatever the client
/// still sends until it closes too (for at most `LINGER`).
async fn close(socket: &mut TcpStream) -> std::io::Result<()> {
    socket.shutdown().await?;
    let mut sink = [0; 4096];
    let drain = async { while let Ok(1..) = socket.read(&mut sink).await {} };
    let _ = tokio::time::timeout(LINGER, drain).await;
    Ok(())
}
// ANCHOR_END: connection

// ANCHOR: serve
/// How the server runs.
pub struct Config {
    /// Connections served at once; one more gets an error reply and a close.
    pub max_connections: usize,
    pub log: Log,
}

/// Accepts clients until `shutdown` completes, then stops reading requests,
/// lets every connection finish the replies it owes, and returns once all
/// are closed.
pub async fn serve(listener: TcpListener, config: Config, shutdown: impl Future<Output = ()>) {
    let store = Arc::new(Store::default());
    let log = config.log;
    let limit = Arc::new(Semaphore::new(config.max_connections));
    let (stop, stopped) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut next_id = 0u64;
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (mut socket, peer) = tokio::select! {
            _ = &mut shutdown => break,
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
    // Each open connection holds a permit (freed before it logs its
    // disconnect), so the permits in use count the open connections.
    let open = config.max_connections - limit.available_permits();
    log.line(|| format!("shutting down, open connections: {open}"));
    let _ = stop.send(true);
    while connections.join_next().await.is_some() {}
    log.line(|| "stopped".into());
}
// ANCHOR_END: serve

// ANCHOR: main
const USAGE: &str = "usage: part_17_mini_redis                  (a scripted demo)
       part_17_mini_redis --serve [--port N] [--quiet] [--max-connections N]";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        return match demo().await {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("demo failed: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let options = match Options::parse(&args) {
        Ok(options) => options,
        Err(problem) => {
            eprintln!("error: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match TcpListener::bind(("127.0.0.1", options.port)).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {e}", options.port);
            return ExitCode::FAILURE;
        }
    };
    if let Ok(address) = listener.local_addr() {
        // Scripts wait for this line to learn the port (`--port 0`).
        println!("listening on {address}");
    }
    let config = Config {
        max_connections: options.max_connections,
        log: if options.quiet {
            Log::Quiet
        } else {
            Log::Stdout
        },
    };
    serve(listener, config, ctrl_c()).await;
    ExitCode::SUCCESS
}

/// Completes on Ctrl-C. If the handler cannot be installed, the server
/// runs until killed instead of stopping at once.
async fn ctrl_c() {
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("cannot listen for Ctrl-C ({e}); stop the server with kill");
        std::future::pending::<()>().await;
    }
}
// ANCHOR_END: main

/// The command line of `--serve` mode.
#[derive(Debug, PartialEq)]
struct Options {
    port: u16,
    quiet: bool,
    max_connections: usize,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options {
            port: 1337,
            quiet: false,
            // Redis's default too. Each connection is a file descriptor:
            // `ulimit -n` must allow this many for the limit to matter.
            max_connections: 10_000,
        };
        let mut args = args.iter();
        let mut serve = false;
        while let Some(arg) = args.next() {
            let mut value = |name: &str| match args.next() {
                Some(value) => Ok(value.clone()),
                None => Err(format!("{name} needs a value")),
            };
            match arg.as_str() {
                "--serve" => serve = true,
                "--quiet" => options.quiet = true,
                "--port" => {
                    let port = value("--port")?;
                    options.port = port
                        .parse()
                        .map_err(|_| format!("--port: '{port}' is not a port number"))?;
                }
                "--max-connections" => {
                    let max = value("--max-connections")?;
                    options.max_connections = match max.parse() {
                        Ok(n) if n > 0 => n,
                        _ => return Err(format!("--max-connections: '{max}' is not a count")),
                    };
                }
                other => return Err(format!("unknown argument '{other}'")),
            }
        }
        if !serve {
            return Err("options given without --serve".into());
        }
        Ok(options)
    }
}

/// A small client for the demo and the tests: sends raw bytes, reads one
/// reply at a time. Its two halves can also be used from two tasks.
struct Client {
    replies: Replies,
    requests: OwnedWriteHalf,
}

/// The reading half of a `Client`.
struct Replies(BufReader<OwnedReadHalf>);

impl Client {
    async fn connect(address: SocketAddr) -> std::io::Result<Client> {
        Ok(Client::new(TcpStream::connect(address).await?))
    }

    fn new(stream: TcpStream) -> Client {
        let (reader, writer) = stream.into_split();
        Client {
            replies: Replies(BufReader::new(reader)),
            requests: writer,
        }
    }

    async fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.requests.write_all(bytes).await
    }

    async fn line(&mut self) -> std::io::Result<Option<String>> {
        self.replies.line().await
    }

    async fn resp(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        self.replies.resp().await
    }
}

impl Replies {
    /// One line-protocol reply, without its `\n`; `None` at EOF.
    async fn line(&mut self) -> std::io::Result<Option<String>> {
        let mut line = Vec::new();
        if self.0.read_until(b'\n', &mut line).await? == 0 {
            return Ok(None);
        }
        let line = line.strip_suffix(b"\n").unwrap_or(&line);
        Ok(Some(String::from_utf8_lossy(line).into_owned()))
    }

    /// One RESP reply, as the raw bytes sent; `None` at EOF.
    async fn resp(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        let mut reply = Vec::new();
        if self.0.read_until(b'\n', &mut reply).await? == 0 {
            return Ok(None);
        }
        // A bulk string, `$5\r\nhello\r\n`, goes on past its first line.
        let bulk_len = reply.strip_prefix(b"$").and_then(|len| {
            std::str::from_utf8(len)
                .ok()?
                .trim_end()
                .parse::<usize>()
                .ok()
        });
        if let Some(len) = bulk_len {
            let start = reply.len();
            reply.resize(start + len + 2, 0);
            self.0.read_exact(&mut reply[start..]).await?;
        }
        Ok(Some(reply))
    }
}

/// A request as RESP: an array of bulk strings.
fn resp_request(words: &[&[u8]]) -> Vec<u8> {
    let mut request = format!("*{}\r\n", words.len()).into_bytes();
    for word in words {
        request.extend_from_slice(format!("${}\r\n", word.len()).as_bytes());
        request.extend_from_slice(word);
        request.extend_from_slice(b"\r\n");
    }
    request
}

/// Starts the server on a free port, talks to it as `nc` and as `redis-cli`
/// would, stops it with the same shutdown path as Ctrl-C, and prints it all.
async fn demo() -> std::io::Result<()> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let address = listener.local_addr()?;
    let (log, mut log_lines) = mpsc::unbounded_channel();
    let (stop, stopped) = oneshot::channel::<()>();
    let config = Config {
        max_connections: 100,
        log: Log::Lines(log),
    };
    let server = tokio::spawn(serve(listener, config, async {
        let _ = stopped.await;
    }));

    println!("== the line protocol, as typed into `nc 127.0.0.1 1337` ==");
    let mut nc = Client::connect(address).await?;
    let nc_address = nc.requests.local_addr()?;
    for request in [
        "PUT greeting hello, world",
        "get greeting",
        "PUT lonely",
        "GET lonely",
        "FLY me to the moon",
        "DEL greeting",
        "GET greeting",
        "QUIT",
    ] {
        nc.send(format!("{request}\n").as_bytes()).await?;
        let reply = nc.line().await?.unwrap_or_default();
        println!("{request:<28}-> {reply}");
    }
    if nc.line().await?.is_none() {
        println!("(the server closed the connection)");
    }
    drop(nc);
    print_log_until_disconnect(&mut log_lines, nc_address).await;

    println!("\n== RESP, as `redis-cli` sends it ==");
    let mut cli = Client::connect(address).await?;
    let cli_address = cli.requests.local_addr()?;
    let requests: [&[&[u8]]; 5] = [
        &[b"PING"],
        &[b"SET", b"greeting", b"hello, world"],
        &[b"GET", b"greeting"],
        &[b"DEL", b"greeting"],
        &[b"GET", b"greeting"],
    ];
    for words in requests {
        let request = resp_request(words);
        cli.send(&request).await?;
        let reply = cli.resp().await?.unwrap_or_default();
        println!("{:<36}-> {}", crlf(&request), crlf(&reply));
    }
    // Garbage: an array with a negative length. Error, then close.
    cli.send(b"*-1\r\n").await?;
    let reply = cli.resp().await?.unwrap_or_default();
    println!("{:<36}-> {}", crlf(b"*-1\r\n"), crlf(&reply));
    if cli.resp().await?.is_none() {
        println!("(the server closed the connection)");
    }
    drop(cli);
    print_log_until_disconnect(&mut log_lines, cli_address).await;

    println!("\n== shutdown, as on Ctrl-C, with one client connected ==");
    let mut idle = Client::connect(address).await?;
    let idle_address = idle.requests.local_addr()?;
    idle.send(b"PING\n").await?;
    idle.resp().await?;
    let _ = stop.send(());
    if idle.resp().await?.is_none() {
        println!("(the server closed the idle connection)");
    }
    drop(idle);
    server.await?;
    while let Some(line) = log_lines.recv().await {
        println!(
            "log: {}",
            line.replace(&idle_address.to_string(), "127.0.0.1:PORT")
        );
    }
    Ok(())
}

/// Bytes as text, with CR and LF shown as `\r` and `\n`.
fn crlf(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .replace('\r', "\\r")
        .replace('\n', "\\n")
}

/// Prints the server's log lines up to this client's disconnect, with the
/// client's port (a different one each run) replaced by `PORT`.
async fn print_log_until_disconnect(
    lines: &mut mpsc::UnboundedReceiver<String>,
    client: SocketAddr,
) {
    while let Some(line) = lines.recv().await {
        let line = line.replace(&client.to_string(), "127.0.0.1:PORT");
        println!("log: {line}");
        if line.contains(" disconnected") {
            break;
        }
    }
}

#[cfg(test)]
#[path = "../../tests/units/part_17_mini_redis.rs"]
mod tests;

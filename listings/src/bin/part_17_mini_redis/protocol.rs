//! The wire formats: finding one request at the start of a connection's
//! input (a RESP array, or a line of text), and writing a reply in the
//! connection's dialect. Bytes in, bytes out; nothing here waits.

use std::io::Write as _;

use super::log::shorten;

// ANCHOR: parse
/// The longest request we accept, in bytes: a line, or a whole RESP array.
/// It bounds each connection's input buffer; longer requests get an error
/// and the connection is closed.
pub const MAX_REQUEST: usize = 64 * 1024;
/// RESP headers (`*3`, `$5`) are short; a longer one is garbage.
const MAX_HEADER: usize = 16;
/// At most this many words in a RESP array (our commands need three).
const MAX_ARGS: usize = 1024;

/// One complete request at the start of the input buffer. Its words borrow
/// from the buffer: parsing copies nothing.
#[derive(Debug, PartialEq)]
pub struct Frame<'a> {
    /// Sent as a RESP array (`*`), or as a line of text.
    pub array: bool,
    /// Command, key, value... (a line's value is the rest of the line).
    pub words: Vec<&'a [u8]>,
    /// How many bytes of input the request took.
    pub len: usize,
}

/// Input we cannot make sense of; the connection gets this reason and closes.
#[derive(Debug, PartialEq)]
pub struct ProtocolError(pub String);

/// Finds the request at the start of `input`: `Ok(None)` means "not all
/// there yet, read more".
pub fn parse_frame(input: &[u8]) -> Result<Option<Frame<'_>>, ProtocolError> {
    match input.first() {
        None => Ok(None),
        Some(b'*') => parse_array(input),
        Some(_) => parse_line(input),
    }
}

/// `PUT key value with spaces\n` (or `\r\n`): command, key, and the rest.
/// (Redis would split the whole line into words; keeping the rest of the
/// line as the value is this server's rule, the original's protocol.)
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

// ANCHOR: reply
/// Which protocol a connection speaks. Its first request decides: a RESP
/// array, or a bare `PING` (Redis's "inline" form, which `redis-benchmark`
/// sends), means RESP; anything else means the original's line protocol.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Dialect {
    Line,
    Resp,
}

impl Dialect {
    pub fn of_first(frame: &Frame) -> Dialect {
        let ping = frame.words.len() == 1 && frame.words[0].eq_ignore_ascii_case(b"PING");
        if frame.array || ping {
            Dialect::Resp
        } else {
            Dialect::Line
        }
    }
}

/// The answer to a request, before it is written in a dialect.
#[derive(Debug, PartialEq)]
pub enum Reply {
    Ok,
    Value(Vec<u8>),
    NoValue,
    Deleted(bool),
    Pong,
    Error(String),
}

impl Reply {
    /// Appends the reply to `out`, in the connection's protocol.
    pub fn write_to(&self, dialect: Dialect, out: &mut Vec<u8>) {
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
    pub fn describe(&self) -> String {
        match self {
            Reply::Ok | Reply::Deleted(_) => "OK".into(),
            Reply::Value(value) => format!("OK {}", shorten(value)),
            Reply::NoValue => "NONE".into(),
            Reply::Pong => "PONG".into(),
            Reply::Error(reason) => format!("ERROR {reason}"),
        }
    }
}
// ANCHOR_END: reply

//! A small client for the demo and the tests: sends raw bytes, reads one
//! reply at a time.

use std::net::SocketAddr;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::tcp::{OwnedReadHalf, OwnedWriteHalf};
use tokio::net::TcpStream;

/// A connection to the server. Its two halves can also be used from two
/// tasks.
pub struct Client {
    pub replies: Replies,
    pub requests: OwnedWriteHalf,
}

/// The reading half of a `Client`.
pub struct Replies(pub BufReader<OwnedReadHalf>);

impl Client {
    pub async fn connect(address: SocketAddr) -> std::io::Result<Client> {
        Ok(Client::new(TcpStream::connect(address).await?))
    }

    pub fn new(stream: TcpStream) -> Client {
        let (reader, writer) = stream.into_split();
        Client {
            replies: Replies(BufReader::new(reader)),
            requests: writer,
        }
    }

    pub async fn send(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        self.requests.write_all(bytes).await
    }

    pub async fn line(&mut self) -> std::io::Result<Option<String>> {
        self.replies.line().await
    }

    pub async fn resp(&mut self) -> std::io::Result<Option<Vec<u8>>> {
        self.replies.resp().await
    }
}

impl Replies {
    /// One line-protocol reply, without its `\n`; `None` at EOF.
    pub async fn line(&mut self) -> std::io::Result<Option<String>> {
        let mut line = Vec::new();
        if self.0.read_until(b'\n', &mut line).await? == 0 {
            return Ok(None);
        }
        let line = line.strip_suffix(b"\n").unwrap_or(&line);
        Ok(Some(String::from_utf8_lossy(line).into_owned()))
    }

    /// One RESP reply, as the raw bytes sent; `None` at EOF.
    pub async fn resp(&mut self) -> std::io::Result<Option<Vec<u8>>> {
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
pub fn resp_request(words: &[&[u8]]) -> Vec<u8> {
    let mut request = format!("*{}\r\n", words.len()).into_bytes();
    for word in words {
        request.extend_from_slice(format!("${}\r\n", word.len()).as_bytes());
        request.extend_from_slice(word);
        request.extend_from_slice(b"\r\n");
    }
    request
}

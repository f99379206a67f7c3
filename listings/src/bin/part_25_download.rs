//! Part 25: a streamed download. A local HTTP server sends 100 000 bytes in
//! chunks; the client writes each chunk to a file as it arrives
//! (`bytes_stream` into a `tokio::fs::File`), so it never holds the whole
//! body in memory, and prints its progress at each quarter.
//!
//! Run it: cargo run -p listings --bin part_25_download

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use futures::StreamExt;
use http_body_util::StreamBody;
use hyper::body::{Frame, Incoming};
use hyper::header::CONTENT_LENGTH;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::TokioIo;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpListener;

/// The size of the download, and of the chunks the server sends it in.
const SIZE: usize = 100_000;
const CHUNK: usize = 16 * 1024;

/// Byte `i` of the download: a pattern, so that a test can check every byte.
fn byte_at(i: usize) -> u8 {
    (i % 251) as u8
}

// ANCHOR: server
type Chunks =
    StreamBody<futures::stream::Iter<std::vec::IntoIter<Result<Frame<Bytes>, Infallible>>>>;

/// Answers any request with `SIZE` bytes, sent as a stream of chunks, and
/// says how many in `Content-Length` so that the client can show progress.
async fn respond(_request: Request<Incoming>) -> Result<Response<Chunks>, Infallible> {
    let body: Vec<u8> = (0..SIZE).map(byte_at).collect();
    let chunks: Vec<_> = body
        .chunks(CHUNK)
        .map(|chunk| Ok(Frame::data(Bytes::copy_from_slice(chunk))))
        .collect();
    let response = Response::builder()
        .header(CONTENT_LENGTH, SIZE)
        .body(StreamBody::new(futures::stream::iter(chunks)))
        .expect("a valid response");
    Ok(response)
}

/// Serves on a free loopback port from a task; returns its address.
async fn start_server() -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            tokio::spawn(
                http1::Builder::new().serve_connection(TokioIo::new(stream), service_fn(respond)),
            );
        }
    });
    Ok(addr)
}
// ANCHOR_END: server

// ANCHOR: download
/// Downloads `url` into the file at `path`, chunk by chunk, and calls
/// `progress` with 25, 50, 75 and 100 as each quarter is written.
/// Returns the number of bytes written.
async fn download(
    url: &str,
    path: &Path,
    mut progress: impl FnMut(u64),
) -> Result<u64, Box<dyn std::error::Error>> {
    let response = reqwest::get(url).await?.error_for_status()?;
    let total = response
        .content_length()
        .ok_or("the server sent no Content-Length")?;
    let mut file = tokio::fs::File::create(path).await?;
    let mut chunks = response.bytes_stream();
    let (mut written, mut quarters) = (0u64, 0u64);
    while let Some(chunk) = chunks.next().await {
        let chunk = chunk?; // a network error ends the download here
        file.write_all(&chunk).await?;
        written += chunk.len() as u64;
        // Report each quarter once, however the chunks fall.
        while quarters < 4 && written * 4 >= total * (quarters + 1) {
            quarters += 1;
            progress(quarters * 25);
        }
    }
    // tokio's File hands writes to a blocking thread: flush waits for the
    // last one, so the file is complete before we return.
    file.flush().await?;
    Ok(written)
}
// ANCHOR_END: download

/// A file name in the temporary directory that no other run uses.
fn temp_path(tag: &str) -> PathBuf {
    std::env::temp_dir().join(format!("part_25_download_{}_{tag}.bin", std::process::id()))
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addr = start_server().await?;
    let path = temp_path("main");
    let written = download(&format!("http://{addr}/file"), &path, |percent| {
        println!("{percent:>3}% written")
    })
    .await?;
    let on_disk = tokio::fs::read(&path).await?;
    tokio::fs::remove_file(&path).await?;
    let same = on_disk.iter().enumerate().all(|(i, &b)| b == byte_at(i));
    println!(
        "wrote {written} bytes; the file holds {}, every one as sent: {same}",
        on_disk.len()
    );
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_download.rs"]
mod tests;

//! Part 25: a TLS echo server and client over a local TCP socket. The
//! certificate is made in this process (rcgen), and the client trusts that
//! one certificate and nothing else: no files, no system trust store.
//! A `Tap` under the client's TLS stream notes which way bytes go, so the
//! program can show how many flights the handshake takes.
//!
//! Run it: cargo run -p listings --bin part_25_tls_echo

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName};
use rustls::{ClientConfig, RootCertStore, ServerConfig};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::io::{BufReader, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::{TlsAcceptor, TlsConnector};

// ANCHOR: identity
/// A server's certificate and its private key, both in DER (binary) form.
struct Identity {
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
}

/// Makes a fresh key pair and a self-signed certificate for `name`, in memory.
fn make_identity(name: &str) -> Identity {
    let made = rcgen::generate_simple_self_signed(vec![name.to_string()])
        .expect("rcgen can sign with ring");
    Identity {
        cert: made.cert.der().clone(),
        key: PrivatePkcs8KeyDer::from(made.signing_key.serialize_der()).into(),
    }
}
// ANCHOR_END: identity

// ANCHOR: configs
/// ring does the cryptography (see the root Cargo.toml for why not aws-lc-rs).
fn ring() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn server_config(identity: Identity) -> Arc<ServerConfig> {
    let config = ServerConfig::builder_with_provider(ring())
        .with_safe_default_protocol_versions()
        .expect("ring offers TLS 1.3")
        .with_no_client_auth()
        .with_single_cert(vec![identity.cert], identity.key)
        .expect("the key belongs to the certificate");
    Arc::new(config)
}

/// A client that trusts exactly one certificate: `trusted`.
fn client_config(trusted: &CertificateDer<'static>) -> Arc<ClientConfig> {
    let mut roots = RootCertStore::empty();
    roots
        .add(trusted.clone())
        .expect("a well-formed certificate");
    let config = ClientConfig::builder_with_provider(ring())
        .with_safe_default_protocol_versions()
        .expect("ring offers TLS 1.3")
        .with_root_certificates(roots)
        .with_no_client_auth();
    Arc::new(config)
}
// ANCHOR_END: configs

// ANCHOR: echo
/// Sends every line back until the peer closes. It knows nothing of TLS:
/// any stream that reads and writes bytes will do.
async fn echo<S: AsyncRead + AsyncWrite + Unpin>(stream: S) -> io::Result<usize> {
    let mut stream = BufReader::new(stream); // BufReader passes writes through
    let mut line = String::new();
    let mut lines = 0;
    while stream.read_line(&mut line).await? > 0 {
        stream.write_all(line.as_bytes()).await?;
        line.clear();
        lines += 1;
    }
    stream.shutdown().await?; // over TLS: sends close_notify, then closes
    Ok(lines)
}
// ANCHOR_END: echo

// ANCHOR: server
/// Accepts one connection, runs the TLS handshake, then echoes over it.
async fn serve_one(listener: TcpListener, acceptor: TlsAcceptor) -> io::Result<usize> {
    let (tcp, _) = listener.accept().await?;
    let tls = acceptor.accept(tcp).await?; // the server's side of the handshake
    echo(tls).await
}
// ANCHOR_END: server

/// What the client saw.
#[derive(Debug)]
struct Transcript {
    flights: String,
    version: String,
    suite: String,
    replies: Vec<String>,
    after_close: usize,
}

// ANCHOR: client
async fn client(
    addr: SocketAddr,
    config: Arc<ClientConfig>,
    name: &str,
    lines: &[&str],
) -> io::Result<Transcript> {
    let tcp = Tap::new(TcpStream::connect(addr).await?);
    // The name the certificate must carry; it has nothing to do with `addr`.
    let name = ServerName::try_from(name.to_string())
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e))?;
    let tls = TlsConnector::from(config).connect(name, tcp).await?;
    let (tap, session) = tls.get_ref();
    let flights = tap.flights.clone();
    let version = format!("{:?}", session.protocol_version().expect("handshake done"));
    let suite = format!(
        "{:?}",
        session.negotiated_cipher_suite().expect("done").suite()
    );

    let mut tls = BufReader::new(tls);
    let mut replies = Vec::new();
    for line in lines {
        tls.write_all(format!("{line}\n").as_bytes()).await?;
        let mut reply = String::new();
        tls.read_line(&mut reply).await?;
        replies.push(reply.trim_end().to_string());
    }
    tls.shutdown().await?; // close_notify: "I am done writing"
    let after_close = tls.read_to_end(&mut Vec::new()).await?; // until theirs
    Ok(Transcript {
        flights,
        version,
        suite,
        replies,
        after_close,
    })
}
// ANCHOR_END: client

// ANCHOR: tap
/// A stream that notes which way its bytes go: '>' for a write, '<' for a
/// read, one mark per run of writes or reads in the same direction.
struct Tap<S> {
    inner: S,
    flights: String,
}

impl<S> Tap<S> {
    fn new(inner: S) -> Self {
        Tap {
            inner,
            flights: String::new(),
        }
    }
    fn note(&mut self, mark: char) {
        if !self.flights.ends_with(mark) {
            self.flights.push(mark);
        }
    }
}
// ANCHOR_END: tap

impl<S: AsyncRead + Unpin> AsyncRead for Tap<S> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let poll = Pin::new(&mut self.inner).poll_read(cx, buf);
        if matches!(poll, Poll::Ready(Ok(()))) && buf.filled().len() > before {
            self.note('<');
        }
        poll
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Tap<S> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let poll = Pin::new(&mut self.inner).poll_write(cx, buf);
        if matches!(poll, Poll::Ready(Ok(n)) if n > 0) {
            self.note('>');
        }
        poll
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    let identity = make_identity("localhost");
    let client_config = client_config(&identity.cert); // trust this one only
    let acceptor = TlsAcceptor::from(server_config(identity));

    let listener = TcpListener::bind("127.0.0.1:0").await?; // any free port
    let addr = listener.local_addr()?;
    let server = tokio::spawn(serve_one(listener, acceptor));

    let lines = ["hello", "over TLS"];
    let seen = client(addr, client_config, "localhost", &lines).await?;
    println!(
        "client: handshake flights (> sent, < received): {}",
        seen.flights
    );
    println!("client: {} with {}", seen.version, seen.suite);
    for (sent, got) in lines.iter().zip(&seen.replies) {
        println!("client: sent {sent:?}, got back {got:?}");
    }
    println!(
        "client: sent close_notify; {} bytes came after it",
        seen.after_close
    );
    let echoed = server.await.expect("the server does not panic")?;
    println!("server: echoed {echoed} lines, then the client closed cleanly");
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_tls_echo.rs"]
mod tests;

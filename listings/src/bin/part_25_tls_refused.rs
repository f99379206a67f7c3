//! Part 25 pitfalls: three TLS connections that fail, and the errors each
//! side gets. The client asks for a name the certificate does not carry; the
//! client trusts another certificate than the server's; the server closes the
//! TCP connection without sending close_notify.
//!
//! Run it: cargo run -p listings --bin part_25_tls_refused

use std::io;
use std::sync::Arc;

use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName};
use rustls::{ClientConfig, RootCertStore, ServerConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::{TlsAcceptor, TlsConnector};

/// As in part_25_tls_echo: a certificate and its key, made in memory.
struct Identity {
    cert: CertificateDer<'static>,
    key: PrivateKeyDer<'static>,
}

fn make_identity(name: &str) -> Identity {
    let made = rcgen::generate_simple_self_signed(vec![name.to_string()])
        .expect("rcgen can sign with ring");
    Identity {
        cert: made.cert.der().clone(),
        key: PrivatePkcs8KeyDer::from(made.signing_key.serialize_der()).into(),
    }
}

fn ring() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn acceptor(identity: Identity) -> TlsAcceptor {
    let config = ServerConfig::builder_with_provider(ring())
        .with_safe_default_protocol_versions()
        .expect("ring offers TLS 1.3")
        .with_no_client_auth()
        .with_single_cert(vec![identity.cert], identity.key)
        .expect("the key belongs to the certificate");
    TlsAcceptor::from(Arc::new(config))
}

fn connector(trusted: &CertificateDer<'static>) -> TlsConnector {
    let mut roots = RootCertStore::empty();
    roots
        .add(trusted.clone())
        .expect("a well-formed certificate");
    let config = ClientConfig::builder_with_provider(ring())
        .with_safe_default_protocol_versions()
        .expect("ring offers TLS 1.3")
        .with_root_certificates(roots)
        .with_no_client_auth();
    TlsConnector::from(Arc::new(config))
}

/// How the server ends a connection once the handshake is done.
#[derive(Clone, Copy, PartialEq)]
enum Ending {
    /// `shutdown`: close_notify, then the TCP FIN.
    CloseNotify,
    /// `shutdown` on the TCP stream under the TLS one: FIN, no close_notify
    /// (dropping the `TlsStream` would send no close_notify either).
    TcpOnly,
}

// ANCHOR: attempt
/// One connection: the server has `identity` and ends with `ending`; the
/// client trusts `trusted` and asks for `name`. Returns what each side got:
/// for the client, the text it read until the end of the stream.
async fn attempt(
    identity: Identity,
    ending: Ending,
    trusted: &CertificateDer<'static>,
    name: &'static str,
) -> io::Result<(io::Result<String>, io::Result<()>)> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let acceptor = acceptor(identity);
    let server = tokio::spawn(async move {
        let (tcp, _) = listener.accept().await?;
        let mut tls = acceptor.accept(tcp).await?;
        tls.write_all(b"bye\n").await?;
        match ending {
            Ending::CloseNotify => tls.shutdown().await,
            Ending::TcpOnly => tls.into_inner().0.shutdown().await, // TCP only
        }
    });

    let tcp = TcpStream::connect(addr).await?;
    let name = ServerName::try_from(name).expect("a valid DNS name");
    let client = async {
        let mut tls = connector(trusted).connect(name, tcp).await?;
        let mut got = String::new();
        tls.read_to_string(&mut got).await?;
        Ok(got)
    }
    .await;
    let server = server.await.expect("the server does not panic");
    Ok((client, server))
}
// ANCHOR_END: attempt

fn show(outcome: &io::Result<impl std::fmt::Debug>) -> String {
    match outcome {
        Ok(value) => format!("ok, {value:?}"),
        Err(e) => format!("{:?}: {e}", e.kind()),
    }
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> io::Result<()> {
    println!("1. the client asks for a name the certificate does not carry");
    let server = make_identity("localhost");
    let trusted = server.cert.clone();
    let (client, server) = attempt(server, Ending::CloseNotify, &trusted, "example.com").await?;
    println!("   client: {}\n   server: {}", show(&client), show(&server));

    println!("2. the client trusts another certificate for the same name");
    let other = make_identity("localhost").cert; // same name, another key
    let server = make_identity("localhost");
    let (client, server) = attempt(server, Ending::CloseNotify, &other, "localhost").await?;
    println!("   client: {}\n   server: {}", show(&client), show(&server));

    println!("3. the server closes TCP without close_notify");
    let server = make_identity("localhost");
    let trusted = server.cert.clone();
    let (client, server) = attempt(server, Ending::TcpOnly, &trusted, "localhost").await?;
    println!("   client: {}\n   server: {}", show(&client), show(&server));

    println!("4. the same, with close_notify");
    let server = make_identity("localhost");
    let trusted = server.cert.clone();
    let (client, server) = attempt(server, Ending::CloseNotify, &trusted, "localhost").await?;
    println!("   client: {}\n   server: {}", show(&client), show(&server));
    Ok(())
}
// ANCHOR_END: main

#[cfg(test)]
#[path = "../../tests/units/part_25_tls_refused.rs"]
mod tests;

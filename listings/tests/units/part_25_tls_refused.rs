//! The tests of `listings/src/bin/part_25_tls_refused.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use rustls::{AlertDescription, CertificateError};

/// The rustls error inside an I/O error.
fn rustls_error<T>(outcome: &io::Result<T>) -> &rustls::Error {
    let error = outcome.as_ref().err().expect("an error");
    error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        .unwrap_or_else(|| panic!("not a rustls error: {error}"))
}

#[tokio::test]
async fn a_wrong_name_is_refused_by_the_client_which_tells_the_server() {
    let server = make_identity("localhost");
    let trusted = server.cert.clone();
    let (client, server) = attempt(server, Ending::CloseNotify, &trusted, "example.com")
        .await
        .unwrap();
    assert!(matches!(
        rustls_error(&client),
        rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext { .. })
    ));
    assert_eq!(
        rustls_error(&server),
        &rustls::Error::AlertReceived(AlertDescription::BadCertificate)
    );
}

#[tokio::test]
async fn a_certificate_with_the_same_issuer_name_but_another_key_fails_its_signature() {
    let other = make_identity("localhost").cert;
    let server = make_identity("localhost");
    let (client, server) = attempt(server, Ending::CloseNotify, &other, "localhost")
        .await
        .unwrap();
    assert_eq!(
        rustls_error(&client),
        &rustls::Error::InvalidCertificate(CertificateError::BadSignature)
    );
    assert_eq!(
        rustls_error(&server),
        &rustls::Error::AlertReceived(AlertDescription::DecryptError)
    );
}

#[tokio::test]
async fn a_trusted_certificate_with_another_issuer_name_is_an_unknown_issuer() {
    let mut params = rcgen::CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "someone else");
    let key = rcgen::KeyPair::generate().unwrap();
    let other = params.self_signed(&key).unwrap().der().clone();
    let server = make_identity("localhost");
    let (client, _) = attempt(server, Ending::CloseNotify, &other, "localhost")
        .await
        .unwrap();
    assert_eq!(
        rustls_error(&client),
        &rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer)
    );
}

#[tokio::test]
async fn an_end_without_close_notify_is_an_error_and_with_it_is_not() {
    let server = make_identity("localhost");
    let trusted = server.cert.clone();
    let (client, server) = attempt(server, Ending::TcpOnly, &trusted, "localhost")
        .await
        .unwrap();
    let error = client.expect_err("truncation is reported");
    assert_eq!(error.kind(), io::ErrorKind::UnexpectedEof);
    assert!(server.is_ok());

    let server = make_identity("localhost");
    let trusted = server.cert.clone();
    let (client, server) = attempt(server, Ending::CloseNotify, &trusted, "localhost")
        .await
        .unwrap();
    assert_eq!(client.unwrap(), "bye\n");
    assert!(server.is_ok());
}

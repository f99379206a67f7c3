//! The tests of `listings/src/bin/part_25_download.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// The file holds every byte the server sent, in order, and progress came at
// each quarter, once.
#[tokio::test]
async fn the_download_is_written_whole_with_four_reports() {
    let addr = start_server().await.unwrap();
    let path = temp_path("test_whole");
    let mut reports = Vec::new();
    let written = download(&format!("http://{addr}/"), &path, |p| reports.push(p))
        .await
        .unwrap();
    let on_disk = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(written, SIZE as u64);
    assert_eq!(on_disk.len(), SIZE);
    assert!(on_disk.iter().enumerate().all(|(i, &b)| b == byte_at(i)));
    assert_eq!(reports, [25, 50, 75, 100]);
}

// The body really comes in several chunks (this is a stream, not one
// buffer): the client sees more than one.
#[tokio::test]
async fn the_body_arrives_in_several_chunks() {
    let addr = start_server().await.unwrap();
    let response = reqwest::get(format!("http://{addr}/")).await.unwrap();
    assert_eq!(response.content_length(), Some(SIZE as u64));
    let chunks: Vec<_> = response.bytes_stream().collect().await;
    assert!(chunks.len() > 1, "{} chunk(s)", chunks.len());
}

#[tokio::test]
async fn a_server_that_is_gone_is_an_error_not_a_file() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let path = temp_path("test_gone");
    assert!(download(&format!("http://{addr}/"), &path, |_| {})
        .await
        .is_err());
    assert!(!path.exists());
}

//! The tests of `listings/src/bin/part_25_limits.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;
use std::time::Duration;

// The long line is an error, the stream ends (None) right after it, and one
// more next() goes on: the codec has discarded the long line up to its newline.
#[tokio::test]
async fn a_long_line_is_an_error_then_the_stream_pauses() {
    let (seen, again) = items(LINES, LinesCodec::new_with_max_length(16)).await;
    assert_eq!(
        seen,
        [r#"Ok("short")"#, "Err: max line length exceeded", "None"]
    );
    assert_eq!(again, r#"Ok("after")"#);
}

#[tokio::test]
async fn without_a_limit_the_long_line_is_read_whole() {
    let (seen, _) = items(LINES, LinesCodec::new()).await;
    assert_eq!(seen.len(), 4); // three lines and None
    assert!(seen[1].contains(&"x".repeat(40)));
}

#[tokio::test]
async fn a_too_long_length_is_invalid_data() {
    let codec = LengthDelimitedCodec::builder()
        .max_frame_length(1024)
        .new_codec();
    let mut frames = FramedRead::new(LENGTHS, codec);
    assert_eq!(&frames.next().await.unwrap().unwrap()[..], b"hello");
    let error = frames.next().await.unwrap().unwrap_err();
    assert_eq!(error.kind(), std::io::ErrorKind::InvalidData);
    assert_eq!(error.to_string(), "frame size too big");
    assert!(frames.next().await.is_none());
    // The header is still in the buffer: polled again, the same error.
    let again = frames.next().await.unwrap().unwrap_err();
    assert_eq!(again.to_string(), "frame size too big");
}

#[tokio::test]
async fn the_line_server_answers_the_error_and_hangs_up() {
    let answers = talk_to_line_server().await;
    assert_eq!(answers, ["ok short", "error: max line length exceeded"]);
}

// On a live pipe, the poll after that None reads before it decodes: "after"
// waits in the buffer until more bytes come. And when the long line's
// newline comes later than the error, LinesCodec still discards up to it.
#[tokio::test(start_paused = true)]
async fn after_the_none_a_live_stream_reads_first_and_keeps_discarding() {
    let (mut peer, reader) = tokio::io::duplex(1024);
    let mut frames = FramedRead::new(reader, LinesCodec::new_with_max_length(16));
    peer.write_all(&[b'x'; 40]).await.unwrap();
    assert!(frames.next().await.unwrap().is_err());
    assert!(frames.next().await.is_none());
    peer.write_all(b"yyy\nafter\n").await.unwrap();
    assert_eq!(frames.next().await.unwrap().unwrap(), "after"); // no "yyy"

    peer.write_all(&[b'x'; 40]).await.unwrap();
    peer.write_all(b"\nlater\n").await.unwrap();
    assert!(frames.next().await.unwrap().is_err());
    assert!(frames.next().await.is_none());
    // "later" is in the buffer, but the next poll waits for a read.
    let waiting = tokio::time::timeout(Duration::from_secs(1), frames.next()).await;
    assert!(
        waiting.is_err(),
        "nothing comes out until more bytes arrive"
    );
    peer.write_all(b"more\n").await.unwrap();
    assert_eq!(frames.next().await.unwrap().unwrap(), "later");
}

//! The tests of `listings/src/bin/part_19_half_write.rs`: what its chapter claims.

use super::*;

/// Before the 250 ms limit the peer reads twice (at 100 and 200 ms), and each
/// read makes room for `CHUNK` more bytes after the pipe's first `PIPE`.
const WENT_OUT: usize = PIPE + 2 * CHUNK;

#[tokio::test(start_paused = true)]
async fn closing_after_the_timeout_leaves_the_peer_a_prefix_then_eof() {
    let start = Instant::now();
    let received = send(Then::Close, start).await;
    let big = frame(&[b'a'; 1000]);
    assert_eq!(received.len(), WENT_OUT);
    // Reads at 100..=600 ms take 16 bytes each (96 in all); the read at
    // 700 ms finds the end of the stream.
    assert_eq!(start.elapsed(), Duration::from_millis(700));
    assert_eq!(
        received,
        big[..WENT_OUT],
        "a prefix of the frame, nothing else"
    );
    let found = frames(&received);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("a frame of 1000 bytes, cut after 92"),
        "{found:?}"
    );
}

#[tokio::test(start_paused = true)]
async fn sending_on_after_the_timeout_glues_the_next_frame_into_the_cut_one() {
    let start = Instant::now();
    let received = send(Then::SendNext, start).await;
    // One more read for the 9 bytes of `hello` (at 700 ms): the end at 800 ms.
    assert_eq!(start.elapsed(), Duration::from_millis(800));
    let mut expected = frame(&[b'a'; 1000])[..WENT_OUT].to_vec();
    expected.extend(frame(b"hello"));
    assert_eq!(received, expected);
    // The peer sees no second frame: "hello" is read as part of the first.
    let found = frames(&received);
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("cut after 101"), "{found:?}");
    assert!(found[0].ends_with("hello\""), "{found:?}");
}

#[tokio::test(start_paused = true)]
async fn whole_frames_read_back_whole() {
    let mut bytes = frame(b"one");
    bytes.extend(frame(b"three"));
    assert_eq!(
        frames(&bytes),
        ["a whole frame of 3 bytes", "a whole frame of 5 bytes"]
    );
}

#[tokio::test(start_paused = true)]
async fn the_timeout_fires_at_its_limit_while_the_write_is_stuck() {
    let start = Instant::now();
    let (mut ours, _theirs) = duplex(PIPE); // nobody reads
    let outcome = timeout(Duration::from_millis(250), ours.write_all(&[0; 1000])).await;
    assert!(outcome.is_err());
    assert_eq!(start.elapsed(), Duration::from_millis(250));
}

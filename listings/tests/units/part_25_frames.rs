//! The tests of `listings/src/bin/part_25_frames.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

// A line comes out when its newline arrives, not before: "GET apple" at
// 100 ms (its end came in the second piece), both of the last two at 200 ms.
#[tokio::test(start_paused = true)]
async fn a_line_comes_out_when_its_end_arrives() {
    let got = read_frames(LinesCodec::new_with_max_length(1024), LINE_PIECES).await;
    let expected = [(100, "GET apple"), (200, "GET banana"), (200, "GET cherry")];
    let expected: Vec<(u64, String)> = expected.iter().map(|&(t, s)| (t, s.to_owned())).collect();
    assert_eq!(got, expected);
}

// A length-prefixed frame comes out once its header and all its bytes are
// there, even when the header itself arrives in two pieces.
#[tokio::test(start_paused = true)]
async fn a_length_prefixed_frame_comes_out_when_complete() {
    let got = read_frames(LengthDelimitedCodec::new(), LENGTH_PIECES).await;
    let got: Vec<(u64, &[u8])> = got.iter().map(|(t, b)| (*t, &b[..])).collect();
    assert_eq!(got, [(200, &b"hello"[..]), (200, &b"hi"[..])]);
}

// However the bytes are cut, the frames are the same: one byte per write.
#[tokio::test(start_paused = true)]
async fn any_cut_gives_the_same_lines() {
    let all: Vec<u8> = LINE_PIECES.concat();
    let bytes: Vec<&[u8]> = all.chunks(1).collect();
    let got = read_frames(LinesCodec::new(), &bytes).await;
    let lines: Vec<String> = got.into_iter().map(|(_, line)| line).collect();
    assert_eq!(lines, ["GET apple", "GET banana", "GET cherry"]);
}

#[tokio::test]
async fn the_encoding_is_a_big_endian_length_then_the_bytes() {
    assert_eq!(encoded(b"hello").await, b"\0\0\0\x05hello");
}

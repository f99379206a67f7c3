//! The tests of `listings/src/bin/part_12_blocking_http.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn blocking_requests_run_one_after_another() {
    let server = listings::server::spawn_paused().unwrap();
    let _clock = server.runtime().enter();
    let client = Client::builder().no_proxy().build().unwrap();
    let timeline = Timeline::new(UNIT);
    let mut counts = Vec::new();
    for units in [3, 1, 4, 0, 2] {
        let count = timeline.span_blocking(units.to_string(), || {
            fetch_count(&client, &server.base_url(), units).unwrap()
        });
        counts.push(count);
    }
    assert_eq!(counts, [1, 2, 3, 4, 5], "answered in the order asked");
    assert_eq!(timeline.elapsed(), UNIT * 10, "the sum of the delays");
    assert_eq!(timeline.max_concurrent(), 1);
}

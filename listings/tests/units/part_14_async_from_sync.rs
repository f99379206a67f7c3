//! The tests of `listings/src/bin/part_14_async_from_sync.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn all_three_ways_reach_the_async_code() {
    let runtime = Runtime::new().unwrap();
    let server = runtime.block_on(listings::server::start()).unwrap();
    let client = reqwest::Client::new();
    let url = server.count_url(0.0);
    assert_eq!(runtime.block_on(fetch_count(&client, &url)).unwrap(), 1);

    let handle = runtime.handle().clone();
    let (url2, client2) = (url.clone(), client.clone());
    let count = std::thread::spawn(move || handle.block_on(fetch_count(&client2, &url2)))
        .join()
        .unwrap()
        .unwrap();
    assert_eq!(count, 2);

    let (jobs, queue) = mpsc::channel(1);
    let worker = runtime.spawn(http_worker(queue));
    let (answer, answered) = oneshot::channel();
    jobs.blocking_send(Job { url, answer }).unwrap();
    assert_eq!(answered.blocking_recv().unwrap().unwrap(), 3);
    drop(jobs);
    runtime.block_on(worker).unwrap();
    assert_eq!(server.count(), 3);
}

#[test]
fn blocking_send_refuses_to_run_inside_async_code() {
    let runtime = Runtime::new().unwrap();
    let (jobs, _queue) = mpsc::channel::<u32>(1);
    let attempt = runtime.block_on(async {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| jobs.blocking_send(1)))
    });
    let message = listings::panic_message(&*attempt.unwrap_err()).to_owned();
    assert!(
        message.contains("Cannot block the current thread from within a runtime"),
        "{message}"
    );
}

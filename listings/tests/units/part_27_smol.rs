use super::*;

#[test]
fn the_echo_comes_back_on_smol() {
    let ex = Executor::new();
    let reply = smol::block_on(ex.run(echo_on_smol(&ex))).unwrap();
    assert_eq!(reply, "hello from smol");
}

#[test]
fn a_futures_only_future_gives_the_same_answer_on_three_executors() {
    let tokio_rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let answers = [
        smol::block_on(sum_over_a_channel()),
        tokio_rt.block_on(sum_over_a_channel()),
        futures::executor::block_on(sum_over_a_channel()),
    ];
    assert_eq!(answers, [10, 10, 10]);
}

/// The panic of a tokio socket's `connect` run by smol's `block_on`.
fn panic_of_a_tokio_connect_inside_smol() -> String {
    let address = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    panic_of(|| {
        smol::block_on(async {
            let _ = tokio::net::TcpStream::connect(address).await;
        })
    })
}

#[test]
fn a_tokio_socket_inside_smol_panics_with_no_reactor() {
    let message = panic_of_a_tokio_connect_inside_smol();
    assert!(message.contains("there is no reactor running"), "{message}");
}

#[test]
fn a_tokio_runtime_without_io_enabled_is_not_enough() {
    // Entering a runtime built without `enable_io` finds a context but no
    // reactor: another panic, with another message.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .build()
        .unwrap();
    let _entered = rt.enter();
    let message = panic_of_a_tokio_connect_inside_smol();
    assert!(message.contains("IO is disabled"), "{message}");
}

#[test]
fn entering_a_tokio_runtime_makes_tokio_types_work_inside_smol() {
    assert_eq!(tokio_types_inside_smol().unwrap(), "connected: true");
}

//! The standalone server binary (`cargo run -p listings --bin server`) starts,
//! answers, and refuses a bad address with a message.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn the_binary_serves_on_the_address_given() {
    let mut server = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("127.0.0.1:0")
        .stdout(Stdio::piped())
        .spawn()
        .expect("the server binary starts");
    let mut first_line = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    let base = first_line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line: {first_line:?}"))
        .to_owned();
    let answer = reqwest::blocking::get(format!("{base}/count?delay=0.01"));
    let refused = reqwest::blocking::get(format!("{base}/count?delay=ten"));
    server.kill().unwrap(); // before any assert, so a failure leaves no process
    server.wait().unwrap();
    assert_eq!(answer.unwrap().text().unwrap(), "1");
    let refused = refused.unwrap();
    assert_eq!(refused.status(), reqwest::StatusCode::BAD_REQUEST);
    assert!(refused.text().unwrap().contains("must be a number"));
}

#[test]
fn a_bad_address_is_refused_with_a_message() {
    let run = Command::new(env!("CARGO_BIN_EXE_server"))
        .arg("localhost")
        .output()
        .unwrap();
    assert!(!run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("like 127.0.0.1:8000"), "{stderr}");
}

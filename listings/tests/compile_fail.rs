//! The mistakes the book shows fail to compile, with the messages it shows.
//!
//! Each `compile_fail/<name>.rs` is compiled by trybuild, and rustc's message
//! is compared with `compile_fail/<name>.stderr`, the file the chapter
//! includes. After a toolchain update changes a message, rewrite them with
//! `TRYBUILD=overwrite cargo test -p listings --test compile_fail`.
//! `SURVEY_PART=NN` (set by `cargo xtask test NN`) checks one part's files.

#[test]
fn mistakes_fail_with_the_messages_the_book_shows() {
    let files = match std::env::var("SURVEY_PART") {
        Ok(part) => format!("compile_fail/part_{part}_*.rs"),
        Err(_) => "compile_fail/*.rs".to_owned(),
    };
    trybuild::TestCases::new().compile_fail(files);
}

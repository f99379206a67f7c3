//! One test per Rust block of the book: each is compiled with rustc against
//! this package's dependencies and run. build.rs expanded the chapters'
//! includes first and asked skeptic to write these tests.
include!(concat!(env!("OUT_DIR"), "/skeptic-tests.rs"));

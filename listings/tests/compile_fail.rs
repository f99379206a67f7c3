//! The mistakes the book shows fail to compile, with the messages it shows.
//!
//! Each `compile_fail/<name>.rs` is compiled by trybuild, and rustc's message
//! is compared with `compile_fail/<name>.stderr`, the file the chapter
//! includes. After a toolchain update changes a message, rewrite them with
//! `TRYBUILD=overwrite cargo test -p listings --test compile_fail`.
//! `SURVEY_PART=NN` (set by `cargo xtask test NN`) checks one part's files.
//!
//! What rustc says of these files can change only with what it reads: the
//! files and their `.stderr`, the `listings` library, the manifests and
//! `Cargo.lock` (which pin every dependency's source), cargo's config and
//! `RUSTFLAGS`, and the toolchain. So a pass is recorded as a hash of all of
//! that in the target directory, and while the hash is the same the verdict
//! stands without compiling again, as cargo itself does not rebuild a crate
//! nothing of which changed (trybuild's project would otherwise recheck all
//! of them: 1.9 s of every warm `cargo test`). The test says so when it does.
//! `SURVEY_RECHECK=1`, or `CI` set, compiles them whatever the hash.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

#[test]
fn mistakes_fail_with_the_messages_the_book_shows() {
    let part = std::env::var("SURVEY_PART").ok();
    let prefix = match &part {
        Some(part) => format!("part_{part}_"),
        None => String::new(),
    };
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let stamp = stamp(crate_dir, &prefix, Path::new(env!("CARGO_TARGET_TMPDIR")));
    let recheck = ["SURVEY_RECHECK", "CI", "TRYBUILD"]
        .iter()
        .any(|var| std::env::var_os(var).is_some_and(|v| !v.is_empty()));
    if !recheck && std::fs::read_to_string(&stamp.0).is_ok_and(|seen| seen == stamp.1) {
        eprintln!(
            "compile_fail/{prefix}*.rs: unchanged since they failed as the book shows \
             (hash {}); SURVEY_RECHECK=1 compiles them again",
            stamp.1.trim()
        );
        return;
    }
    // A failure panics out of `drop`, so nothing is recorded unless it passed.
    let _ = std::fs::remove_file(&stamp.0);
    {
        let cases = trybuild::TestCases::new();
        cases.compile_fail(format!("compile_fail/{prefix}*.rs"));
    }
    let _ = std::fs::write(&stamp.0, &stamp.1);
}

/// (where in `record_dir` a pass is recorded, the hash of everything the
/// messages depend on) for the files of `crate_dir/compile_fail` whose names
/// start with `prefix`.
fn stamp(crate_dir: &Path, prefix: &str, record_dir: &Path) -> (PathBuf, String) {
    let root = crate_dir.parent().expect("listings/ is in the workspace");
    let mut files = vec![
        root.join("Cargo.toml"),
        root.join("Cargo.lock"),
        root.join(".cargo/config.toml"),
        crate_dir.join("Cargo.toml"),
        crate_dir.join("tests/compile_fail.rs"),
    ];
    for dir in ["compile_fail", "src"] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(crate_dir.join(dir))
            .expect("listings/compile_fail and listings/src")
            .flatten()
            .map(|entry| entry.path())
            .filter(|path| path.is_file())
            .filter(|path| {
                dir == "src"
                    || path
                        .file_name()
                        .is_some_and(|name| name.to_string_lossy().starts_with(prefix))
            })
            .collect();
        found.sort();
        files.extend(found);
    }
    let mut hasher = DefaultHasher::new();
    for file in &files {
        file.hash(&mut hasher);
        std::fs::read(file).ok().hash(&mut hasher);
    }
    // The toolchain: cargo's name for this test binary carries a hash of
    // `rustc -vV` (asking rustc through rustup's proxy would cost 0.4 s).
    std::env::current_exe().ok().hash(&mut hasher);
    for var in ["RUSTFLAGS", "CARGO_ENCODED_RUSTFLAGS", "RUSTC_BOOTSTRAP"] {
        std::env::var_os(var).hash(&mut hasher);
    }
    let name = if prefix.is_empty() {
        "all"
    } else {
        prefix.trim_end_matches('_')
    };
    let path = record_dir.join(format!("compile-fail-{name}.passed"));
    (path, format!("{:016x}\n", hasher.finish()))
}

#[test]
fn the_record_of_a_pass_changes_with_every_file_it_depends_on() {
    let root = std::env::temp_dir().join(format!("compile-fail-stamp-{}", std::process::id()));
    let crate_dir = root.join("listings");
    for dir in ["compile_fail", "src", "tests"] {
        std::fs::create_dir_all(crate_dir.join(dir)).unwrap();
    }
    let write = |file: &str, text: &str| std::fs::write(root.join(file), text).unwrap();
    write("Cargo.lock", "lock");
    write("listings/Cargo.toml", "manifest");
    write("listings/src/lib.rs", "pub fn f() {}");
    write(
        "listings/compile_fail/part_05_x.rs",
        "fn main() { let x: u8 = 300; }",
    );
    write(
        "listings/compile_fail/part_05_x.stderr",
        "error: literal out of range",
    );
    write("listings/compile_fail/part_06_y.rs", "fn main() { y }");
    let hash = |prefix: &str| stamp(&crate_dir, prefix, &root).1;
    let before = hash("part_05_");
    assert_eq!(hash("part_05_"), before, "the same files, the same hash");
    assert_ne!(
        stamp(&crate_dir, "", &root).0,
        stamp(&crate_dir, "part_05_", &root).0
    );
    write("listings/compile_fail/part_06_y.rs", "fn main() { z }");
    assert_eq!(
        hash("part_05_"),
        before,
        "another part's file is not part 05's"
    );
    for (file, text) in [
        (
            "listings/compile_fail/part_05_x.rs",
            "fn main() { let x: u8 = 301; }",
        ),
        (
            "listings/compile_fail/part_05_x.stderr",
            "error: out of range",
        ),
        ("listings/src/lib.rs", "pub fn g() {}"),
        ("listings/Cargo.toml", "manifest 2"),
        ("Cargo.lock", "lock 2"),
        ("Cargo.toml", "a workspace"),
    ] {
        let old = hash("part_05_");
        write(file, text);
        assert_ne!(hash("part_05_"), old, "{file} changed");
    }
    std::fs::remove_dir_all(&root).unwrap();
}

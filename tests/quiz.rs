//! Every chapter ends with a quiz, and a quiz's answers come from real runs.
//!
//! A quiz is `listings/quizzes/part_NN_<name>.toml`, in mdbook-quiz's format,
//! shown by the chapter's last directive, `{{#quiz ../listings/quizzes/...}}`.
//! Each file must pass mdbook-quiz's own validator (the one its preprocessor
//! runs), hold 3 to 6 questions, each with an `id` (else the preprocessor
//! writes one into the file) and a `context`: the explanation shown after an
//! answer.
//!
//! A question that asks what a program prints, or whether it compiles, names
//! the program in a `checked` table of its own (mdbook-quiz ignores keys it
//! does not know):
//!
//! - `checked.listing = "part_11_join_sleep"`: the Rust listing
//!   `listings/src/bin/NAME.rs` and its captured `listings/outputs/NAME.txt`;
//! - `checked.script = "part_11_gather_sleep"`: the Python counterpart
//!   `listings/python/NAME.py` and `listings/outputs/NAME.py.txt`;
//! - `checked.compile_fail = "part_03_await_twice"`: the broken listing
//!   `listings/compile_fail/NAME.rs` and rustc's message in `NAME.stderr`.
//!
//! Then the code in the prompt (its fenced blocks) must be lines of that
//! program, in order and without gaps, and the answer must be the output:
//! all of it, or `checked.lines = [FIRST, LAST]` of it, or, with
//! `checked.within = true`, a piece of those lines (a time, a count). For a
//! compile-fail program the answer must name rustc's first error: its code
//! (`E0382`), or its message when it has no code.
//! No distractor may be the answer. So changing a program, or its output,
//! without its quiz fails here, naming the question.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "support/part.rs"]
mod part;
#[path = "support/summary.rs"]
mod summary;

/// The project's root (these tests are the `checks/` package's).
fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
}

/// The chapters SUMMARY.md lists, as paths relative to the root.
fn chapters() -> Vec<String> {
    summary::chapter_links(root())
        .into_iter()
        .map(|target| format!("src/{target}"))
        .filter(|path| part::selects(Path::new(path)))
        .collect()
}

/// The quiz a chapter shows: the file its last directive names. The quiz must
/// come after everything else the chapter shows.
fn quiz_of(chapter: &str) -> Result<PathBuf, String> {
    let text = fs::read_to_string(root().join(chapter)).map_err(|e| format!("{chapter}: {e}"))?;
    let quiz = regex::Regex::new(r"\{\{#quiz ([^}\s]+)\s*\}\}").unwrap();
    let found: Vec<_> = quiz.captures_iter(&text).collect();
    let [only] = found.as_slice() else {
        return Err(format!(
            "{chapter}: has {} quizzes; end it with one `{{{{#quiz ../listings/quizzes/{}.toml}}}}`",
            found.len(),
            expected_quiz_name(chapter)
        ));
    };
    let after = &text[only.get(0).unwrap().end()..];
    if after.contains("{{#") || after.contains("```") {
        return Err(format!(
            "{chapter}: the quiz must come last (a directive or code block follows it)"
        ));
    }
    let dir = root().join(chapter);
    Ok(normalize(&dir.parent().unwrap().join(&only[1])))
}

/// `src/part-11-gather-sleep.md` -> `part_11_gather_sleep`; the introduction's
/// is `part_00_introduction`.
fn expected_quiz_name(chapter: &str) -> String {
    let stem = Path::new(chapter).file_stem().unwrap().to_string_lossy();
    if stem == "introduction" {
        "part_00_introduction".to_owned()
    } else {
        stem.replace('-', "_")
    }
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn shown(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
}

#[test]
fn every_chapter_ends_with_its_quiz() {
    let mut problems = Vec::new();
    for chapter in chapters() {
        match quiz_of(&chapter) {
            Ok(quiz) => {
                let expected = root()
                    .join("listings/quizzes")
                    .join(format!("{}.toml", expected_quiz_name(&chapter)));
                if quiz != expected {
                    problems.push(format!(
                        "{chapter}: its quiz is {}; by the naming rule it is {}",
                        shown(&quiz),
                        shown(&expected)
                    ));
                }
            }
            Err(problem) => problems.push(problem),
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn every_quiz_file_is_shown_by_a_chapter() {
    if part::asked().is_some() {
        return; // a part's check looks at its own chapter only
    }
    let shown_quizzes: Vec<PathBuf> = chapters().iter().filter_map(|c| quiz_of(c).ok()).collect();
    let mut orphans = Vec::new();
    for entry in fs::read_dir(root().join("listings/quizzes")).expect("listings/quizzes") {
        let path = entry.unwrap().path();
        if !shown_quizzes.contains(&path) {
            orphans.push(shown(&path));
        }
    }
    assert!(
        orphans.is_empty(),
        "quiz files no chapter shows: {orphans:?}"
    );
}

/// What one question says, as far as the checks here need it.
struct Question {
    /// `listings/quizzes/x.toml`, question 3 (`id`), for messages.
    name: String,
    kind: String,
    prompt: String,
    answers: Vec<String>,
    distractors: Vec<String>,
    has_context: bool,
    checked: Option<toml::value::Table>,
}

fn questions(path: &Path, text: &str) -> Result<Vec<Question>, String> {
    let value: toml::Value = toml::from_str(text).map_err(|e| format!("{}: {e}", shown(path)))?;
    let list = value
        .get("questions")
        .and_then(|q| q.as_array())
        .ok_or(format!("{}: no [[questions]]", shown(path)))?;
    let string = |v: Option<&toml::Value>| v.and_then(|v| v.as_str()).map(str::to_owned);
    Ok(list
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let id = string(q.get("id")).unwrap_or_else(|| "no id".to_owned());
            let prompt = q.get("prompt");
            let answer = q.get("answer");
            let answers: Vec<String> = match answer.and_then(|a| a.get("answer")) {
                Some(toml::Value::Array(all)) => all
                    .iter()
                    .filter_map(|a| a.as_str().map(str::to_owned))
                    .collect(),
                other => string(other).into_iter().collect(),
            };
            let stdout = string(answer.and_then(|a| a.get("stdout")));
            Question {
                name: format!("{}, question {} ({id})", shown(path), i + 1),
                kind: string(q.get("type")).unwrap_or_default(),
                prompt: string(prompt.and_then(|p| p.get("prompt")))
                    .or_else(|| string(prompt.and_then(|p| p.get("program"))))
                    .unwrap_or_default(),
                answers: answers.into_iter().chain(stdout).collect(),
                distractors: prompt
                    .and_then(|p| p.get("distractors"))
                    .and_then(|d| d.as_array())
                    .map(|d| {
                        d.iter()
                            .filter_map(|x| x.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default(),
                has_context: string(q.get("context")).is_some_and(|c| !c.trim().is_empty()),
                checked: q.get("checked").and_then(|c| c.as_table()).cloned(),
            }
        })
        .collect())
}

/// Every quiz of the book (or of the part asked for), read.
fn quizzes() -> Vec<(PathBuf, String)> {
    chapters()
        .iter()
        .filter_map(|c| quiz_of(c).ok())
        .map(|path| {
            let text =
                fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", shown(&path)));
            (path, text)
        })
        .collect()
}

#[test]
fn quiz_files_pass_mdbook_quiz_s_own_validator() {
    // One `Validated` for the whole book: ids must be unique across quizzes.
    let validated = mdbook_quiz_validate::Validated::default();
    let mut problems = Vec::new();
    for (path, text) in quizzes() {
        // The validator prints its diagnostics (with the source line) itself.
        if let Err(e) = mdbook_quiz_validate::validate(&path, &text, &validated, false) {
            problems.push(format!("{}: {e:#}", shown(&path)));
        }
        // The schema the preprocessor and its JavaScript read.
        if let Err(e) = toml::from_str::<mdbook_quiz_schema::Quiz>(&text) {
            problems.push(format!("{}: not mdbook-quiz's schema: {e}", shown(&path)));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn quizzes_have_three_to_six_explained_questions_with_ids() {
    let mut problems = Vec::new();
    for (path, text) in quizzes() {
        let questions = match questions(&path, &text) {
            Ok(q) => q,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        if !(3..=6).contains(&questions.len()) {
            problems.push(format!(
                "{}: {} questions; a chapter's quiz has 3 to 6",
                shown(&path),
                questions.len()
            ));
        }
        for q in &questions {
            if q.name.ends_with("(no id)") {
                problems.push(format!(
                    "{}: give it an `id` (mdbook-quiz writes a random one into the file \
                     otherwise)",
                    q.name
                ));
            }
            if !q.has_context {
                problems.push(format!(
                    "{}: give it a `context`, the explanation a reader sees after answering",
                    q.name
                ));
            }
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// The program and the text a `checked` table points at.
struct Source {
    program: PathBuf,
    /// The captured output or compiler message.
    result: PathBuf,
    compile_fail: bool,
}

fn source(checked: &toml::value::Table) -> Result<Source, String> {
    let name = |key: &str| checked.get(key).and_then(|v| v.as_str());
    let listings = root().join("listings");
    match (name("listing"), name("script"), name("compile_fail")) {
        (Some(n), None, None) => Ok(Source {
            program: listings.join(format!("src/bin/{n}.rs")),
            result: listings.join(format!("outputs/{n}.txt")),
            compile_fail: false,
        }),
        (None, Some(n), None) => Ok(Source {
            program: listings.join(format!("python/{n}.py")),
            result: listings.join(format!("outputs/{n}.py.txt")),
            compile_fail: false,
        }),
        (None, None, Some(n)) => Ok(Source {
            program: listings.join(format!("compile_fail/{n}.rs")),
            result: listings.join(format!("compile_fail/{n}.stderr")),
            compile_fail: true,
        }),
        _ => Err("`checked` names exactly one of `listing`, `script` or `compile_fail`".to_owned()),
    }
}

/// The contents of the fenced blocks of a Markdown text, each as its lines.
fn code_blocks(markdown: &str) -> Vec<Vec<String>> {
    let mut blocks = Vec::new();
    let mut current: Option<Vec<String>> = None;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            match current.take() {
                Some(block) => blocks.push(block),
                None => current = Some(Vec::new()),
            }
        } else if let Some(block) = current.as_mut() {
            block.push(line.to_owned());
        }
    }
    blocks
}

/// An answer as text: the contents of its one fenced block if it has one,
/// else the answer itself; trailing blanks trimmed.
fn answer_text(answer: &str) -> String {
    let blocks = code_blocks(answer);
    let text = match blocks.as_slice() {
        [only] => only.join("\n"),
        _ => answer.trim().trim_matches('`').to_owned(),
    };
    text.trim_end().to_owned()
}

fn check_question(q: &Question, checked: &toml::value::Table) -> Result<(), String> {
    let source = source(checked)?;
    let read = |p: &Path| fs::read_to_string(p).map_err(|e| format!("{}: {e}", shown(p)));
    // The prompt's code is the program's, line for line: its file, or one of
    // its modules (`src/bin/NAME/*.rs`, for a listing split by concern).
    let mut files = vec![source.program.clone()];
    if let Ok(modules) = fs::read_dir(source.program.with_extension("")) {
        files.extend(modules.flatten().map(|m| m.path()));
    }
    let mut programs = Vec::new();
    for file in &files {
        let lines: Vec<String> = read(file)?
            .lines()
            .filter(|l| !l.contains("ANCHOR"))
            .map(str::to_owned)
            .collect();
        programs.push(lines);
    }
    for block in code_blocks(&q.prompt) {
        let found = block.is_empty()
            || programs.iter().any(|program| {
                program
                    .windows(block.len())
                    .any(|window| window == block.as_slice())
            });
        if !found {
            return Err(format!(
                "the code in its prompt is not lines of {} (changed since the quiz was \
                 written?):\n{}",
                shown(&source.program),
                block.join("\n")
            ));
        }
    }
    let result = read(&source.result)?;
    let [answer] = q.answers.as_slice() else {
        return Err("a checked question has one answer".to_owned());
    };
    let answer = answer_text(answer);
    if source.compile_fail {
        // rustc's first error: its code (`error[E0382]: ...`) if it has one,
        // else its message (`error: future cannot be sent between threads
        // safely` has no code).
        let first = result
            .lines()
            .find(|l| l.starts_with("error"))
            .ok_or(format!("{} has no error", shown(&source.result)))?;
        let code = regex::Regex::new(r"^error\[(E\d{4})\]").unwrap();
        let named = match code.captures(first) {
            Some(c) => c[1].to_owned(),
            None => first.trim_start_matches("error:").trim().to_owned(),
        };
        if !answer.contains(&named) {
            return Err(format!(
                "its answer does not name rustc's error, `{named}` ({}): {answer}",
                shown(&source.result)
            ));
        }
    } else {
        let lines: Vec<&str> = result.lines().collect();
        let (first, last) = match checked.get("lines").and_then(|l| l.as_array()) {
            Some(range) => {
                let n = |i: usize| range.get(i).and_then(|v| v.as_integer()).unwrap_or(0) as usize;
                (n(0), n(1))
            }
            None => (1, lines.len()),
        };
        if first == 0 || last < first || last > lines.len() {
            return Err(format!(
                "checked.lines = [{first}, {last}] is not a range of {}'s {} lines",
                shown(&source.result),
                lines.len()
            ));
        }
        let expected = lines[first - 1..last].join("\n");
        let within = checked.get("within").and_then(|w| w.as_bool()) == Some(true);
        let matches = if within {
            !answer.is_empty() && expected.contains(&answer)
        } else {
            answer == expected.trim_end()
        };
        if !matches {
            return Err(format!(
                "its answer is not {} of {} (lines {first}-{last}):\n  answer: {answer:?}\n  \
                 output: {:?}",
                if within {
                    "a piece"
                } else {
                    "exactly the lines"
                },
                shown(&source.result),
                expected
            ));
        }
    }
    for distractor in &q.distractors {
        if answer_text(distractor) == answer {
            return Err(format!("a distractor is the answer itself: {distractor}"));
        }
    }
    Ok(())
}

#[test]
fn predicted_outputs_and_compiler_errors_match_the_real_runs() {
    let mut problems = Vec::new();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for (path, text) in quizzes() {
        for q in questions(&path, &text).unwrap_or_default() {
            let Some(checked) = &q.checked else {
                *kinds.entry("why").or_default() += 1;
                continue;
            };
            let kind = if checked.contains_key("compile_fail") {
                "does it compile"
            } else {
                "predict the output"
            };
            *kinds.entry(kind).or_default() += 1;
            if let Err(problem) = check_question(&q, checked) {
                problems.push(format!("{}: {problem}", q.name));
            }
            if q.kind == "Tracing" {
                problems.push(format!(
                    "{}: a Tracing question is compiled by mdbook-quiz with plain rustc (no \
                     tokio); ask with MultipleChoice or ShortAnswer",
                    q.name
                ));
            }
        }
    }
    eprintln!("questions by kind: {kinds:?}");
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn the_checks_catch_a_drifted_answer() {
    let checked: toml::value::Table =
        toml::from_str("listing = \"part_11_join_sleep\"\nlines = [1, 2]").unwrap();
    let question = |answer: &str| Question {
        name: "test".to_owned(),
        kind: "MultipleChoice".to_owned(),
        prompt: "```rust\nasync fn sleeper(units: u32) -> u32 {\n```".to_owned(),
        answers: vec![answer.to_owned()],
        distractors: vec!["```text\nend   0\nstart 0\n```".to_owned()],
        has_context: true,
        checked: None,
    };
    assert_eq!(
        check_question(&question("```text\nstart 0\nend   0\n```"), &checked),
        Ok(())
    );
    let wrong = check_question(&question("```text\nstart 0\nstart 1\n```"), &checked);
    assert!(wrong.unwrap_err().contains("not exactly the lines"));
    let mut drifted = question("```text\nstart 0\nend   0\n```");
    drifted.prompt = "```rust\nasync fn sleeper(units: u64) -> u64 {\n```".to_owned();
    assert!(
        check_question(&drifted, &checked)
            .unwrap_err()
            .contains("not lines of")
    );
}

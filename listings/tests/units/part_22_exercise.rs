//! The tests of `listings/src/bin/part_22_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

#[test]
fn each_text_is_counted_on_a_thread_named_after_it() {
    let counts = count_lines(&TEXTS, "threads");
    assert_eq!(
        counts,
        [("tokio.txt", 1), ("std.txt", 3), ("python.txt", 1)].map(|(n, c)| (n.to_owned(), c))
    );
}

#[test]
fn the_counts_match_a_loop_on_one_thread() {
    for word in ["tasks", "wait", "GIL", "nowhere", ""] {
        let alone: Vec<usize> = TEXTS
            .iter()
            .map(|(_, text)| text.lines().filter(|line| line.contains(word)).count())
            .collect();
        let counted: Vec<usize> = count_lines(&TEXTS, word)
            .into_iter()
            .map(|(_, c)| c)
            .collect();
        assert_eq!(counted, alone, "{word:?}");
    }
}

#[test]
fn texts_made_at_run_time_can_be_borrowed_too() {
    // Not 'static: a String on this stack frame, which `thread::spawn` could
    // not borrow.
    let text = String::from("threads here\nnone\nthreads there");
    let texts = [("local", text.as_str())];
    assert_eq!(count_lines(&texts, "threads"), [("local".to_owned(), 2)]);
    assert!(count_lines(&[], "threads").is_empty());
}

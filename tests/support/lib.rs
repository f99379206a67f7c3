//! Shared by the book-level tests: where the book and the listings are.

//! The commands, and the store they run against: one map that every
//! connection shares.

use std::collections::HashMap;
use std::sync::Mutex;

use super::log::shorten;
use super::protocol::Reply;

// ANCHOR: command
/// The shared store: one map behind one lock, for every connection.
pub type Store = Mutex<HashMap<Vec<u8>, Vec<u8>>>;

/// What a request asks for; `PUT` is also known by its Redis name, `SET`.
#[derive(Debug, PartialEq)]
pub enum Command<'a> {
    Get(&'a [u8]),
    Put(&'a [u8], &'a [u8]),
    Del(&'a [u8]),
    Ping,
    Quit,
}

impl<'a> Command<'a> {
    /// Reads the words of a request. Command names ignore case.
    pub fn from_words(words: &[&'a [u8]]) -> Result<Self, String> {
        let Some(name) = words.first() else {
            return Err("empty command".into());
        };
        let is = |expected: &str| name.eq_ignore_ascii_case(expected.as_bytes());
        match words[1..] {
            [key] if is("GET") => Ok(Command::Get(key)),
            [key, value] if is("PUT") || is("SET") => Ok(Command::Put(key, value)),
            [key] if is("DEL") => Ok(Command::Del(key)),
            [] if is("PING") => Ok(Command::Ping),
            [] if is("QUIT") => Ok(Command::Quit),
            _ if is("GET") || is("DEL") => Err(format!("{} takes one key", name.escape_ascii())),
            _ if is("PUT") || is("SET") => {
                Err(format!("{} takes a key and a value", name.escape_ascii()))
            }
            _ if is("PING") || is("QUIT") => {
                Err(format!("{} takes no arguments", name.escape_ascii()))
            }
            _ => Err(format!("unknown command '{}'", shorten(name))),
        }
    }

    /// Runs the command. The lock is held only for one map operation and
    /// never across an `.await`, so a std `Mutex` is the right lock here.
    pub fn execute(self, store: &Store) -> Reply {
        let mut map = store.lock().expect("no code panics holding the lock");
        match self {
            Command::Get(key) => match map.get(key) {
                Some(value) => Reply::Value(value.clone()),
                None => Reply::NoValue,
            },
            Command::Put(key, value) => {
                map.insert(key.to_vec(), value.to_vec());
                Reply::Ok
            }
            Command::Del(key) => Reply::Deleted(map.remove(key).is_some()),
            Command::Ping => Reply::Pong,
            Command::Quit => Reply::Ok,
        }
    }
}
// ANCHOR_END: command

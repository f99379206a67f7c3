//! The tests of `listings/src/bin/part_23_rwlock.rs`: what its chapter claims.

use super::*;

#[test]
fn readers_share_the_lock_and_a_writer_must_wait() {
    for _ in 0..20 {
        let lock = RwLock::new(7);
        let seen = three_readers(&lock);
        assert_eq!(
            seen,
            WhileReading {
                seen: vec![7, 7, 7],
                try_write: "WouldBlock",
                try_read: "Ok"
            }
        );
        assert_eq!(
            answer(lock.try_write()),
            "Ok",
            "free again once they are done"
        );
    }
}

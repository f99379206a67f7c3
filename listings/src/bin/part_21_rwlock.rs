//! Part 21: an `RwLock` lets readers share a value while a writer waits its
//! turn. Tokio's is fair (first come, first served), so a reader that comes
//! after a waiting writer waits for it too, and readers cannot starve it.
//!
//! Run it: cargo run -p listings --bin part_21_rwlock

use listings::timeline::Timeline;
use std::time::Duration;
use tokio::sync::RwLock;
use tokio::time::sleep;

// ANCHOR: rwlock
/// Two readers hold the lock from 0 to 3 units; a writer asks at 1 unit,
/// and a third reader at 2 units.
async fn readers_and_a_writer(timeline: &Timeline) -> u32 {
    let unit = timeline.unit();
    let config = RwLock::new(1);
    let reader = |name: &'static str, asks: u32| {
        let config = &config;
        async move {
            sleep(unit * asks).await;
            let value = timeline.span(format!("{name} waits"), config.read()).await;
            timeline
                .span(format!("{name} reads"), sleep(unit * 3))
                .await;
            *value
        }
    };
    let writer = async {
        sleep(unit).await;
        let mut value = timeline.span("writer waits", config.write()).await;
        timeline.span("writer writes", sleep(unit)).await;
        *value += 1;
    };
    let (_, _, _, third) = tokio::join!(reader("r1", 0), reader("r2", 0), writer, reader("r3", 2));
    third
}
// ANCHOR_END: rwlock

#[tokio::main(flavor = "current_thread", start_paused = true)]
async fn main() {
    println!("RwLock: readers share, the writer waits, r3 waits behind it:");
    let timeline = Timeline::new(Duration::from_millis(100));
    let third = readers_and_a_writer(&timeline).await;
    print!("{timeline}");
    println!("r3 read {third}");
}

#[cfg(test)]
#[path = "../../tests/units/part_21_rwlock.rs"]
mod tests;

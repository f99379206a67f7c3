//! The tests of `listings/src/bin/part_18_exercise.rs`: what its chapter claims.
//! (A module of that listing, kept in its own file so that the program the
//! book's Run button sends, and "show hidden lines" reveals, is the program
//! alone.)

use super::*;

/// The exercise's starter: a fresh `read_u32` on every turn of the loop.
async fn starter(mut pipe: DuplexStream, start: Instant) -> Vec<u32> {
    let mut readings = Vec::new();
    let mut ticks = heartbeat(start);
    loop {
        tokio::select! {
            read = pipe.read_u32() => match read {
                Ok(value) => readings.push(value),
                Err(_) => return readings,
            },
            _ = ticks.tick() => println!("tick"),
        }
    }
}

async fn run_with<F, Fut>(reader: F) -> Vec<u32>
where
    F: FnOnce(DuplexStream, Instant) -> Fut,
    Fut: std::future::Future<Output = Vec<u32>>,
{
    let start = Instant::now();
    let (ours, theirs) = tokio::io::duplex(64);
    tokio::spawn(sensor(theirs, start));
    reader(ours, start).await
}

#[tokio::test(start_paused = true)]
async fn the_starter_loses_half_a_reading_and_shifts_the_next() {
    // 2000's first two bytes (00 00) are lost at the 0.20s tick; the next
    // four bytes read are 07 D0 00 00, and 0B B8 is left over at the end.
    assert_eq!(run_with(starter).await, [1000, 0x07D0_0000]);
}

#[tokio::test(start_paused = true)]
async fn the_solution_gets_every_reading() {
    assert_eq!(run_with(collect).await, [1000, 2000, 3000]);
}

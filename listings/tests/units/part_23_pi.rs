//! The tests of `listings/src/bin/part_23_pi.rs`: what its chapter claims.
//! (The timings are the benchmark script's business: listings/bench/part_23_pi.sh.)

use super::*;

/// Counted on one thread, the plain way.
fn one_thread(radius: u64) -> u64 {
    (0..radius)
        .flat_map(|x| (0..radius).map(move |y| (x, y)))
        .filter(|(x, y)| {
            let (cx, cy) = (*x as f64 + 0.5, *y as f64 + 0.5);
            cx * cx + cy * cy < (radius * radius) as f64
        })
        .count() as u64
}

#[test]
fn the_three_ways_count_the_same_points() {
    for radius in [1, 2, 7, 300] {
        let expected = one_thread(radius);
        for (name, way) in WAYS {
            assert_eq!(way(radius), expected, "{name}, radius {radius}");
        }
    }
}

#[test]
fn the_count_gives_pi_to_three_decimals_at_radius_300() {
    let estimate = pi(per_thread_sums(300), 300);
    assert!(
        (estimate - std::f64::consts::PI).abs() < 0.001,
        "{estimate}"
    );
}

//! A text timeline (a Gantt chart for the terminal) of what ran when.
//!
//! Concurrency is easier seen than told. A [`Timeline`] records when each
//! labelled piece of work starts and ends (or, with [`Timeline::mark`], single
//! moments such as a ticker's ticks) and renders one row per label:
//!
//! ```text
//!          0   1   2   units of 100 ms
//! sleep 0  |          0 → 0
//! sleep 1  ████       0 → 1
//! sleep 2  ████████   0 → 2
//! ```
//!
//! Times come from `tokio::time::Instant`, so under tokio's paused clock they
//! are exact and the chart is the same on every run. On the real clock, each
//! time is rounded to the nearest quarter unit.
//!
//! Its use, on the paused clock and on the real one, is in the tests at the
//! end of this file (`records_spans_as_times_since_the_start`, for one).

use std::fmt;
use std::future::IntoFuture;
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;

/// Columns per unit when rendering, unless told otherwise: a quarter unit is
/// the finest step shown.
const COLUMNS_PER_UNIT: u32 = 4;

/// Records labelled spans and moments; share it by reference (or in an `Arc`
/// with spawned tasks). All methods take `&self`.
#[derive(Debug)]
pub struct Timeline {
    origin: Instant,
    unit: Duration,
    per_unit: u32,
    rows: Mutex<Vec<Row>>,
}

/// What happened under one label, as times since the timeline began.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The label, as given.
    pub label: String,
    /// When the span began (`None` for a row of marks only).
    pub start: Option<Duration>,
    /// When the span ended (`None` while it runs, or for marks only).
    pub end: Option<Duration>,
    /// Single moments recorded with [`Timeline::mark`].
    pub marks: Vec<Duration>,
}

impl Timeline {
    /// A timeline that begins now and renders in units of `unit`.
    pub fn new(unit: Duration) -> Self {
        Self::with_columns_per_unit(unit, COLUMNS_PER_UNIT)
    }

    /// Like [`Timeline::new`], drawing `columns` columns per unit; times are
    /// rounded to the nearest column (1: whole units, for charts of the real
    /// clock that must not change from run to run).
    pub fn with_columns_per_unit(unit: Duration, columns: u32) -> Self {
        assert!(
            !unit.is_zero(),
            "a timeline's unit must be longer than zero"
        );
        assert!(columns > 0, "a timeline needs at least one column per unit");
        Timeline {
            origin: Instant::now(),
            unit,
            per_unit: columns,
            rows: Mutex::new(Vec::new()),
        }
    }

    /// The unit it renders in.
    pub fn unit(&self) -> Duration {
        self.unit
    }

    /// Time since the timeline began.
    pub fn elapsed(&self) -> Duration {
        self.origin.elapsed()
    }

    /// Runs `work` and records a span from its first poll to its end, under
    /// `label`. The span starts when the returned future is first polled,
    /// which is when the work really begins.
    pub async fn span<F: IntoFuture>(&self, label: impl Into<String>, work: F) -> F::Output {
        let label = label.into();
        self.start(&label);
        let output = work.await;
        self.end(&label);
        output
    }

    /// Runs the blocking closure `work` and records its span under `label`.
    pub fn span_blocking<T>(&self, label: impl Into<String>, work: impl FnOnce() -> T) -> T {
        let label = label.into();
        self.start(&label);
        let output = work();
        self.end(&label);
        output
    }

    /// Records that the span `label` starts now (prefer [`Timeline::span`]).
    pub fn start(&self, label: &str) {
        let now = self.elapsed();
        self.with_row(label, |row| row.start = Some(now));
    }

    /// Records that the span `label` ends now.
    pub fn end(&self, label: &str) {
        let now = self.elapsed();
        self.with_row(label, |row| row.end = Some(now));
    }

    /// Records a single moment (a tick, an arrival) in the row `label`.
    pub fn mark(&self, label: &str) {
        let now = self.elapsed();
        self.with_row(label, |row| row.marks.push(now));
    }

    /// The rows so far, in the order their labels first appeared.
    pub fn rows(&self) -> Vec<Row> {
        self.rows.lock().expect("no panic while recording").clone()
    }

    /// The most spans that were running at the same moment.
    pub fn max_concurrent(&self) -> usize {
        let mut edges: Vec<(Duration, i32)> = Vec::new();
        for row in self.rows() {
            if let Some(start) = row.start {
                edges.push((start, 1));
                edges.push((row.end.unwrap_or(Duration::MAX), -1));
            }
        }
        // At equal times, ends come before starts: back to back is not overlap.
        edges.sort();
        let (mut running, mut most) = (0, 0);
        for (_, change) in edges {
            running += change;
            most = most.max(running);
        }
        most as usize
    }

    fn with_row(&self, label: &str, change: impl FnOnce(&mut Row)) {
        let mut rows = self.rows.lock().expect("no panic while recording");
        let index = match rows.iter().position(|row| row.label == label) {
            Some(index) => index,
            None => {
                rows.push(Row {
                    label: label.to_owned(),
                    start: None,
                    end: None,
                    marks: Vec::new(),
                });
                rows.len() - 1
            }
        };
        change(&mut rows[index]);
    }

    /// A time as a column, rounded to the nearest.
    fn column(&self, time: Duration) -> usize {
        let columns = time.as_secs_f64() / self.unit.as_secs_f64() * f64::from(self.per_unit);
        columns.round() as usize
    }

    /// A column back in units, for the numbers beside each bar ("1.5").
    fn units(&self, column: usize) -> String {
        let units = column as f64 / f64::from(self.per_unit);
        format!("{units}")
    }

    fn unit_name(&self) -> String {
        let millis = self.unit.as_millis();
        if millis >= 1000 && millis.is_multiple_of(1000) {
            format!("{} s", millis / 1000)
        } else {
            format!("{millis} ms")
        }
    }
}

impl fmt::Display for Timeline {
    /// The chart: an axis in units, then one row per label, with its bar and
    /// its start and end in units (or its marks, for a row of moments).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = self.rows();
        let now = self.column(self.elapsed());
        let last = rows
            .iter()
            .flat_map(|row| row.start.iter().chain(&row.end).chain(&row.marks))
            .map(|&time| self.column(time))
            .max()
            .unwrap_or(0);
        let per_unit = self.per_unit as usize;
        let units = last.div_ceil(per_unit).max(1);
        let width = units * per_unit + 1;
        let label_width = rows
            .iter()
            .map(|row| row.label.chars().count())
            .max()
            .unwrap_or(0)
            + 2;

        // The axis: a number every unit, or every 2, 5, 10 units when the
        // columns are too narrow for one at each.
        let step = [1, 2, 5, 10]
            .into_iter()
            .find(|step| step * per_unit >= 4)
            .unwrap_or(10);
        let mut axis = String::new();
        for unit in (0..=units).step_by(step) {
            let number = unit.to_string();
            if axis.len() <= unit * per_unit {
                axis.push_str(&" ".repeat(unit * per_unit - axis.len()));
                axis.push_str(&number);
            }
        }
        let axis = format!("{axis:<width$}");
        writeln!(
            f,
            "{:label_width$}{axis}   units of {}",
            "",
            self.unit_name()
        )?;

        for row in rows {
            let mut bar = vec![' '; width];
            let note = match (row.start, row.end) {
                (Some(start), end) => {
                    let from = self.column(start);
                    let to = end.map_or(now, |end| self.column(end));
                    if to == from {
                        bar[from] = '|';
                    }
                    for cell in &mut bar[from..to.max(from)] {
                        *cell = '█';
                    }
                    let to_text = match end {
                        Some(_) => self.units(to),
                        None => "…".to_owned(),
                    };
                    format!("{} → {to_text}", self.units(from))
                }
                (None, _) => {
                    let times: Vec<String> = row
                        .marks
                        .iter()
                        .map(|&time| self.units(self.column(time)))
                        .collect();
                    format!("at {}", times.join(", "))
                }
            };
            for &time in &row.marks {
                bar[self.column(time)] = '•';
            }
            let bar: String = bar.into_iter().collect();
            writeln!(f, "{:label_width$}{bar}  {note}", row.label)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const UNIT: Duration = Duration::from_millis(100);

    async fn units(n: u64) {
        tokio::time::sleep(UNIT * n as u32).await;
    }

    #[tokio::test(start_paused = true)]
    async fn records_spans_as_times_since_the_start() {
        let timeline = Timeline::new(UNIT);
        units(1).await;
        let answer = timeline.span("two", async {
            units(2).await;
            42
        });
        assert_eq!(answer.await, 42);
        assert_eq!(
            timeline.rows(),
            vec![Row {
                label: "two".into(),
                start: Some(UNIT),
                end: Some(UNIT * 3),
                marks: vec![],
            }]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn renders_bars_marks_and_the_axis() {
        let timeline = Timeline::new(UNIT);
        tokio::join!(
            timeline.span("zero", units(0)),
            timeline.span("one and a half", tokio::time::sleep(UNIT * 3 / 2)),
            timeline.span("two", units(2)),
            async {
                for _ in 0..2 {
                    units(1).await;
                    timeline.mark("tick");
                }
            },
        );
        let expected = [
            "                0   1   2   units of 100 ms",
            "zero            |          0 → 0",
            "one and a half  ██████     0 → 1.5",
            "two             ████████   0 → 2",
            "tick                •   •  at 1, 2",
        ];
        let shown = timeline.to_string();
        assert_eq!(shown.lines().collect::<Vec<_>>(), expected);
    }

    #[tokio::test(start_paused = true)]
    async fn counts_the_most_spans_running_at_once() {
        let timeline = Timeline::new(UNIT);
        // a: 0-2, b: 0-1, then c: 1-3 (starts as b ends), d: 2-3.
        tokio::join!(timeline.span("a", units(2)), async {
            timeline.span("b", units(1)).await;
            tokio::join!(timeline.span("c", units(2)), async {
                units(1).await;
                timeline.span("d", units(1)).await;
            });
        });
        assert_eq!(timeline.max_concurrent(), 2);
    }

    #[test]
    fn blocking_spans_use_the_real_clock_rounded_to_quarter_units() {
        let timeline = Timeline::new(Duration::from_secs(3600)); // a coarse unit
        timeline.span_blocking("instant", || std::thread::sleep(Duration::from_millis(1)));
        assert!(timeline.to_string().contains("instant  |"));
    }
}

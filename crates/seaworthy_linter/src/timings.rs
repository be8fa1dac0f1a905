//! Wall-clock time per phase of an audit (`seaworthy audit --timings`): walk, read, model per file
//! kind, each rule, render. Off by default; when off, [`time`] costs one atomic load.
//!
//! The recorder is process-wide so that phases deep in the pipeline (the model's per-kind build
//! steps, each rule in the engine) can report without threading a handle through every API.
//! Entries with the same label add up (a phase that runs twice, e.g. after `--fix`, counts twice).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

static ENABLED: AtomicBool = AtomicBool::new(false);
static ENTRIES: Mutex<Vec<Entry>> = Mutex::new(Vec::new());

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub label: String,
    pub elapsed: Duration,
    /// How many times the phase ran.
    pub runs: u32,
}

/// Start recording (for the rest of the process).
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Add `elapsed` to the phase `label`.
pub fn record(label: &str, elapsed: Duration) {
    if !enabled() {
        return;
    }
    let Ok(mut entries) = ENTRIES.lock() else {
        return;
    };
    match entries.iter_mut().find(|e| e.label == label) {
        Some(e) => {
            e.elapsed += elapsed;
            e.runs += 1;
        }
        None => entries.push(Entry {
            label: label.to_string(),
            elapsed,
            runs: 1,
        }),
    }
}

/// Run `f` and record its wall time under `label` (when recording is on).
pub fn time<T>(label: &str, f: impl FnOnce() -> T) -> T {
    if !enabled() {
        return f();
    }
    let start = Instant::now();
    let out = f();
    record(label, start.elapsed());
    out
}

/// Everything recorded so far, slowest first (ties by label).
pub fn entries() -> Vec<Entry> {
    let mut v = ENTRIES.lock().map(|e| e.clone()).unwrap_or_default();
    sort(&mut v);
    v
}

fn sort(v: &mut [Entry]) {
    v.sort_by(|a, b| {
        b.elapsed
            .cmp(&a.elapsed)
            .then_with(|| a.label.cmp(&b.label))
    });
}

/// The table printed by `--timings`: one line per phase, slowest first, with its share of
/// `total`; phases under 0.1 ms are folded into one line. Rules are labelled `rule NAME`; they run
/// in parallel, so their lines add up to more than the `rules (all, wall clock)` phase.
pub fn report(entries: &[Entry], total: Duration) -> String {
    let mut v = entries.to_vec();
    sort(&mut v);
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let pct = |d: Duration| {
        if total.is_zero() {
            0.0
        } else {
            100.0 * d.as_secs_f64() / total.as_secs_f64()
        }
    };
    let mut out = format!("timings (wall clock): {:.1} ms total\n", ms(total));
    let floor = Duration::from_micros(100);
    let (shown, folded): (Vec<&Entry>, Vec<&Entry>) = v.iter().partition(|e| e.elapsed >= floor);
    for e in &shown {
        let runs = if e.runs > 1 {
            format!(" (x{})", e.runs)
        } else {
            String::new()
        };
        out.push_str(&format!(
            "{:>10.1} ms {:>5.1}%  {}{runs}\n",
            ms(e.elapsed),
            pct(e.elapsed),
            e.label
        ));
    }
    if !folded.is_empty() {
        let sum: Duration = folded.iter().map(|e| e.elapsed).sum();
        out.push_str(&format!(
            "{:>10.1} ms {:>5.1}%  {} more under 0.1 ms each\n",
            ms(sum),
            pct(sum),
            folded.len()
        ));
    }
    let rules: Vec<&Entry> = v.iter().filter(|e| e.label.starts_with("rule ")).collect();
    if !rules.is_empty() {
        let sum: Duration = rules.iter().map(|e| e.elapsed).sum();
        out.push_str(&format!(
            "{:>10.1} ms {:>5.1}%  sum of the {} rule lines (rules run in parallel)\n",
            ms(sum),
            pct(sum),
            rules.len()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(label: &str, micros: u64, runs: u32) -> Entry {
        Entry {
            label: label.into(),
            elapsed: Duration::from_micros(micros),
            runs,
        }
    }

    #[test]
    fn report_sorts_slowest_first_and_folds_tiny_phases() {
        let entries = vec![
            e("walk", 2_000, 1),
            e("rule runs-as-root", 30, 1),
            e("rule healthcheck-missing", 5_000, 1),
            e("render", 20, 1),
            e("model: compose", 3_000, 2),
        ];
        let r = report(&entries, Duration::from_millis(10));
        let lines: Vec<&str> = r.lines().collect();
        assert_eq!(lines[0], "timings (wall clock): 10.0 ms total");
        assert!(lines[1].ends_with("50.0%  rule healthcheck-missing"), "{r}");
        assert!(lines[2].ends_with("30.0%  model: compose (x2)"), "{r}");
        assert!(lines[3].ends_with("20.0%  walk"), "{r}");
        assert!(lines[4].contains("2 more under 0.1 ms each"), "{r}");
        assert!(lines[5].contains("sum of the 2 rule lines"), "{r}");
        assert!(lines[5].contains("5.0 ms"), "{r}");
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn time_returns_the_value_and_adds_up_runs() {
        // the recorder is process-wide: use labels no other test uses
        enable();
        assert_eq!(time("test-phase-enabled", || 8), 8);
        time("test-phase-enabled", || ());
        let got = entries();
        let e = got.iter().find(|e| e.label == "test-phase-enabled");
        assert_eq!(e.map(|e| e.runs), Some(2));
    }
}

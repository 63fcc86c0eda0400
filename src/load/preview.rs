//! What a large file holds so far, while it is still being read: how many
//! events start in each month, counted by the threads that parse the
//! pieces, for the window to draw before the whole file is in.

use crate::model::date::{MAX_YEAR, MIN_YEAR};
use crate::model::{Date, Event};
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering::Relaxed};

/// Days in one bucket: a month on average.
const BUCKET_DAYS: f64 = 365.2425 / 12.0;

/// Counts of the events read so far, per month-long bucket over every
/// year Entente shows. Shared between the parsing threads and the window.
pub struct Preview {
    first_day: f64,
    buckets: Box<[AtomicU32]>,
    events: AtomicUsize,
}

/// The counts of a [`Preview`] at one moment, over the buckets that have
/// events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Density {
    /// Day number (as [`Date::start_day`]) where the first bucket starts.
    pub start_day: f64,
    pub bucket_days: f64,
    pub counts: Vec<u32>,
    /// Events counted.
    pub events: usize,
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Preview")
            .field("events", &self.events())
            .finish_non_exhaustive()
    }
}

impl Default for Preview {
    fn default() -> Self {
        Self::new()
    }
}

impl Preview {
    pub fn new() -> Self {
        let first_day = Date::year(MIN_YEAR).start_day() as f64;
        let last_day = Date::year(MAX_YEAR).end_day_exclusive() as f64;
        let n = ((last_day - first_day) / BUCKET_DAYS).ceil() as usize + 1;
        Self {
            first_day,
            buckets: (0..n).map(|_| AtomicU32::new(0)).collect(),
            events: AtomicUsize::new(0),
        }
    }

    /// Counts `events` (their dates worked out).
    pub(crate) fn add(&self, events: &[Event]) {
        let last = self.buckets.len() - 1;
        for e in events {
            let at = ((e.when.span_days().0 - self.first_day) / BUCKET_DAYS).max(0.0) as usize;
            self.buckets[at.min(last)].fetch_add(1, Relaxed);
        }
        self.events.fetch_add(events.len(), Relaxed);
    }

    /// Events counted so far.
    pub fn events(&self) -> usize {
        self.events.load(Relaxed)
    }

    /// The counts now, from the first bucket with events to the last.
    pub fn density(&self) -> Density {
        let counts: Vec<u32> = self.buckets.iter().map(|b| b.load(Relaxed)).collect();
        let Some(first) = counts.iter().position(|&c| c > 0) else {
            return Density::default();
        };
        let last = counts.iter().rposition(|&c| c > 0).unwrap_or(first);
        Density {
            start_day: self.first_day + first as f64 * BUCKET_DAYS,
            bucket_days: BUCKET_DAYS,
            counts: counts[first..=last].to_vec(),
            events: self.events(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_events_by_the_month_they_start() {
        let ds = crate::load::load_str(crate::BUNDLED_DATA).unwrap().dataset;
        let preview = Preview::new();
        preview.add(&ds.events[..10]);
        preview.add(&ds.events[10..]);
        let d = preview.density();
        assert_eq!(d.events, ds.events.len());
        assert_eq!(d.counts.iter().sum::<u32>() as usize, ds.events.len());
        let first = ds
            .events
            .iter()
            .map(|e| e.when.span_days().0)
            .fold(f64::MAX, f64::min);
        assert!(d.start_day <= first && first < d.start_day + d.bucket_days);
        assert!(d.counts[0] > 0 && *d.counts.last().unwrap() > 0);
        assert_eq!(Preview::new().density(), Density::default());
    }
}

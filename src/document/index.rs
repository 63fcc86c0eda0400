//! The events the timeline shows, indexed per lane by start time, so that a
//! frame finds the visible range with a binary search: the cost of a frame
//! then follows the width of the view, not the number of events.

use super::lanes::{LaneBy, LaneHead, Lanes};
use crate::model::Dataset;

/// One lane's events, sorted by start time.
#[derive(Clone, Debug)]
pub struct Lane {
    /// Its name and colour.
    pub head: LaneHead,
    /// Start of each event (epoch days), ascending.
    pub starts: Vec<f64>,
    /// End (exclusive) of each event, same order.
    pub ends: Vec<f64>,
    /// The event's index in the dataset, same order.
    pub events: Vec<u32>,
    /// The longest event in the lane, in days.
    pub max_len: f64,
    /// Every [`SAMPLE`]th start: small enough to stay in cache, so a search
    /// first narrows to one block of [`SAMPLE`] starts.
    pub sample: Vec<f64>,
    /// How many events fall before any time, each spread over its span:
    /// the density of a dense lane in O(1) per column.
    pub mass: Mass,
}

/// The cumulative mass of a lane's events over time: each event weighs 1,
/// spread evenly over the days it may cover, so a date known only to the
/// year counts a little on each day of the year rather than all on 1
/// January. Kept per bin of at least a day (at most [`MAX_BINS`] bins).
#[derive(Clone, Debug, Default)]
pub struct Mass {
    first: f64,
    bin_days: f64,
    /// `cum[i]`: the mass before bin `i`; one more entry than bins.
    cum: Vec<f64>,
}

/// The most bins a lane's mass is kept in (a day each for 1,000 years).
pub(crate) const MAX_BINS: usize = 400_000;

impl Mass {
    fn build(starts: &[f64], ends: &[f64]) -> Self {
        let Some(&first) = starts.first() else {
            return Self::default();
        };
        let last = ends.iter().copied().fold(first + 1.0, f64::max);
        let bin_days = ((last - first) / MAX_BINS as f64).max(1.0);
        let bins = ((last - first) / bin_days).ceil() as usize + 1;
        let mut diff = vec![0.0f64; bins + 1];
        for (&s, &t) in starts.iter().zip(ends) {
            let a = (((s - first) / bin_days).floor() as usize).min(bins - 1);
            let b = (((t - first) / bin_days).ceil() as usize).clamp(a + 1, bins);
            let w = 1.0 / (b - a) as f64;
            diff[a] += w;
            diff[b] -= w;
        }
        let mut cum = Vec::with_capacity(bins + 1);
        let (mut per_bin, mut total) = (0.0, 0.0);
        cum.push(0.0);
        for d in &diff[..bins] {
            per_bin += d;
            total += per_bin;
            cum.push(total);
        }
        Self {
            first,
            bin_days,
            cum,
        }
    }

    /// The mass before time `t` (epoch days), interpolated within a bin.
    pub fn before(&self, t: f64) -> f64 {
        let bins = self.cum.len().saturating_sub(1);
        if bins == 0 {
            return 0.0;
        }
        let x = (t - self.first) / self.bin_days;
        if x <= 0.0 {
            0.0
        } else if x >= bins as f64 {
            self.cum[bins]
        } else {
            let i = x.floor() as usize;
            self.cum[i] + (self.cum[i + 1] - self.cum[i]) * (x - i as f64)
        }
    }
}

/// One start in this many is kept in [`Lane::sample`].
pub(crate) const SAMPLE: usize = 64;

impl Lane {
    pub fn new(head: LaneHead) -> Self {
        Self {
            head,
            starts: Vec::new(),
            ends: Vec::new(),
            events: Vec::new(),
            max_len: 0.0,
            sample: Vec::new(),
            mass: Mass::default(),
        }
    }

    /// Fills [`Self::sample`] and [`Self::mass`] from the starts and ends.
    pub fn finish(&mut self) {
        // Built by pushing: give back the room a million events left.
        self.starts.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.events.shrink_to_fit();
        self.sample = self.starts.iter().step_by(SAMPLE).copied().collect();
        self.mass = Mass::build(&self.starts, &self.ends);
    }

    /// The first index whose start is not before `t` (like
    /// `starts.partition_point(|s| s < t)`, with few cache misses).
    pub(crate) fn lower_bound(&self, t: f64) -> usize {
        if self.sample.len() * SAMPLE < self.starts.len() {
            return self.starts.partition_point(|&s| s < t);
        }
        // sample[b] = starts[b * SAMPLE]: the answer lies in the block before
        // the first sample that is not below t.
        let b = self.sample.partition_point(|&s| s < t);
        let hi = (b * SAMPLE).min(self.starts.len());
        let lo = hi.saturating_sub(SAMPLE).min(hi);
        let lo = if b == 0 { 0 } else { lo };
        lo + self.starts[lo..hi].partition_point(|&s| s < t)
    }
}

/// The events the timeline shows (after filters), indexed by lane and time.
#[derive(Clone, Debug, Default)]
pub struct TimelineIndex {
    pub lanes: Vec<Lane>,
    /// All shown events in time order (start, then dataset order).
    pub order: Vec<u32>,
    /// Earliest start and latest end of the shown events.
    pub extent: Option<(f64, f64)>,
}

impl TimelineIndex {
    /// Indexes the events of `ds` for which `keep` is true, in lanes by
    /// kind.
    pub fn build(ds: &Dataset, keep: impl FnMut(usize) -> bool) -> Self {
        Self::build_by(ds, LaneBy::Kind, keep)
    }

    /// Like [`Self::build`], in lanes by `by`.
    pub(crate) fn build_by(ds: &Dataset, by: LaneBy, keep: impl FnMut(usize) -> bool) -> Self {
        Self::build_from_order(ds, &Lanes::new(ds, by), &time_order(ds), keep)
    }

    /// Indexes the events of `ds` for which `keep` is true into `lanes`
    /// (every lane appears, even when the filters empty it, so lanes do not
    /// jump around while filtering), from every event already in time
    /// order (see [`time_order`]): filtering then costs one pass, no sort.
    pub(crate) fn build_from_order(
        ds: &Dataset,
        lanes_of: &Lanes,
        by_time: &[u32],
        mut keep: impl FnMut(usize) -> bool,
    ) -> Self {
        let order: Vec<u32> = by_time
            .iter()
            .copied()
            .filter(|&i| keep(i as usize))
            .collect();
        let mut lanes: Vec<Lane> = lanes_of.heads.iter().cloned().map(Lane::new).collect();
        let mut extent: Option<(f64, f64)> = None;
        for &i in &order {
            let e = &ds.events[i as usize];
            let (s, t) = e.when.span_days();
            for &l in lanes_of.of(ds, i as usize) {
                let lane = &mut lanes[l as usize];
                lane.starts.push(s);
                lane.ends.push(t);
                lane.events.push(i);
                lane.max_len = lane.max_len.max(t - s);
            }
            extent = Some(match extent {
                Some((a, b)) => (a.min(s), b.max(t)),
                None => (s, t),
            });
        }
        for lane in &mut lanes {
            lane.finish();
        }
        Self {
            lanes,
            order,
            extent,
        }
    }

    /// How many shown events overlap `[a, b)` (epoch days), each counted
    /// once however many lanes it is in.
    pub(crate) fn count_in(&self, ds: &Dataset, a: f64, b: f64) -> usize {
        self.order
            .iter()
            .filter(|&&i| {
                let (s, t) = ds.events[i as usize].when.span_days();
                s < b && t > a
            })
            .count()
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Position of event `event` in time order, if shown.
    pub fn position(&self, ds: &Dataset, event: usize) -> Option<usize> {
        let key = ds.events.get(event)?.when.sort_key();
        let lo = self
            .order
            .partition_point(|&i| ds.events[i as usize].when.sort_key() < key);
        self.order[lo..]
            .iter()
            .take_while(|&&i| ds.events[i as usize].when.sort_key() == key)
            .position(|&i| i as usize == event)
            .map(|p| lo + p)
    }
}

/// Every event of `ds` in time order (start, then dataset order).
pub(crate) fn time_order(ds: &Dataset) -> Vec<u32> {
    let mut keyed: Vec<(f64, u32)> = ds
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.when.sort_key(), i as u32))
        .collect();
    keyed.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    keyed.into_iter().map(|(_, i)| i).collect()
}

#[cfg(test)]
impl Lane {
    /// A lane of one-day events starting on `starts`, event `i` at `starts[i]`.
    pub(crate) fn of_days(starts: &[f64]) -> Self {
        let mut l = Self::new(LaneHead {
            label: "Other".into(),
            color: crate::model::LaneColor::Rest,
            description: None,
        });
        l.starts = starts.to_vec();
        l.ends = starts.iter().map(|s| s + 1.0).collect();
        l.events = (0..starts.len() as u32).collect();
        l.max_len = 1.0;
        l.finish();
        l
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mass_spreads_each_event_over_its_span() {
        let mut l = Lane::of_days(&[10.0, 20.0]);
        // A second event that covers a year (as a date known to the year).
        l.ends[1] = 20.0 + 365.0;
        l.max_len = 365.0;
        l.finish();
        assert!((l.mass.before(1e9) - 2.0).abs() < 1e-9);
        assert!((l.mass.before(11.0) - 1.0).abs() < 1e-9);
        // Half the year: the first event and half the second.
        let mid = 20.0 + 365.0 / 2.0;
        assert!(
            (l.mass.before(mid) - 1.5).abs() < 1e-6,
            "{}",
            l.mass.before(mid)
        );
        assert_eq!(l.mass.before(0.0), 0.0);
    }

    #[test]
    fn sampled_search_finds_the_same_place_as_binary_search() {
        for n in [0usize, 1, 63, 64, 65, 1000, 4097] {
            let mut l = Lane::of_days(&(0..n).map(|i| (i / 3) as f64).collect::<Vec<_>>());
            l.finish();
            for t in [
                -1.0, 0.0, 0.5, 5.0, 170.0, 333.0, 400.0, 1365.0, 1366.0, 5000.0,
            ] {
                let want = l.starts.partition_point(|&s| s < t);
                assert_eq!(l.lower_bound(t), want, "n {n} t {t}");
            }
        }
    }
}

//! Which events to draw, and how: each lane of the index
//! ([`crate::document::TimelineIndex`]) is queried by binary search for the
//! visible range, and events closer than a few pixels are merged into
//! clusters that show their count.
//!
//! The cost of a frame follows the width of the view in pixels, not the
//! number of events: a dense view counts events per pixel column with one
//! binary search per column.

use super::axis::TimeView;
use crate::document::Lane;

/// Events closer than this (in pixels) cannot be drawn apart.
pub(crate) const MIN_GAP_PX: f32 = 6.0;
/// Width of a counting column in the dense path.
const COLUMN_PX: f32 = 3.0;
/// Width of a counting column where events are far denser than pixels.
const DENSE_COLUMN_PX: f32 = 8.0;
/// The widest a cluster grows before a new one starts, so a dense decade
/// reads as a row of counts rather than one pill.
pub(crate) const MAX_CLUSTER_PX: f32 = 40.0;
/// Up to this many candidates in a lane, events are walked one by one.
const WALK_LIMIT: usize = 2_000;

/// Something drawn in a lane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Item {
    /// One event, drawn on its own (dataset index).
    Single { event: u32, start: f64, end: f64 },
    /// Several events too close to draw apart.
    Cluster { count: u32, start: f64, end: f64 },
}

impl Item {
    #[cfg(test)]
    pub(crate) fn count(&self) -> usize {
        match self {
            Self::Single { .. } => 1,
            Self::Cluster { count, .. } => *count as usize,
        }
    }

    pub(crate) fn span(&self) -> (f64, f64) {
        match *self {
            Self::Single { start, end, .. } | Self::Cluster { start, end, .. } => (start, end),
        }
    }
}

/// How wide a cluster's pill is drawn (its count, written with thousands
/// separators, and padding), at least: the next mark starts beyond it.
pub(crate) fn pill_px(count: usize) -> f32 {
    let digits = count.max(1).ilog10() as usize + 1;
    let chars = digits + (digits - 1) / 3;
    chars as f32 * 7.0 + 10.0
}

/// Width of a density column, in pixels.
pub(crate) const DENSITY_COLUMN_PX: f32 = 2.0;

/// How many of the lane's events overlap the view, counting no further
/// than just past `limit` (the answer is then "more than `limit`").
pub(crate) fn in_view(lane: &Lane, view: &TimeView, limit: usize) -> usize {
    let lo = lane.lower_bound(view.start);
    let hi = lane.lower_bound(view.end);
    let mut n = hi.saturating_sub(lo);
    // Events that started before the view and reach into it.
    let early = lane.lower_bound(view.start - lane.max_len);
    for i in early..lo {
        if n > limit {
            break;
        }
        if lane.ends[i] > view.start {
            n += 1;
        }
    }
    n
}

/// The most marks [`MIN_GAP_PX`] apart that fit across `width` pixels.
pub(crate) fn marks_that_fit(width: f32) -> usize {
    (width.max(1.0) / MIN_GAP_PX) as usize
}

/// Is the lane too dense to draw its events as marks? More events overlap
/// the view than marks could fit across the width: then it is drawn as
/// density, and its events appear as marks once they fit.
pub(crate) fn is_dense(lane: &Lane, view: &TimeView, width: f32) -> bool {
    let fit = marks_that_fit(width);
    in_view(lane, view, fit) > fit
}

/// Events per column of [`DENSITY_COLUMN_PX`] across `width` pixels, each
/// event spread over the days it may cover (see
/// [`crate::document::Mass`]): fractional, so a date known to the
/// year does not pile up on 1 January. `out` is reused between frames; the
/// cost is one lookup per column.
pub(crate) fn density(lane: &Lane, view: &TimeView, width: f32, out: &mut Vec<f32>) {
    out.clear();
    let n_cols = (width.max(1.0) / DENSITY_COLUMN_PX).ceil() as usize;
    let col_days = view.span() / n_cols as f64;
    let mut prev = lane.mass.before(view.start);
    for c in 0..n_cols {
        let next = lane.mass.before(view.start + (c + 1) as f64 * col_days);
        out.push((next - prev).max(0.0) as f32);
        prev = next;
    }
}

/// Lays out one lane for `view` on an axis `width` pixels wide, appending to
/// `out` (reused between frames). Events are grouped by where they start.
pub(crate) fn layout_lane(lane: &Lane, view: &TimeView, width: f32, out: &mut Vec<Item>) {
    out.clear();
    let width = width.max(1.0);
    let px_per_day = view.px_per_day(width);
    let lo = lane.lower_bound(view.start - lane.max_len);
    let hi = lane.lower_bound(view.end);
    if lo >= hi {
        return;
    }
    if hi - lo <= WALK_LIMIT {
        walk(lane, view, px_per_day, lo, hi, out);
    } else {
        columns(lane, view, width, lo, hi, out);
    }
}

/// Few candidates: merge neighbours closer than [`MIN_GAP_PX`].
fn walk(lane: &Lane, view: &TimeView, px_per_day: f64, lo: usize, hi: usize, out: &mut Vec<Item>) {
    let gap_days = f64::from(MIN_GAP_PX) / px_per_day;
    let max_days = f64::from(MAX_CLUSTER_PX) / px_per_day;
    // A start under a cluster's pill (or so close after it that its dot
    // would touch it) joins it.
    let pill_days = |count: u32| f64::from(pill_px(count as usize) + MIN_GAP_PX) / px_per_day;
    // first, last, how many, max end. Events between first and last that
    // ended before the view are skipped, so the count is kept, not derived.
    let mut group: Option<(usize, usize, u32, f64)> = None;
    let flush = |g: (usize, usize, u32, f64), out: &mut Vec<Item>| {
        let (first, _, count, end) = g;
        if count == 1 {
            out.push(Item::Single {
                event: lane.events[first],
                start: lane.starts[first],
                end: lane.ends[first],
            });
        } else {
            out.push(Item::Cluster {
                count,
                start: lane.starts[first],
                end,
            });
        }
    };
    for i in lo..hi {
        if lane.ends[i] <= view.start {
            continue;
        }
        // Spans wider than the gap are drawn as bars; what overlaps in
        // pixels is merged by start position only.
        let s = lane.starts[i].max(view.start);
        match &mut group {
            Some((first, last, count, end))
                if (s - lane.starts[*last].max(view.start) < gap_days
                    && s - lane.starts[*first].max(view.start) < max_days)
                    || (*count > 1
                        && s - lane.starts[*first].max(view.start) < pill_days(*count)) =>
            {
                *last = i;
                *count += 1;
                // A cluster spans where its events start: a month- or
                // year-long member does not stretch it over the view.
                *end = lane.starts[i] + 1.0;
            }
            _ => {
                if let Some(g) = group.take() {
                    flush(g, out);
                }
                group = Some((i, i, 1, lane.starts[i] + 1.0));
            }
        }
    }
    if let Some(g) = group {
        flush(g, out);
    }
}

/// Many candidates: count events per pixel column with binary searches, and
/// merge runs of columns that are closer than [`MIN_GAP_PX`].
fn columns(lane: &Lane, view: &TimeView, width: f32, lo: usize, hi: usize, out: &mut Vec<Item>) {
    // Very dense lanes are counted in wider columns: nothing in them could
    // be drawn apart anyway, and each column costs one search.
    let column_px = if (hi - lo) as f32 > width * 4.0 {
        DENSE_COLUMN_PX
    } else {
        COLUMN_PX
    };
    let n_cols = (width / column_px).ceil() as usize;
    let col_days = view.span() / n_cols as f64;
    let gap_cols = (MIN_GAP_PX / column_px).ceil() as usize;
    // Events that start before the view but reach into it join the first column.
    let first_in_view = lo + lane.starts[lo..hi].partition_point(|&s| s < view.start);
    let mut carried = 0usize;
    let mut carried_first = first_in_view;
    for i in lo..first_in_view {
        if lane.ends[i] > view.start {
            if carried == 0 {
                carried_first = i;
            }
            carried += 1;
        }
    }
    let max_cols = (MAX_CLUSTER_PX / column_px) as usize;
    let mut run_start_col = 0;
    let mut run: Option<(usize, usize, usize, usize)> = None; // first pos, last pos, count, last col
    let mut pos = first_in_view;
    if carried > 0 {
        run = Some((carried_first, first_in_view.saturating_sub(1), carried, 0));
    }
    let push_run = |r: (usize, usize, usize, usize), out: &mut Vec<Item>| {
        let (first, last, count, _) = r;
        if count == 1 {
            out.push(Item::Single {
                event: lane.events[first],
                start: lane.starts[first],
                end: lane.ends[first],
            });
        } else {
            out.push(Item::Cluster {
                count: count as u32,
                start: lane.starts[first],
                end: lane.starts[last] + 1.0,
            });
        }
    };
    for col in 0..n_cols {
        if pos >= hi {
            break;
        }
        let t1 = view.start + (col + 1) as f64 * col_days;
        // Skip empty columns quickly: jump to the column of the next event.
        let next_col = ((lane.starts[pos] - view.start) / col_days).floor() as usize;
        if next_col > col {
            continue;
        }
        let end = lane.lower_bound(t1).clamp(pos, hi);
        let count = end - pos;
        if count == 0 {
            continue;
        }
        run = match run {
            Some((first, _, c, last_col))
                if (col - last_col <= gap_cols && col - run_start_col < max_cols)
                    || (c > 1
                        && ((col - run_start_col) as f32) * column_px
                            < pill_px(c) + MIN_GAP_PX) =>
            {
                Some((first, end - 1, c + count, col))
            }
            other => {
                if let Some(r) = other {
                    push_run(r, out);
                }
                run_start_col = col;
                Some((pos, end - 1, count, col))
            }
        };
        pos = end;
    }
    if let Some(r) = run {
        push_run(r, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each item's drawn extent in pixels: a pill as wide as its count, a
    /// single mark a dot.
    fn extents(out: &[Item], view: &TimeView, width: f32) -> Vec<(f32, f32)> {
        out.iter()
            .map(|item| {
                let (s, e) = item.span();
                let x0 = view.x_of(s.max(view.start), 0.0, width);
                let x1 = view.x_of(e.min(view.end), 0.0, width);
                match item {
                    Item::Cluster { count, .. } => (x0, x0 + pill_px(*count as usize).max(x1 - x0)),
                    Item::Single { .. } => (x0 - 5.0, x0 + 5.0),
                }
            })
            .collect()
    }

    #[test]
    fn a_cluster_pill_never_lies_over_the_next_mark() {
        let view = TimeView {
            start: 0.0,
            end: 1000.0,
        };
        let width = 1000.0;
        // A crowd on one day, then events a little further on each:
        // beyond the gap, but under a pill of "100" or "2,500", or just
        // after it (a dot there would touch it).
        for crowd in [100usize, 2_500] {
            let after = 100.0 + f64::from(pill_px(crowd)) + 3.0;
            let mut days: Vec<f64> = vec![100.0; crowd];
            days.extend([108.0, 116.0, 124.0, 300.0]);
            let lane = Lane::of_days(&days);
            let mut out = Vec::new();
            layout_lane(&lane, &view, width, &mut out);
            let ext = extents(&out, &view, width);
            for pair in ext.windows(2) {
                assert!(
                    pair[1].0 >= pair[0].1,
                    "{crowd}: {pair:?} overlap in {out:?}"
                );
            }
            let mut days: Vec<f64> = vec![100.0; crowd];
            days.extend([after, 300.0]);
            let lane = Lane::of_days(&days);
            let mut out = Vec::new();
            layout_lane(&lane, &view, width, &mut out);
            let total: usize = out.iter().map(Item::count).sum();
            assert_eq!(total, days.len());
            let ext = extents(&out, &view, width);
            for pair in ext.windows(2) {
                assert!(
                    pair[1].0 >= pair[0].1,
                    "{crowd}: {pair:?} overlap in {out:?}"
                );
            }
        }
    }

    #[test]
    fn far_apart_events_are_single_and_close_ones_cluster() {
        let l = Lane::of_days(&[10.0, 10.2, 50.0, 90.0]);
        let mut out = Vec::new();
        layout_lane(
            &l,
            &TimeView {
                start: 0.0,
                end: 100.0,
            },
            1000.0,
            &mut out,
        );
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].count(), 2);
        assert!(matches!(out[1], Item::Single { event: 2, .. }));
    }

    #[test]
    fn clusters_count_only_the_events_in_view() {
        // Long events that ended before the view sit between ones that reach
        // into it: they are not counted in the cluster at the view's start.
        let mut l = Lane::of_days(&[0.0, 1.0, 2.0, 3.0, 4.0, 50.0]);
        l.ends = vec![200.0, 2.0, 3.0, 4.0, 200.0, 51.0];
        l.max_len = 200.0;
        l.finish();
        let mut out = Vec::new();
        let view = TimeView {
            start: 100.0,
            end: 300.0,
        };
        layout_lane(&l, &view, 1000.0, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].count(), 2, "{out:?}");
    }

    #[test]
    fn density_counts_every_visible_event_once() {
        let starts: Vec<f64> = (0..100_000).map(|i| f64::from(i) * 0.01).collect();
        let l = Lane::of_days(&starts);
        let view = TimeView {
            start: 100.0,
            end: 600.0,
        };
        assert!(is_dense(&l, &view, 800.0));
        let mut counts = Vec::new();
        density(&l, &view, 800.0, &mut counts);
        assert_eq!(counts.len(), 400);
        // Each one-day event weighs 1 over its day: 500 days of 100 a day.
        let total: f64 = counts.iter().map(|&c| f64::from(c)).sum();
        assert!((total - 50_000.0).abs() < 1.0, "{total}");
        assert!(
            counts.iter().all(|&c| (c - 125.0).abs() < 0.5),
            "even spread"
        );
        // Few events in view: marks, not density.
        let sparse = TimeView {
            start: 100.0,
            end: 100.1,
        };
        assert!(!is_dense(&l, &sparse, 800.0));
    }

    #[test]
    fn dense_lanes_count_every_visible_event() {
        let starts: Vec<f64> = (0..100_000).map(|i| f64::from(i) * 0.01).collect();
        let l = Lane::of_days(&starts);
        let mut out = Vec::new();
        let view = TimeView {
            start: 100.0,
            end: 600.0,
        };
        layout_lane(&l, &view, 800.0, &mut out);
        let total: usize = out.iter().map(Item::count).sum();
        // Starts in [100, 600) plus the ones that began within a day before.
        let expected = starts
            .iter()
            .filter(|&&s| s < 600.0 && s + 1.0 > 100.0)
            .count();
        assert_eq!(total, expected);
        assert!(
            out.len() < 800,
            "drawn items follow the width, got {}",
            out.len()
        );
    }
}

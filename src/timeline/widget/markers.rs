//! Event markers: where the timeline drew each event (or cluster) this
//! frame, in its lane's colour, for the charts to draw as thin lines on the
//! shared time axis without laying the lanes out again.

use super::super::axis::TimeView;
use super::super::layout::Item;
use crate::document::{Lane, TimelineIndex};
use crate::format::{date_with_precision, plural};
use crate::model::Dataset;
use crate::theme::lane_color;
use egui::Color32;

/// An event (or a cluster of them) as the charts mark it: a thin line in
/// its lane's colour where it starts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    pub t: f64,
    pub color: Color32,
    pub weight: f32,
    pub of: MarkerOf,
}

/// What a marker stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarkerOf {
    /// An event, by dataset index.
    Event(usize),
    /// A cluster of `count` events in lane number `lane` of the index.
    Cluster { count: u32, lane: usize },
}

impl Marker {
    /// The marker of a laid-out item of lane number `lane_no`.
    pub(crate) fn of(
        item: &Item,
        lane_no: usize,
        lane: &Lane,
        view: &TimeView,
        dark: bool,
    ) -> Self {
        let (s, _) = item.span();
        let (weight, of) = match *item {
            Item::Single { event, .. } => (1.0, MarkerOf::Event(event as usize)),
            Item::Cluster { count, .. } => (
                2.5,
                MarkerOf::Cluster {
                    count,
                    lane: lane_no,
                },
            ),
        };
        Self {
            t: s.max(view.start),
            color: lane_color(lane.head.color, dark).gamma_multiply(0.55),
            weight,
            of,
        }
    }

    /// What it stands for, in words: the event's title and date, or the
    /// count of a cluster and its lane.
    pub(crate) fn describe(&self, ds: &Dataset, index: &TimelineIndex) -> String {
        match self.of {
            MarkerOf::Event(i) => ds.events.get(i).map_or_else(String::new, |e| {
                format!("{} · {}", e.marked_title(), date_with_precision(&e.when))
            }),
            MarkerOf::Cluster { count, lane } => format!(
                "{} ({})",
                plural(count as usize, "event"),
                index
                    .lanes
                    .get(lane)
                    .map_or(String::new(), |l| l.head.label.clone())
            ),
        }
    }
}

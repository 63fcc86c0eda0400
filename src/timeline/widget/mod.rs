//! The timeline widget: paints lanes, ticks, events and clusters, and turns
//! pointer input into view changes (its own state) and actions (for the
//! app). Split by concern: `input` (pan, zoom, range, menu), `paint` (the
//! painters and geometry of a frame, the grid, one event's mark), `lanes`
//! (a lane's marks, labels and clusters), `gutter` (the lane's legend),
//! `eras` (the rows of eras), `density` (a lane too dense for marks) and
//! `markers` (what the charts draw of the events).

mod density;
mod eras;
mod gutter;
mod input;
mod lanes;
mod markers;
mod paint;

pub(crate) use eras::era_parties;
pub(crate) use markers::Marker;

use super::axis::TimeView;
use super::layout::Item;
use crate::command::ChartExport;
use crate::document::TimelineIndex;
use crate::model::Dataset;
use crate::theme::{AXIS_HEIGHT, ERA_ROW_HEIGHT, GUTTER, LANE_HEIGHT, MIN_LANE_HEIGHT};
use egui::{Rect, Role, Sense, Ui, WidgetInfo, pos2, vec2};

/// What the user asked for in the timeline this frame.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub(crate) enum TimelineAction {
    /// Select an event (dataset index).
    Select(usize),
    /// Select an era (dataset index).
    SelectEra(usize),
    /// Clear the selection (click on empty space).
    ClearSelection,
    /// Zoom to a span of epoch days (a clicked cluster).
    ZoomTo(f64, f64),
    /// Save or copy the timeline, or save the events shown (its context
    /// menu).
    Export(ChartExport),
}

/// Reusable buffers and per-frame results of the timeline.
#[derive(Default)]
pub(crate) struct Timeline {
    items: Vec<Item>,
    /// Event markers of the last frame: the charts draw these instead of
    /// laying the lanes out again.
    pub markers: Vec<Marker>,
    /// Where the timeline was drawn last frame (for screenshots and tests).
    pub last_rect: Option<Rect>,
    /// Counts from the last frame: drawn singles, clusters, events in clusters.
    pub last_stats: FrameStats,
    /// The labels drawn last frame.
    pub last_labels: Vec<DrawnLabel>,
    /// The axis labels drawn last frame: text, x of the grid line, rect.
    pub last_ticks: Vec<(String, f32, Rect)>,
    /// The eras drawn last frame: dataset index, band, whether labelled.
    pub last_eras: Vec<(usize, Rect, bool)>,
    /// Events per density column of the lane being drawn (reused).
    density: Vec<f32>,
    /// The lanes drawn as density last frame: lane number, band, busiest
    /// column's count (rounded).
    pub last_density: Vec<(usize, Rect, u32)>,
    /// Where a Shift+drag that zooms to a range started, and where it
    /// was last (epoch days).
    range_from: Option<(f64, f64)>,
}

/// A label as drawn: where, whether it was cut with "…", how wide it is in
/// full, and the room it had up to the next mark of its lane (or the edge).
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnLabel {
    pub event: usize,
    pub rect: Rect,
    pub truncated: bool,
    pub full_width: f32,
    pub room: f32,
}

/// What the last frame drew (read by tests and the status line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FrameStats {
    pub singles: usize,
    pub clusters: usize,
    pub clustered_events: usize,
    pub labels: usize,
    /// Lanes drawn as density, and the events they hold in view.
    pub dense_lanes: usize,
    pub dense_events: usize,
}

/// Inputs of one frame of the timeline.
pub(crate) struct TimelineInput<'a> {
    pub dataset: &'a Dataset,
    pub index: &'a TimelineIndex,
    pub selected: Option<usize>,
    /// A span to highlight (e.g. a hovered chart period), epoch days.
    pub highlight: Option<(f64, f64)>,
    /// Draw the dataset's eras in rows above the lanes.
    pub eras: bool,
    /// The selected era, if any.
    pub selected_era: Option<usize>,
    /// The height of each lane ([`LANE_HEIGHT`] in full; less, down to one
    /// row of labels, where the window is short of room).
    pub lane_height: f32,
}

impl TimelineInput<'_> {
    /// The rows of eras drawn: none when eras are hidden.
    fn era_rows(&self) -> Vec<(usize, String)> {
        if self.eras {
            era_parties(self.dataset)
        } else {
            Vec::new()
        }
    }
}

/// The height of the timeline for `lanes` lanes and `era_rows` rows of eras.
pub(crate) fn timeline_height(lanes: usize, era_rows: usize, lane_height: f32) -> f32 {
    lanes.max(2) as f32 * lane_height + era_rows as f32 * ERA_ROW_HEIGHT + AXIS_HEIGHT
}

/// The height of each lane when the timeline may take `room` points: the
/// full [`LANE_HEIGHT`] when every lane fits, else as much as fits (one row
/// of labels, then none), but never below [`MIN_LANE_HEIGHT`].
pub(crate) fn lane_height_for(room: f32, lanes: usize, era_rows: usize) -> f32 {
    let fixed = era_rows as f32 * ERA_ROW_HEIGHT + AXIS_HEIGHT;
    let each = (room - fixed) / lanes.max(2) as f32;
    each.clamp(MIN_LANE_HEIGHT, LANE_HEIGHT)
}

/// What a frame of the timeline produces besides the picture.
#[derive(Default)]
pub(super) struct Frame {
    actions: Vec<TimelineAction>,
    stats: FrameStats,
}

impl Timeline {
    /// Shows the timeline in all of `ui`'s available space.
    pub(crate) fn show(
        &mut self,
        ui: &mut Ui,
        view: &mut TimeView,
        input: &TimelineInput<'_>,
    ) -> Vec<TimelineAction> {
        let mut out = Frame::default();
        let era_rows = input.era_rows();
        let lane_h = input.lane_height;
        let height = timeline_height(input.index.lanes.len(), era_rows.len(), lane_h);
        let lanes_top = era_rows.len() as f32 * ERA_ROW_HEIGHT;
        let (rect, bg) =
            ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click_and_drag());
        self.last_rect = Some(rect);
        bg.widget_info(|| {
            WidgetInfo::labeled(
                Role::Canvas,
                true,
                crate::tr!("timeline-shown", n = input.index.len()),
            )
        });
        let plot = Rect::from_min_max(pos2(rect.left() + GUTTER, rect.top()), rect.right_bottom());
        let range = self.input(ui, &bg, view, (rect, plot), &mut out.actions);
        let p = paint::Paint::new(ui, &bg, view, (rect, plot), lane_h);
        p.backdrop();
        self.ticks(&p);
        p.highlight(input.highlight);
        self.last_eras.clear();
        for (row, (party_no, party)) in era_rows.iter().enumerate() {
            let top = rect.top() + row as f32 * ERA_ROW_HEIGHT;
            self.era_row(&p, input, top, (*party_no, party), &mut out.actions);
        }
        self.markers.clear();
        self.last_labels.clear();
        self.last_density.clear();
        for (lane_no, lane) in input.index.lanes.iter().enumerate() {
            let top = rect.top() + lanes_top + lane_no as f32 * lane_h;
            self.lane(&p, input, (lane_no, lane), top, &mut out);
        }
        p.finish(range, input.index.is_empty());
        self.last_stats = out.stats;
        out.actions
    }
}

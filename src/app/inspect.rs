//! What tests and benchmarks read and set: what the user would see (the
//! data shown, the selection, the view, the status line, where things were
//! drawn), rather than the app's fields.

use super::{Command, EntenteApp, PersistedState, Status, fit_view};
use crate::charts::ChartId;
use crate::document::{DataSource, Document, Filters, Selection};
use crate::panels::diagnostics::FileProblems;
use crate::timeline::TimeView;
use crate::timeline::widget::FrameStats;

/// From how many events a reload sets the data shown aside on disk while
/// its file is read again (200,000 unless a test says otherwise).
pub fn set_spill_from_events(n: usize) {
    crate::document::spill::set_spill_from_events(n);
}

impl EntenteApp {
    /// The data shown, if any.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The settings that survive a restart.
    pub fn settings(&self) -> &PersistedState {
        &self.state
    }

    pub fn settings_mut(&mut self) -> &mut PersistedState {
        &mut self.state
    }

    /// The filters, applied as the filter bar applies them (after the frame).
    pub fn set_filters(&mut self, filters: Filters) {
        self.push(Command::SetFilters(filters));
    }

    /// Selects event `i` (a layer event's index follows the curated ones),
    /// as a click does (after the frame).
    pub fn click_event(&mut self, i: usize) {
        self.push(Command::Select(i));
    }

    pub fn selection(&self) -> Selection {
        self.selection
    }

    /// The id of the selected event.
    pub fn selected_event_id(&self) -> Option<&str> {
        let i = self.selection.event()?;
        Some(self.doc.as_ref()?.dataset.events.get(i)?.id.as_str())
    }

    pub fn view(&self) -> TimeView {
        self.view
    }

    pub fn set_view(&mut self, view: TimeView) {
        self.view = view;
    }

    /// The view that shows every shown event (what `F` does).
    pub fn fit_all_view(&self) -> TimeView {
        self.doc.as_ref().map_or_else(TimeView::default, fit_view)
    }

    /// Problems of the last load: errors, or the warnings of a good file.
    pub fn problems(&self) -> Option<&FileProblems> {
        self.problems.as_ref()
    }

    /// Did the last load fail?
    pub fn load_failed(&self) -> bool {
        self.problems.as_ref().is_some_and(|p| p.failed)
    }

    /// The file the user asked for last: what Reload reads and the watch follows.
    pub fn requested_source(&self) -> &DataSource {
        self.load.source()
    }

    /// The file being watched for changes.
    pub fn watched_file(&self) -> Option<&std::path::Path> {
        self.watching.as_ref().map(|w| w.path.as_path())
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    /// Where the timeline was drawn last frame.
    pub fn timeline_rect(&self) -> Option<egui::Rect> {
        self.timeline.last_rect
    }

    /// What the timeline drew last frame.
    pub fn timeline_stats(&self) -> FrameStats {
        self.timeline.last_stats
    }

    /// Where a chart was drawn last frame, title to axis labels, in view or not.
    pub fn chart_rect(&self, chart: ChartId) -> Option<egui::Rect> {
        self.drawn.get(&chart).map(|d| d.rect)
    }

    /// The part of a chart visible last frame (what a save captures).
    pub fn chart_visible_rect(&self, chart: ChartId) -> Option<egui::Rect> {
        self.drawn.get(&chart).map(|d| d.visible)
    }

    /// The timeline's labels as drawn last frame.
    pub fn timeline_labels(&self) -> &[crate::timeline::widget::DrawnLabel] {
        &self.timeline.last_labels
    }

    /// Whether the in-window save dialog is open.
    pub fn save_dialog_open(&self) -> bool {
        self.save_paths.builtin_open()
    }

    /// Save with the in-window dialog rather than the desktop's (as when
    /// `ENTENTE_FILE_DIALOG=builtin` is set, or no native dialog opened).
    pub fn use_builtin_dialog(&mut self) {
        self.save_paths.use_builtin = true;
    }

    /// The eras drawn last frame: dataset index, band, whether labelled.
    pub fn timeline_eras(&self) -> &[(usize, egui::Rect, bool)] {
        &self.timeline.last_eras
    }

    /// The lanes drawn as density last frame: lane number, band, busiest
    /// column's count.
    pub fn timeline_density(&self) -> &[(usize, egui::Rect, u32)] {
        &self.timeline.last_density
    }

    /// The timeline's axis labels last frame: text, x of its grid line, rect.
    pub fn timeline_ticks(&self) -> &[(String, f32, egui::Rect)] {
        &self.timeline.last_ticks
    }

    /// Where a chart's text labels were drawn last frame.
    pub fn chart_labels(&self, chart: ChartId) -> Vec<egui::Rect> {
        self.drawn
            .get(&chart)
            .map_or_else(Vec::new, |d| d.labels.clone())
    }

    /// Where the detail panel was drawn last frame, if it was.
    pub fn details_rect(&self) -> Option<egui::Rect> {
        self.details_rect
    }

    /// The chart period under the pointer last frame.
    pub fn hover_span(&self) -> Option<(f64, f64)> {
        self.hover_span
    }
}

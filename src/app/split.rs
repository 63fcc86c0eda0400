//! The split between the timeline and the charts. By default the timeline
//! leaves room for the whole first chart (two on a tall window), its lanes
//! giving up height as needed; dragging the handle under the timeline sets
//! the timeline's share of the height instead (kept across restarts, and
//! followed when the window is resized); a double-click goes back to the
//! default.

use super::EntenteApp;

/// What the default split leaves for each chart in view: a whole chart,
/// its Figures row included.
const CHART_ROOM: f32 = crate::charts::CHART_BLOCK;
/// The timeline's title row (title and export buttons).
const TITLE_ROW: f32 = 26.0;
/// The height of the handle.
const HANDLE: f32 = 8.0;
/// The least and most of the height the timeline may be given by a drag.
const SHARE_RANGE: (f32, f32) = (0.15, 0.9);

/// How many charts the default split keeps whole in view: two from 900
/// points, else one.
pub(super) fn charts_in_view(avail: f32) -> f32 {
    if avail >= 900.0 { 2.0 } else { 1.0 }
}

impl EntenteApp {
    /// The height the timeline itself (not its title row) may take when
    /// `avail` points are left for the timeline, the handle and the charts.
    pub(super) fn timeline_room(&self, avail: f32) -> f32 {
        match self.state.timeline_share {
            Some(share) => share * avail - TITLE_ROW,
            None => avail - TITLE_ROW - HANDLE - charts_in_view(avail) * CHART_ROOM,
        }
    }

    /// The handle under the timeline: drag it to give the timeline more or
    /// less of the height, double-click it for the default.
    pub(super) fn split_handle(&mut self, ui: &mut egui::Ui, avail: f32) {
        let (rect, response) = ui.allocate_exact_size(
            egui::vec2(ui.available_width(), HANDLE),
            egui::Sense::click_and_drag(),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Splitter, true, crate::tr!("split-label"))
        });
        let hot = response.hovered() || response.dragged();
        let stroke = if hot {
            ui.visuals().widgets.hovered.fg_stroke
        } else {
            ui.visuals().widgets.noninteractive.bg_stroke
        };
        let y = rect.center().y;
        let mid = rect.center().x;
        ui.painter().line_segment(
            [
                egui::pos2(mid - 24.0, y - 1.5),
                egui::pos2(mid + 24.0, y - 1.5),
            ],
            stroke,
        );
        ui.painter().line_segment(
            [
                egui::pos2(mid - 24.0, y + 1.5),
                egui::pos2(mid + 24.0, y + 1.5),
            ],
            stroke,
        );
        let response = response
            .on_hover_cursor(egui::CursorIcon::ResizeVertical)
            .on_hover_text(crate::tr!("split-tip"));
        if response.double_clicked() {
            self.state.timeline_share = None;
        } else if response.dragged() && avail > 1.0 {
            let timeline = self
                .timeline
                .last_rect
                .map_or(avail * 0.5, |r| r.height() + TITLE_ROW);
            let share = (timeline + response.drag_delta().y) / avail;
            self.state.timeline_share = Some(share.clamp(SHARE_RANGE.0, SHARE_RANGE.1));
        }
    }
}

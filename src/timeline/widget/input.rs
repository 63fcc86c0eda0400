//! The timeline's input: drag to pan, Shift+drag to zoom to a range, the
//! wheel to pan, Ctrl/⌘+wheel or a pinch to zoom, a click on empty space
//! to clear the selection, and the right-click menu of exports.

use super::super::axis::TimeView;
use super::{Timeline, TimelineAction};
use crate::command::ChartExport;
use egui::{Rect, Ui, Vec2};

impl Timeline {
    /// Turns this frame's pointer input on `bg` (the timeline in `rect`,
    /// time drawn in `plot`) into view changes and actions; returns the
    /// range a Shift+drag is choosing, if one is.
    pub(super) fn input(
        &mut self,
        ui: &Ui,
        bg: &egui::Response,
        view: &mut TimeView,
        (rect, plot): (Rect, Rect),
        actions: &mut Vec<TimelineAction>,
    ) -> Option<(f64, f64)> {
        let (left, right) = (plot.left(), plot.right());
        let width = plot.width().max(1.0);
        let range = match self.range_drag(ui, bg, view, plot, actions) {
            Some(range) => range,
            None => {
                if bg.dragged() {
                    let dx = f64::from(bg.drag_delta().x);
                    view.pan(-dx / view.px_per_day(width));
                }
                None
            }
        };
        if ui.rect_contains_pointer(rect) {
            let (zoom, scroll, pointer) = ui.input(|i| {
                (
                    i.zoom_delta(),
                    i.smooth_scroll_delta(),
                    i.pointer.hover_pos(),
                )
            });
            let anchor = pointer.map_or(view.center(), |p| view.t_of(p.x, left, right));
            if zoom != 1.0 {
                view.zoom(f64::from(zoom), anchor);
            } else if scroll != Vec2::ZERO {
                let dx = if scroll.x.abs() > scroll.y.abs() {
                    scroll.x
                } else {
                    scroll.y
                };
                view.pan(-f64::from(dx) / view.px_per_day(width));
            }
        }
        if bg.clicked() {
            actions.push(TimelineAction::ClearSelection);
        }
        if let Some(how) = ChartExport::context_menu(bg) {
            actions.push(TimelineAction::Export(how));
        }
        range
    }

    /// A Shift+drag: remembers where it started and where it is, and on
    /// release zooms to the range (unless it is a slip of a few pixels).
    /// `None` when no range is being chosen; else the range to show while
    /// it is (`Some(None)` the frame it ends).
    fn range_drag(
        &mut self,
        ui: &Ui,
        bg: &egui::Response,
        view: &TimeView,
        plot: Rect,
        actions: &mut Vec<TimelineAction>,
    ) -> Option<Option<(f64, f64)>> {
        let (left, right) = (plot.left(), plot.right());
        let pointer_t = |p: egui::Pos2| view.t_of(p.x.clamp(left, right), left, right);
        if bg.drag_started() && ui.input(|i| i.modifiers.shift) {
            // From where the button went down, not where the drag was noticed.
            let origin = ui.input(|i| i.pointer.press_origin());
            self.range_from = origin
                .or(bg.interact_pointer_pos())
                .map(|p| (pointer_t(p), pointer_t(p)));
        }
        let (from, last) = self.range_from?;
        let to = ui.input(|i| i.pointer.latest_pos()).map_or(last, pointer_t);
        self.range_from = Some((from, to));
        let range = (from.min(to), from.max(to));
        if bg.drag_stopped() || !bg.dragged() {
            self.range_from = None;
            // A range narrower than a few pixels is a slip, not a zoom.
            let (a, b) = range;
            if (b - a) * view.px_per_day(plot.width().max(1.0)) >= 4.0 {
                actions.push(TimelineAction::ZoomTo(a, b));
            }
            return Some(None);
        }
        Some(Some(range))
    }
}

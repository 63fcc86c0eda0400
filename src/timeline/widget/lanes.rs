//! One lane: laid out (or drawn as density when too dense for marks), its
//! events as marks with labels on two rows (hidden and counted when no row
//! is free), its clusters as pills with counts, each clickable; then its
//! gutter.

use super::super::layout::{self, Item};
use super::paint::{MARKER_Y, Paint, event_tooltip};
use super::{DrawnLabel, Frame, Marker, Timeline, TimelineAction, TimelineInput};
use crate::document::Lane;
use crate::format::{day_label, plural, thousands};
use crate::theme::{lane_color, text_on};
use egui::{
    Align2, Color32, CornerRadius, FontId, Rect, Role, Sense, Stroke, WidgetInfo, pos2, vec2,
};

/// Where each row of labels is, below the lane's top.
const LABEL_ROWS: [f32; 2] = [28.0, 44.0];
/// A label may always be this wide, even past the next mark.
const MAX_LABEL_WIDTH: f32 = 240.0;

/// The lane being drawn.
pub(super) struct LaneRow<'a> {
    pub(super) no: usize,
    pub(super) lane: &'a Lane,
    pub(super) top: f32,
    pub(super) color: Color32,
}

impl Timeline {
    /// Draws lane `no` of the index at `top`.
    pub(super) fn lane(
        &mut self,
        p: &Paint<'_>,
        input: &TimelineInput<'_>,
        (no, lane): (usize, &Lane),
        top: f32,
        out: &mut Frame,
    ) {
        let lane_rect = Rect::from_min_max(
            pos2(p.rect.left(), top),
            pos2(p.rect.right(), top + p.lane_h),
        );
        if no % 2 == 1 {
            p.painter
                .rect_filled(lane_rect, 0.0, p.visuals.faint_bg_color);
        }
        let row = LaneRow {
            no,
            lane,
            top,
            color: lane_color(lane.head.color, p.dark),
        };
        let dense = layout::is_dense(lane, p.view, p.width());
        if dense {
            self.items.clear();
            self.paint_density(p, &row, out);
        } else {
            layout::layout_lane(lane, p.view, p.width(), &mut self.items);
        }
        for item in &self.items {
            self.markers
                .push(Marker::of(item, no, lane, p.view, p.dark));
        }
        let mut row_right = [f32::NEG_INFINITY; 2];
        let mut hidden = 0usize;
        for n in 0..self.items.len() {
            let item = self.items[n];
            match item {
                Item::Single { event, .. } => {
                    if !self.single(p, input, &row, (n, event as usize), &mut row_right, out) {
                        hidden += 1;
                    }
                }
                Item::Cluster { count, start, end } => {
                    cluster(p, &row, count, (start, end), out);
                }
            }
        }
        self.gutter(p, &row, dense, hidden);
    }

    /// Draws item `n`, event `event_no`, with its label on the first free
    /// row; false when no row was free (the label is hidden).
    fn single(
        &mut self,
        p: &Paint<'_>,
        input: &TimelineInput<'_>,
        row: &LaneRow<'_>,
        (n, event_no): (usize, usize),
        row_right: &mut [f32; 2],
        out: &mut Frame,
    ) -> bool {
        out.stats.singles += 1;
        let (left, right) = (p.left(), p.right());
        let e = &input.dataset.events[event_no];
        let selected = input.selected == Some(event_no);
        let marker = p.event(row.top, e, row.color, selected);
        let text_color = p.visuals.text_color();
        // Label: first free row, else hidden and counted. It may run up to
        // the next mark of the lane (at least MAX_LABEL_WIDTH); near the
        // right edge it ends at the edge instead.
        let start_x = (marker.center().x - 4.0).max(left + 2.0);
        let next_x = self
            .items
            .get(n + 1)
            .map_or(right, |next| p.x(next.span().0.max(p.view.start)));
        let room = (next_x - start_x - 8.0).min(right - 4.0 - start_x);
        let max_width = room.max(MAX_LABEL_WIDTH);
        let galley = p.label_galley(&e.marked_title(), selected, text_color, max_width, 12.5);
        let label_x = (marker.center().x - 4.0)
            .min(right - 4.0 - galley.size().x)
            .max(left + 2.0);
        let mut hit = marker.expand(3.0);
        let free = (0..p.label_rows()).find(|&r| label_x > row_right[r] + 8.0);
        if let Some(r) = free {
            let pos = pos2(label_x, row.top + LABEL_ROWS[r]);
            let label_rect = Rect::from_min_size(pos, galley.size());
            row_right[r] = label_rect.right();
            let full_width = if galley.elided {
                p.label_galley(
                    &e.marked_title(),
                    false,
                    Color32::BLACK,
                    f32::INFINITY,
                    12.5,
                )
                .size()
                .x
            } else {
                galley.size().x
            };
            self.last_labels.push(DrawnLabel {
                event: event_no,
                rect: label_rect,
                truncated: galley.elided,
                full_width,
                room,
            });
            p.plot_painter.galley(pos, galley, text_color);
            hit = hit.union(label_rect);
            out.stats.labels += 1;
        }
        let hit = hit.intersect(p.plot);
        if hit.is_positive() {
            let id = p.bg.id.with(("event", row.no, event_no));
            let r = p.ui.interact(hit, id, Sense::click());
            let title = e.marked_title().into_owned();
            r.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &title));
            if r.hovered() {
                p.plot_painter.circle_stroke(
                    marker.center(),
                    9.0,
                    Stroke::new(1.5, p.visuals.widgets.hovered.fg_stroke.color),
                );
            }
            let r = r.on_hover_ui(|ui| event_tooltip(ui, input.dataset, e));
            if r.clicked() {
                out.actions.push(TimelineAction::Select(event_no));
            }
        }
        free.is_some()
    }
}

/// A cluster of `count` events over `[start, end)`: a pill with the count,
/// at least as wide as the count needs; a click zooms to it.
fn cluster(
    p: &Paint<'_>,
    row: &LaneRow<'_>,
    count: u32,
    (start, end): (f64, f64),
    out: &mut Frame,
) {
    out.stats.clusters += 1;
    out.stats.clustered_events += count as usize;
    let view = p.view;
    let x0 = p.x(start.max(view.start));
    let x1 = p.x(end.min(view.end));
    let text = thousands(count as usize);
    let w = layout::pill_px(count as usize).max(x1 - x0);
    let r = Rect::from_min_size(pos2(x0, row.top + MARKER_Y - 8.0), vec2(w, 16.0));
    p.plot_painter
        .rect_filled(r, CornerRadius::same(8), row.color.gamma_multiply(0.85));
    p.plot_painter.text(
        pos2(x0 + 5.0, r.center().y),
        Align2::LEFT_CENTER,
        &text,
        FontId::proportional(11.0),
        text_on(row.color),
    );
    let hit = r.intersect(p.plot);
    if !hit.is_positive() {
        return;
    }
    let lane_label = row.lane.head.label.as_str();
    let id = p.bg.id.with(("cluster", row.no, start.to_bits()));
    let resp = p.ui.interact(hit, id, Sense::click());
    let label = crate::tr!(
        "lane-events-in",
        n = thousands(count as usize),
        lane = lane_label.to_string()
    );
    resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
    let resp = resp.on_hover_ui(|ui| {
        ui.strong(format!("{}: {lane_label}", plural(count as usize, "event")));
        ui.label(format!("{} – {}", day_label(start), day_label(end - 1.0)));
        ui.weak(crate::tr!("lanes-click-to-zoom-in"));
    });
    if resp.clicked() {
        out.actions.push(TimelineAction::ZoomTo(start, end));
    }
}

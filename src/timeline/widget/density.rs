//! A lane too dense for marks, drawn as its density: a bar per column of
//! [`layout::DENSITY_COLUMN_PX`], its height the square root of the
//! column's share of the busiest (so one event still shows), the busiest
//! column's count written beside it. Hovering a column names its count and
//! days; a click zooms to it.

use super::super::layout;
use super::lanes::LaneRow;
use super::paint::Paint;
use super::{Frame, Timeline, TimelineAction};
use crate::format::{day_label, plural, thousands};
use egui::{CornerRadius, FontId, Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2, vec2};

impl Timeline {
    /// Paints `row`'s lane as density and counts it in `out`.
    pub(super) fn paint_density(&mut self, p: &Paint<'_>, row: &LaneRow<'_>, out: &mut Frame) {
        let (left, right, top) = (p.left(), p.right(), row.top);
        let view = p.view;
        layout::density(row.lane, view, right - left, &mut self.density);
        let counts = &self.density;
        let col_px = layout::DENSITY_COLUMN_PX;
        let band_top = top + 6.0;
        let base = top + p.lane_h - 6.0;
        let band = Rect::from_min_max(pos2(left, band_top), pos2(right, base));
        let (busiest, max) =
            counts.iter().enumerate().fold(
                (0, 0.0f32),
                |(bi, bn), (i, &n)| if n > bn { (i, n) } else { (bi, bn) },
            );
        let total = layout::in_view(row.lane, view, usize::MAX);
        out.stats.dense_lanes += 1;
        out.stats.dense_events += total;
        self.last_density.push((row.no, band, max.round() as u32));
        if max <= 0.0 {
            return;
        }
        let fill = row.color.gamma_multiply(0.85);
        let height = base - band_top;
        let bar = |c: usize, n: f32| {
            let h = ((n / max).sqrt() * height).max(2.0);
            let x0 = left + c as f32 * col_px;
            Rect::from_min_max(pos2(x0, base - h), pos2((x0 + col_px).min(right), base))
        };
        // A column with less than a hundredth of an event is empty: what
        // is left of a year-long date spread thin is not drawn as an event.
        // One mesh for the lane: hundreds of bars cost one shape.
        let mut mesh = egui::Mesh::default();
        for (c, &n) in counts.iter().enumerate() {
            if n >= 0.01 {
                mesh.add_colored_rect(bar(c, n), fill);
            }
        }
        p.plot_painter.add(egui::Shape::mesh(mesh));
        busiest_label(p, band, busiest, max);
        self.density_hover(p, row, band, total, max, out);
    }

    /// The band's hover (a column's count and days) and click (zoom to it).
    fn density_hover(
        &self,
        p: &Paint<'_>,
        row: &LaneRow<'_>,
        band: Rect,
        total: usize,
        max: f32,
        out: &mut Frame,
    ) {
        let (left, visuals, view) = (p.left(), &p.visuals, p.view);
        let counts = &self.density;
        let col_px = layout::DENSITY_COLUMN_PX;
        let col_days = view.span() / counts.len().max(1) as f64;
        let id = p.bg.id.with(("density", row.no));
        let r = p.ui.interact(band, id, Sense::click());
        let name = row.lane.head.label.clone();
        r.widget_info(|| {
            WidgetInfo::labeled(
                Role::Image,
                true,
                crate::tr!(
                    "density-described",
                    name = name.to_string(),
                    events = plural(total, "event"),
                    busiest = count_text(max)
                ),
            )
        });
        let Some(pointer) = r.hover_pos() else { return };
        let c = (((pointer.x - left) / col_px).floor().max(0.0) as usize).min(counts.len() - 1);
        let (t0, t1) = (
            view.start + c as f64 * col_days,
            view.start + (c + 1) as f64 * col_days,
        );
        p.plot_painter.rect_stroke(
            Rect::from_min_max(
                pos2(left + c as f32 * col_px, band.top()),
                pos2(left + (c + 1) as f32 * col_px, band.bottom()),
            ),
            0.0,
            Stroke::new(1.0, visuals.widgets.hovered.fg_stroke.color),
            StrokeKind::Outside,
        );
        let n = counts[c];
        let r = r.on_hover_ui_at_pointer(|ui| {
            let events = if n.round() == 1.0 { "event" } else { "events" };
            ui.strong(format!("{} {events}: {name}", count_text(n)));
            ui.label(span_label(t0, t1));
            ui.weak(crate::tr!("density-dates-known-to-the-month"));
            ui.weak(crate::tr!("density-click-to-zoom-in-shift"));
        });
        if r.clicked() {
            out.actions.push(TimelineAction::ZoomTo(t0, t1));
        }
    }
}

/// The busiest column's count, beside its bar (to the left near the right
/// edge), on the background so it reads over other bars.
fn busiest_label(p: &Paint<'_>, band: Rect, busiest: usize, max: f32) {
    let (left, right, visuals) = (p.left(), p.right(), &p.visuals);
    let col_px = layout::DENSITY_COLUMN_PX;
    let galley = p.plot_painter.layout_no_wrap(
        count_text(max),
        FontId::proportional(11.0),
        visuals.strong_text_color(),
    );
    let x = left + busiest as f32 * col_px;
    let size = galley.size();
    let at = if x + col_px + 4.0 + size.x < right {
        pos2(x + col_px + 4.0, band.top())
    } else {
        pos2(x - 4.0 - size.x, band.top())
    };
    let label = Rect::from_min_size(at, size).expand2(vec2(3.0, 1.0));
    p.plot_painter.rect_filled(
        label,
        CornerRadius::same(3),
        visuals.extreme_bg_color.gamma_multiply(0.85),
    );
    p.plot_painter
        .galley(at, galley, visuals.strong_text_color());
}

/// A density count: whole events as "4,972", a fraction of one as "< 1".
fn count_text(n: f32) -> String {
    if n > 0.0 && n < 0.5 {
        "< 1".to_string()
    } else {
        thousands(n.round() as usize)
    }
}

/// "3 Mar 2001 – 9 Mar 2001", or one day when the span is within a day.
fn span_label(t0: f64, t1: f64) -> String {
    let (a, b) = (t0.floor(), (t1.ceil() - 1.0).max(t0.floor()));
    if a >= b {
        day_label(a)
    } else {
        format!("{} – {}", day_label(a), day_label(b))
    }
}

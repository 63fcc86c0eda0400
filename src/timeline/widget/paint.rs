//! What every part of the timeline paints with: [`Paint`] holds the frame's
//! painters, the view, the plot's edges and the colours, so the lanes, the
//! gutter, the eras and the density bars are methods with a few arguments
//! rather than functions with eight. Here too: the backdrop, the grid and
//! axis labels, the highlighted span, a Shift+drag range, and one event's
//! mark.

use super::super::axis::{self, TimeView};
use super::Timeline;
use crate::format::date_with_precision;
use crate::model::{Event, Precision};
use crate::theme::AXIS_HEIGHT;
use egui::text::{LayoutJob, TextWrapping};
use egui::{Align2, Color32, CornerRadius, FontId, Rect, Stroke, StrokeKind, Ui, Vec2, pos2};

/// Where a lane's marks are, below its top.
pub(super) const MARKER_Y: f32 = 16.0;

/// The painters and geometry of one frame of the timeline.
pub(super) struct Paint<'a> {
    pub(super) ui: &'a Ui,
    /// The timeline's background response (ids, context menu).
    pub(super) bg: &'a egui::Response,
    pub(super) view: &'a TimeView,
    /// The whole timeline, gutter included.
    pub(super) rect: Rect,
    /// Right of the gutter: where time is drawn.
    pub(super) plot: Rect,
    /// Paints anywhere in `rect`.
    pub(super) painter: egui::Painter,
    /// Paints within `plot` only.
    pub(super) plot_painter: egui::Painter,
    pub(super) visuals: egui::Visuals,
    pub(super) dark: bool,
    /// The top of the axis labels' band.
    pub(super) axis_y: f32,
    /// The height of each lane.
    pub(super) lane_h: f32,
}

impl<'a> Paint<'a> {
    pub(super) fn new(
        ui: &'a Ui,
        bg: &'a egui::Response,
        view: &'a TimeView,
        (rect, plot): (Rect, Rect),
        lane_h: f32,
    ) -> Self {
        let painter = ui.painter_at(rect);
        let plot_painter = painter.with_clip_rect(plot);
        let visuals = ui.visuals().clone();
        Self {
            ui,
            bg,
            view,
            rect,
            plot,
            painter,
            plot_painter,
            dark: visuals.dark_mode,
            visuals,
            axis_y: rect.bottom() - AXIS_HEIGHT,
            lane_h,
        }
    }

    /// How many rows of labels a lane has room for: two in full, one when
    /// compact, none below that.
    pub(super) fn label_rows(&self) -> usize {
        if self.lane_h >= 58.0 {
            2
        } else if self.lane_h >= crate::theme::COMPACT_LANE_HEIGHT {
            1
        } else {
            0
        }
    }

    pub(super) fn left(&self) -> f32 {
        self.plot.left()
    }

    pub(super) fn right(&self) -> f32 {
        self.plot.right()
    }

    /// The plot's width in points (at least 1).
    pub(super) fn width(&self) -> f32 {
        self.plot.width().max(1.0)
    }

    /// The x of epoch day `t`.
    pub(super) fn x(&self, t: f64) -> f32 {
        self.view.x_of(t, self.left(), self.right())
    }

    fn grid(&self) -> Color32 {
        self.visuals.widgets.noninteractive.bg_stroke.color
    }

    /// The backdrop of the whole timeline.
    pub(super) fn backdrop(&self) {
        self.painter
            .rect_filled(self.rect, 0.0, self.visuals.extreme_bg_color);
    }

    /// A span of epoch days shaded over the lanes (a hovered chart period,
    /// the selected figure or era).
    pub(super) fn highlight(&self, span: Option<(f64, f64)>) {
        let Some((a, b)) = span.filter(|&(a, b)| self.view.overlaps(a, b)) else {
            return;
        };
        let x0 = self.x(a).max(self.left());
        let x1 = self.x(b).min(self.right());
        self.plot_painter.rect_filled(
            Rect::from_min_max(
                pos2(x0, self.rect.top()),
                pos2(x1.max(x0 + 2.0), self.axis_y),
            ),
            0.0,
            self.visuals.selection.bg_fill.gamma_multiply(0.35),
        );
    }

    /// The range a Shift+drag is choosing, over the lanes; the message when
    /// nothing is shown; the line between the gutter and the plot.
    pub(super) fn finish(&self, range: Option<(f64, f64)>, empty: bool) {
        if let Some((a, b)) = range {
            self.plot_painter.rect(
                Rect::from_min_max(
                    pos2(self.x(a), self.rect.top()),
                    pos2(self.x(b), self.axis_y),
                ),
                0.0,
                self.visuals.selection.bg_fill.gamma_multiply(0.35),
                Stroke::new(1.0, self.visuals.selection.stroke.color),
                StrokeKind::Inside,
            );
        }
        if empty {
            self.painter.text(
                self.plot.center(),
                Align2::CENTER_CENTER,
                crate::tr!("timeline-no-events"),
                FontId::proportional(15.0),
                self.visuals.weak_text_color(),
            );
        }
        self.painter.line_segment(
            [
                pos2(self.left(), self.rect.top()),
                pos2(self.left(), self.rect.bottom()),
            ],
            Stroke::new(1.0, self.grid()),
        );
    }

    /// A one-line label, cut with "…" past `max_width`, underlined when
    /// `selected`.
    pub(super) fn label_galley(
        &self,
        text: &str,
        selected: bool,
        color: Color32,
        max_width: f32,
        size: f32,
    ) -> std::sync::Arc<egui::Galley> {
        let mut job =
            LayoutJob::simple_singleline(text.to_string(), FontId::proportional(size), color);
        if selected {
            job.sections[0].format.underline = Stroke::new(1.0, color);
        }
        job.wrap = TextWrapping {
            max_width,
            max_rows: 1,
            break_anywhere: true,
            overflow_character: Some('…'),
        };
        self.ui.fonts_mut(|f| f.layout_job(job))
    }

    /// Paints one event in the lane at `top` and returns its marker's
    /// rect. Exact days are filled dots (or bars for ranges); month and
    /// year precision are a faint span with a hollow marker, so they never
    /// look like a precise day.
    pub(super) fn event(&self, top: f32, e: &Event, color: Color32, selected: bool) -> Rect {
        let (left, right) = (self.left(), self.right());
        let painter = &self.plot_painter;
        let (s, t) = e.when.span_days();
        let (x0, x1) = (self.x(s), self.x(t));
        let y = top + MARKER_Y;
        let exact = e.when.precision() == Precision::Day && !e.when.approximate;
        let center;
        if e.when.end.is_none() && exact {
            center = pos2(
                x0.max(left - 20.0).min(right + 20.0) + 0.5 * (x1 - x0).min(4.0),
                y,
            );
            painter.circle_filled(center, 5.0, color);
        } else if exact {
            // A range known to the day: a solid bar.
            let bar = Rect::from_min_max(pos2(x0, y - 4.0), pos2(x1.max(x0 + 4.0), y + 4.0));
            painter.rect_filled(bar, CornerRadius::same(3), color);
            center = pos2(bar.left().max(left) + 4.0, y);
        } else {
            // Uncertain: a faint band over the whole span and a hollow marker.
            let band = Rect::from_min_max(pos2(x0, y - 8.0), pos2(x1.max(x0 + 2.0), y + 8.0));
            painter.rect_filled(band, CornerRadius::same(2), color.gamma_multiply(0.18));
            painter.rect_stroke(
                band,
                CornerRadius::same(2),
                Stroke::new(1.0, color.gamma_multiply(0.5)),
                StrokeKind::Inside,
            );
            center = pos2(0.5 * (band.left().max(left) + band.right().min(right)), y);
            painter.circle_filled(center, 5.0, self.visuals.extreme_bg_color);
            painter.circle_stroke(center, 4.5, Stroke::new(2.0, color));
        }
        if selected {
            painter.circle_stroke(
                center,
                8.5,
                Stroke::new(2.0, self.visuals.strong_text_color()),
            );
        }
        Rect::from_center_size(center, Vec2::splat(12.0))
    }
}

impl Timeline {
    /// The grid lines and the axis labels under them (remembered for tests),
    /// and the axis line.
    pub(super) fn ticks(&mut self, p: &Paint<'_>) {
        let font = FontId::proportional(12.0);
        let char_px = p.ui.fonts_mut(|f| f.glyph_width(&font, '0')).max(5.0);
        let ticks = axis::ticks(p.view, p.width(), char_px);
        self.last_ticks.clear();
        let (left, right) = (p.left(), p.right());
        for tick in &ticks {
            let x = p.x(tick.t);
            let stroke = Stroke::new(if tick.major { 1.0 } else { 0.5 }, p.grid());
            p.plot_painter
                .line_segment([pos2(x, p.rect.top()), pos2(x, p.axis_y)], stroke);
            // Centred under its grid line, as the charts' axes (egui_plot)
            // write theirs: one convention along the shared time axis.
            let half = 0.5 * tick.label.chars().count() as f32 * char_px;
            if x - half < left || x + half > right {
                continue;
            }
            let label = p.plot_painter.text(
                pos2(x, p.axis_y + 6.0),
                crate::theme::TICK_LABEL_ALIGN,
                &tick.label,
                font.clone(),
                p.visuals.text_color(),
            );
            self.last_ticks.push((tick.label.clone(), x, label));
        }
        p.painter.line_segment(
            [pos2(left, p.axis_y), pos2(right, p.axis_y)],
            Stroke::new(1.0, p.visuals.widgets.noninteractive.fg_stroke.color),
        );
    }
}

/// Title, date with its precision, kind and place.
pub(super) fn event_tooltip(ui: &mut Ui, ds: &crate::model::Dataset, e: &Event) {
    ui.strong(e.marked_title().into_owned());
    ui.label(date_with_precision(&e.when));
    let mut line = ds.kind_of(e).singular.clone();
    if let Some(place) = &e.place {
        line.push_str(" · ");
        line.push_str(place);
    }
    ui.weak(line);
}

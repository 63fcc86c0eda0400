//! Text labels on a chart, placed so that none covers another.

use egui::Color32;
use egui_plot::{PlotPoint, PlotUi};

/// The text labels of one chart (figures above bars, growth percentages),
/// placed so that each keeps its distance: each is measured where it would
/// be drawn; one that would come within [`GAP`] of a label already placed,
/// or cover a bar it does not belong to, is moved a line up or down, and
/// dropped if that does not free it. Its figure stays in the hover and in
/// the Figures row under the chart.
pub(crate) struct Labels {
    pub(super) frame: egui::Rect,
    pub(super) x: (f64, f64),
    pub(super) y: (f64, f64),
    pub(super) placed: Vec<egui::Rect>,
    /// Bars, on screen: a label may sit on its own bar (the one under its
    /// anchor), never on another.
    pub(super) bars: Vec<egui::Rect>,
}

/// The least distance between two labels, in points.
const GAP: f32 = 4.0;

impl Labels {
    fn screen(&self, p: PlotPoint) -> egui::Pos2 {
        let fx = ((p.x - self.x.0) / (self.x.1 - self.x.0).max(1e-12)) as f32;
        let fy = ((p.y - self.y.0) / (self.y.1 - self.y.0).max(1e-12)) as f32;
        egui::pos2(
            self.frame.left() + fx * self.frame.width(),
            self.frame.bottom() - fy * self.frame.height(),
        )
    }

    /// Registers a bar spanning `x` and `y` (plot coordinates), which other
    /// bars' labels keep off.
    pub(crate) fn bar(&mut self, (x0, x1): (f64, f64), (y0, y1): (f64, f64)) {
        let (a, b) = (
            self.screen(PlotPoint::new(x0, y0)),
            self.screen(PlotPoint::new(x1, y1)),
        );
        self.bars.push(egui::Rect::from_two_pos(a, b));
    }

    /// Adds `text` at `at` (plot coordinates), anchored at `anchor`, unless
    /// it would come too near a label already placed or cover another bar.
    pub(crate) fn add(
        &mut self,
        plot: &mut PlotUi<'_>,
        at: PlotPoint,
        text: String,
        anchor: egui::Align2,
        color: Color32,
    ) {
        let font = egui::FontId::proportional(LABEL_SIZE);
        let size = plot
            .ctx()
            .fonts_mut(|f| f.layout_no_wrap(text.clone(), font, color).size());
        let step = size.y + 2.0;
        let home = self.screen(at);
        // Its own bar is the one under its anchor.
        let others: Vec<egui::Rect> = self
            .bars
            .iter()
            .filter(|b| !(b.left() - 0.5..=b.right() + 0.5).contains(&home.x))
            .copied()
            .collect();
        let free = [0.0, -step, step, -2.0 * step, 2.0 * step]
            .into_iter()
            .map(|dy| anchor.anchor_size(home + egui::vec2(0.0, dy), size))
            .find(|rect| {
                self.frame.contains_rect(*rect)
                    && !self
                        .placed
                        .iter()
                        .any(|r| r.intersects(rect.expand(GAP - 0.5)))
                    && !others.iter().any(|b| b.intersects(rect.shrink(0.5)))
            });
        let Some(rect) = free else { return };
        let moved = at_screen(self, anchor.pos_in_rect(&rect));
        self.placed.push(rect);
        plot.add(
            egui_plot::Text::new("", moved, egui::RichText::new(text).size(LABEL_SIZE))
                .anchor(anchor)
                .color(color),
        );
    }
}

/// The plot point at screen position `p` (the inverse of `Labels::screen`).
fn at_screen(labels: &Labels, p: egui::Pos2) -> PlotPoint {
    let f = labels.frame;
    let fx = f64::from((p.x - f.left()) / f.width().max(1e-6));
    let fy = f64::from((f.bottom() - p.y) / f.height().max(1e-6));
    PlotPoint::new(
        labels.x.0 + fx * (labels.x.1 - labels.x.0),
        labels.y.0 + fy * (labels.y.1 - labels.y.0),
    )
}

/// Size of the text labels on the charts.
const LABEL_SIZE: f32 = 12.0;

//! A lane's gutter, the legend left of the plot: its colour, its name, how
//! many events it holds (and "density" when drawn so), how many labels
//! were hidden; hovering it shows the whole name and counts.

use super::Timeline;
use super::lanes::LaneRow;
use super::paint::{MARKER_Y, Paint};
use crate::format::plural;
use crate::theme::GUTTER;
use egui::{CornerRadius, Rect, Sense, pos2, vec2};

impl Timeline {
    /// The gutter of `row`, drawn as `dense` or not, with `hidden` labels.
    pub(super) fn gutter(&self, p: &Paint<'_>, row: &LaneRow<'_>, dense: bool, hidden: usize) {
        let (top, visuals) = (row.top, &p.visuals);
        let lane_label = row.lane.head.label.as_str();
        let gutter = Rect::from_min_size(pos2(p.rect.left(), top), vec2(GUTTER, p.lane_h));
        p.painter.rect_filled(gutter, 0.0, visuals.panel_fill);
        p.painter.rect_filled(
            Rect::from_min_size(
                pos2(gutter.left() + 8.0, top + MARKER_Y - 5.0),
                vec2(10.0, 10.0),
            ),
            CornerRadius::same(2),
            row.color,
        );
        let strong = visuals.strong_text_color();
        let weak = visuals.weak_text_color();
        let shown = row.lane.starts.len();
        // With no room under the name, the count of events goes beside it.
        let mut name_width = GUTTER - 30.0;
        if p.label_rows() == 0 {
            let count = p.label_galley(&crate::format::thousands(shown), false, weak, 40.0, 11.0);
            name_width -= count.size().x + 6.0;
            p.painter.galley(
                pos2(
                    gutter.right() - 6.0 - count.size().x,
                    top + MARKER_Y - count.size().y / 2.0,
                ),
                count,
                weak,
            );
        }
        let name = p.label_galley(lane_label, false, strong, name_width, 13.0);
        p.painter.galley(
            pos2(gutter.left() + 24.0, top + MARKER_Y - name.size().y / 2.0),
            name,
            strong,
        );
        let mut sub = plural(shown, "event");
        if dense {
            sub.push_str(&format!(" · {}", crate::tr!("gutter-density")));
        }
        // One line each, cut to the gutter: never over the lane.
        let hidden_text = (!dense && hidden > 0).then(|| {
            crate::tr!(
                "gutter-hidden",
                labels = plural(hidden, "label"),
                count = hidden
            )
        });
        // A compact lane has room for one line under its name: the counts
        // share it.
        let compact = (p.label_rows() < 2).then(|| match hidden {
            0 => sub.clone(),
            n => crate::tr!("gutter-n-hidden", sub = sub.clone(), n = n),
        });
        let lines: Vec<&String> = match &compact {
            Some(line) if !dense => vec![line],
            _ => std::iter::once(&sub).chain(&hidden_text).collect(),
        };
        let lines = if p.label_rows() == 0 {
            Vec::new()
        } else {
            lines
        };
        for (k, text) in lines.into_iter().enumerate() {
            let line = p.label_galley(text, false, weak, GUTTER - 30.0, 11.0);
            let y = top + MARKER_Y + 16.0 + 13.0 * k as f32;
            p.painter.galley(
                pos2(gutter.left() + 24.0, y - line.size().y / 2.0),
                line,
                weak,
            );
        }
        // The whole name and counts, however long the name.
        let id = p.bg.id.with(("gutter", row.no));
        p.ui.interact(gutter, id, Sense::hover()).on_hover_ui(|ui| {
            ui.strong(lane_label);
            if let Some(d) = &row.lane.head.description {
                ui.label(d.as_str());
            }
            ui.label(match &hidden_text {
                Some(h) => format!("{sub}, {h}"),
                None => sub.clone(),
            });
        });
    }
}

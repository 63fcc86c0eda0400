//! While a large file is read with nothing else to show: how many events
//! start when, among those read so far, with the progress under it. The
//! picture fills in as the pieces of the file are parsed.

use crate::load::Density;
use crate::timeline::axis::{TimeView, ticks};
use egui::{Align2, Color32, FontId, Rect, Sense, Stroke, Ui, pos2, vec2};

/// Draws `density` (the events read so far) above a progress bar at
/// `fraction` saying `stage`, under `heading`.
pub(crate) fn loading_preview(
    ui: &mut Ui,
    density: &Density,
    heading: &str,
    fraction: f32,
    stage: &str,
) {
    ui.add_space(8.0);
    ui.heading(heading);
    let events = crate::format::thousands(density.events);
    ui.label(if density.events == 0 {
        crate::tr!("loading-none-yet")
    } else {
        crate::tr!("loading-read-so-far", events = events.to_string())
    });
    ui.add_space(4.0);
    let height = (ui.available_height() * 0.5).clamp(120.0, 320.0);
    let (rect, _) = ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    draw(ui, rect, density);
    ui.add_space(6.0);
    ui.add(
        egui::ProgressBar::new(fraction)
            .desired_width(rect.width())
            .text(stage),
    );
}

/// The bars, a column per two points, and a year under each tick.
fn draw(ui: &Ui, rect: Rect, d: &Density) {
    let visuals = ui.visuals();
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, visuals.extreme_bg_color);
    let axis_h = 18.0;
    let plot = Rect::from_min_max(rect.min, pos2(rect.max.x, rect.max.y - axis_h));
    painter.line_segment(
        [plot.left_bottom(), plot.right_bottom()],
        Stroke::new(1.0, visuals.weak_text_color()),
    );
    if d.counts.is_empty() {
        return;
    }
    let columns = ((plot.width() / 2.0).floor() as usize).max(1);
    let mut sums = vec![0u64; columns];
    let n = d.counts.len();
    for (i, &c) in d.counts.iter().enumerate() {
        sums[i * columns / n] += u64::from(c);
    }
    let most = sums.iter().copied().max().unwrap_or(1).max(1) as f32;
    let fill = if visuals.dark_mode {
        Color32::from_rgb(110, 160, 230)
    } else {
        Color32::from_rgb(40, 90, 170)
    };
    let w = plot.width() / columns as f32;
    for (k, &s) in sums.iter().enumerate() {
        if s == 0 {
            continue;
        }
        let h = (s as f32 / most).sqrt() * (plot.height() - 4.0);
        let x = plot.left() + k as f32 * w;
        painter.rect_filled(
            Rect::from_min_max(
                pos2(x, plot.bottom() - h.max(1.0)),
                pos2(x + w, plot.bottom()),
            ),
            0.0,
            fill,
        );
    }
    year_ticks(ui, plot, d);
}

/// The time axis's own ticks (years, or months and days for a short span)
/// under the bars.
fn year_ticks(ui: &Ui, plot: Rect, d: &Density) {
    let view = TimeView {
        start: d.start_day,
        end: d.start_day + d.counts.len() as f64 * d.bucket_days,
    };
    let font = FontId::proportional(11.0);
    let char_px = ui.fonts_mut(|f| f.glyph_width(&font, '0'));
    let color = ui.visuals().weak_text_color();
    let painter = ui.painter();
    for tick in ticks(&view, plot.width(), char_px) {
        let x = view.x_of(tick.t, plot.left(), plot.right());
        // A label centred on an edge would be cut in half.
        let half = tick.label.len() as f32 * char_px / 2.0;
        if x - half < plot.left() || x + half > plot.right() {
            continue;
        }
        painter.line_segment(
            [pos2(x, plot.bottom()), pos2(x, plot.bottom() + 4.0)],
            Stroke::new(1.0, color),
        );
        painter.text(
            pos2(x, plot.bottom() + 5.0),
            Align2::CENTER_TOP,
            tick.label,
            font.clone(),
            color,
        );
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::kittest::Queryable as _;

    #[test]
    fn the_preview_says_how_many_events_are_in_and_where_the_load_is() {
        let ds = crate::generate::generate(2_000, 7);
        let preview = crate::load::Preview::new();
        preview.add(&ds.events[..1_500]);
        let density = preview.density();
        let mut h = egui_kittest::Harness::new_ui(|ui| {
            super::loading_preview(
                ui,
                &density,
                "Opening big.ron",
                0.4,
                "Reading and parsing 200.0 of 500.0 MB",
            );
        });
        h.run();
        h.get_by_label("Opening big.ron");
        h.get_by_label("1,500 events read so far, by the month they start:");
        h.get_by_label_contains("Reading and parsing 200.0 of 500.0 MB");
    }
}

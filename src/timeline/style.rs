//! Lane colours, shared by the timeline, the legend and the charts.

use crate::model::EventKind;
use egui::Color32;

/// The colour of a kind of event, readable on light and dark backgrounds.
pub fn kind_color(kind: EventKind, dark: bool) -> Color32 {
    let (r, g, b) = match kind {
        EventKind::Treaty => (214, 39, 40),
        EventKind::StateVisit => (31, 119, 180),
        EventKind::OfficialVisit => (44, 160, 44),
        EventKind::WorkingVisit => (148, 103, 189),
        EventKind::ConsultationRound => (255, 127, 14),
        EventKind::Agreement => (140, 86, 75),
        EventKind::Other => (127, 127, 127),
    };
    if dark {
        // Lift dark hues so they stand out on a dark background.
        let lift = |c: u8| c.saturating_add(((255 - u16::from(c)) / 4) as u8);
        Color32::from_rgb(lift(r), lift(g), lift(b))
    } else {
        Color32::from_rgb(r, g, b)
    }
}

/// Text colour that reads on top of `fill`.
pub fn text_on(fill: Color32) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

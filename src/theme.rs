//! How Entente looks, in one place for the window and the headless exporter:
//! fonts, light and dark, the colours of kinds of events and of trade flows,
//! the title size, and the layout constants the timeline and the charts share.

use crate::model::{KindColor, LaneColor};
use egui::{Color32, RichText};

/// Width of the timeline's lane labels; the charts' y axes take the same
/// width so that time lines up from the timeline down through every chart.
pub const GUTTER: f32 = 150.0;
/// Height of the timeline's date axis.
pub(crate) const AXIS_HEIGHT: f32 = 28.0;
/// Height of one row of eras (one row per party) above the lanes.
pub(crate) const ERA_ROW_HEIGHT: f32 = 20.0;
/// Height of one lane of the timeline.
pub(crate) const LANE_HEIGHT: f32 = 62.0;
/// The height of a lane with one row of labels (below it, none).
pub(crate) const COMPACT_LANE_HEIGHT: f32 = 40.0;
/// The least height of a lane when the window is short of room: its marks
/// and its name, with the count of its events beside it.
pub(crate) const MIN_LANE_HEIGHT: f32 = 26.0;
/// Where a date label sits on the shared time axis: centred under its grid
/// line. egui_plot writes the charts' axis labels so; the timeline follows.
pub(crate) const TICK_LABEL_ALIGN: egui::Align2 = egui::Align2::CENTER_TOP;

/// Size of the title above the timeline and each chart.
pub(crate) const TITLE_SIZE: f32 = 15.0;

/// A title above a chart, a panel or the timeline.
pub fn title(text: impl Into<String>) -> RichText {
    RichText::new(text).strong().size(TITLE_SIZE)
}

/// Adds DejaVu Sans as a fallback font: egui's own fonts lack arrows and
/// many symbols and scripts that data files contain.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        "DejaVuSans",
        egui::FontData::from_static(include_bytes!("../assets/DejaVuSans.ttf")),
        families,
    ));
}

/// Switches `ctx` to the dark or the light theme.
pub(crate) fn apply(ctx: &egui::Context, dark: bool) {
    ctx.set_theme(if dark {
        egui::Theme::Dark
    } else {
        egui::Theme::Light
    });
}

/// The built-in kinds' colours, in [`crate::model::BUILT_IN`]'s order.
const BUILT_IN_COLORS: [(u8, u8, u8); 7] = [
    (214, 39, 40),
    (31, 119, 180),
    (44, 160, 44),
    (148, 103, 189),
    (255, 127, 14),
    (140, 86, 75),
    (127, 127, 127),
];

/// The colour of a kind of event, readable on light and dark backgrounds.
pub fn kind_color(kind: KindColor, dark: bool) -> Color32 {
    let (r, g, b) = match kind {
        KindColor::BuiltIn(n) => BUILT_IN_COLORS[n as usize % BUILT_IN_COLORS.len()],
        KindColor::Rgb(r, g, b) => (r, g, b),
        KindColor::Palette(n) => PALETTE[n as usize % PALETTE.len()],
    };
    shade(r, g, b, dark)
}

/// Colours of lanes named after a country, person or group, in order.
const PALETTE: [(u8, u8, u8); 8] = [
    (31, 119, 180),
    (214, 39, 40),
    (44, 160, 44),
    (255, 127, 14),
    (148, 103, 189),
    (23, 170, 187),
    (227, 119, 194),
    (140, 86, 75),
];

/// The colour of a lane.
pub(crate) fn lane_color(color: LaneColor, dark: bool) -> Color32 {
    match color {
        LaneColor::Kind(kind) => kind_color(kind, dark),
        LaneColor::Palette(n) => {
            let (r, g, b) = PALETTE[n as usize % PALETTE.len()];
            shade(r, g, b, dark)
        }
        LaneColor::Rest => shade(127, 127, 127, dark),
    }
}

fn shade(r: u8, g: u8, b: u8, dark: bool) -> Color32 {
    if dark {
        // Lift dark hues so they stand out on a dark background.
        let lift = |c: u8| c.saturating_add(((255 - u16::from(c)) / 4) as u8);
        Color32::from_rgb(lift(r), lift(g), lift(b))
    } else {
        Color32::from_rgb(r, g, b)
    }
}

/// Text colour that reads on top of `fill`.
pub(crate) fn text_on(fill: Color32) -> Color32 {
    let [r, g, b, _] = fill.to_array();
    let luma = 0.299 * f32::from(r) + 0.587 * f32::from(g) + 0.114 * f32::from(b);
    if luma > 150.0 {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// Exports, and reported figures on the growth chart.
pub(crate) fn exports_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(86, 180, 233)
    } else {
        Color32::from_rgb(0, 114, 178)
    }
}

pub(crate) fn imports_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(240, 180, 80)
    } else {
        Color32::from_rgb(213, 120, 0)
    }
}

pub(crate) fn turnover_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(200)
    } else {
        Color32::from_gray(70)
    }
}

/// Growth computed from a series' own figures.
pub(crate) fn computed_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(240, 180, 80)
    } else {
        Color32::from_rgb(213, 94, 0)
    }
}

/// The band of an era: one hue per party (sand for the first, slate for the
/// second), two shades alternating so that consecutive eras stay apart.
pub(crate) fn era_color(party: usize, nth: usize, dark: bool) -> Color32 {
    let light = nth.is_multiple_of(2);
    match (party, dark, light) {
        (0, false, true) => Color32::from_rgb(236, 220, 190),
        (0, false, false) => Color32::from_rgb(222, 200, 160),
        (0, true, true) => Color32::from_rgb(92, 78, 52),
        (0, true, false) => Color32::from_rgb(72, 60, 40),
        (_, false, true) => Color32::from_rgb(206, 218, 236),
        (_, false, false) => Color32::from_rgb(184, 200, 226),
        (_, true, true) => Color32::from_rgb(52, 66, 92),
        (_, true, false) => Color32::from_rgb(40, 52, 74),
    }
}

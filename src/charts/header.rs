//! What surrounds a plot: the title, caption and legend above it, the
//! Figures row and the export buttons under it, the right-click menu.

use super::{ChartAction, ChartContext, ChartId};
use crate::command::ChartExport;
use crate::model::FigureRef;
use egui::{Color32, Ui};

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Swatch {
    Filled,
    Outlined,
    Line,
    Dot,
    Diamond,
    /// A thin vertical line: an event on the charts.
    Tick,
}

/// The chart's title, the reporter and unit, and the legend, above the plot
/// so that the legend never covers a bar.
pub(crate) fn chart_header(
    ui: &mut Ui,
    ctx: &ChartContext<'_>,
    title: &str,
    caption: &str,
    legend: &[(String, Color32, Swatch)],
) -> egui::Rect {
    let events = [(
        crate::tr!("legend-events-lane-colours"),
        ui.visuals().weak_text_color(),
        Swatch::Tick,
    )];
    let legend: Vec<(&str, Color32, Swatch)> = legend
        .iter()
        .map(|(n, c, s)| (n.as_str(), *c, *s))
        .chain(
            events
                .iter()
                .map(|(n, c, s)| (n.as_str(), *c, *s))
                .filter(|_| ctx.show_markers),
        )
        .collect();
    let top = ui.cursor().min;
    ui.horizontal_wrapped(|ui| {
        ui.label(crate::theme::title(title));
        ui.weak(caption);
    });
    ui.horizontal_wrapped(|ui| {
        for &(name, color, swatch) in &legend {
            // A swatch and its name wrap together: a new row when the
            // two would not fit in what is left of this one.
            let text = egui::WidgetText::from(name).into_galley(
                ui,
                Some(egui::TextWrapMode::Extend),
                f32::INFINITY,
                egui::TextStyle::Body,
            );
            let need = 14.0 + 2.0 * ui.spacing().item_spacing.x + text.size().x;
            if ui.available_size_before_wrap().x < need
                && ui.cursor().min.x > ui.max_rect().left() + 1.0
            {
                ui.end_row();
            }
            legend_entry(ui, name, color, swatch);
        }
    });
    egui::Rect::from_min_max(top, egui::pos2(ui.max_rect().right(), ui.cursor().min.y))
}

/// One legend entry: its swatch, then its name.
fn legend_entry(ui: &mut Ui, name: &str, color: Color32, swatch: Swatch) {
    let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 12.0), egui::Sense::hover());
    let p = ui.painter();
    let c = r.center();
    match swatch {
        Swatch::Filled => {
            p.rect_filled(r.shrink(1.0), 1.0, color);
        }
        Swatch::Outlined => {
            p.rect_stroke(
                r.shrink(1.5),
                1.0,
                egui::Stroke::new(1.5, color),
                egui::StrokeKind::Inside,
            );
        }
        Swatch::Line => {
            p.line_segment(
                [c - egui::vec2(7.0, 0.0), c + egui::vec2(7.0, 0.0)],
                egui::Stroke::new(2.5, color),
            );
        }
        Swatch::Tick => {
            p.line_segment(
                [c - egui::vec2(0.0, 6.0), c + egui::vec2(0.0, 6.0)],
                egui::Stroke::new(1.5, color),
            );
        }
        Swatch::Dot => {
            p.circle_filled(c, 5.0, color);
        }
        Swatch::Diamond => {
            let pts = vec![
                c + egui::vec2(0.0, -6.0),
                c + egui::vec2(6.0, 0.0),
                c + egui::vec2(0.0, 6.0),
                c + egui::vec2(-6.0, 0.0),
            ];
            p.add(egui::Shape::closed_line(pts, egui::Stroke::new(1.5, color)));
        }
    }
    ui.label(name);
    ui.add_space(8.0);
}

/// Buttons naming each figure: an accessible, keyboard-reachable way to
/// select what the plot draws.
pub(crate) fn figure_buttons(
    ui: &mut Ui,
    ctx: &ChartContext<'_>,
    chart: ChartId,
    figures: &[(FigureRef, String)],
    actions: &mut Vec<ChartAction>,
) {
    if ctx.for_export {
        return;
    }
    let selected = ctx.selection.figure();
    ui.horizontal_wrapped(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            export_buttons(ui, chart, actions);
            ui.with_layout(
                egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
                |ui| {
                    figure_list(ui, figures, selected, actions);
                },
            );
        });
    });
}

fn figure_list(
    ui: &mut Ui,
    figures: &[(FigureRef, String)],
    selected: Option<FigureRef>,
    actions: &mut Vec<ChartAction>,
) {
    {
        ui.weak(crate::tr!("header-figures"));
        for (f, label) in figures {
            if ui.selectable_label(selected == Some(*f), label).clicked() {
                actions.push(ChartAction::SelectFigure(*f));
            }
        }
    }
}

/// "Save image…", "Copy image" and "Save data as CSV…" for a chart, as
/// small buttons with the commands' labels, tooltips and shortcuts.
pub(crate) fn export_buttons(ui: &mut Ui, chart: ChartId, actions: &mut Vec<ChartAction>) {
    if let Some(how) = ChartExport::buttons(ui) {
        actions.push(ChartAction::Export(chart, how));
    }
}

/// The same three in a right-click menu on `response`.
pub(crate) fn export_menu(
    response: &egui::Response,
    chart: ChartId,
    actions: &mut Vec<ChartAction>,
) {
    if let Some(how) = ChartExport::context_menu(response) {
        actions.push(ChartAction::Export(chart, how));
    }
}

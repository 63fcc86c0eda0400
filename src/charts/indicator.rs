//! An indicator reported more than once (e.g. cumulative French investment),
//! drawn as a small chart on the shared time axis: one point per reported
//! value at the end of its as-of date, joined by a line, each labelled with
//! its value and, where one is given, its rank.

use super::{ChartAction, ChartContext, ChartId, Swatch, chart_header, export_menu, pt, time_plot};
use crate::document::Selection;
use crate::model::{Date, Indicator, IndicatorValue};
use crate::theme::turnover_color;
use crate::timeline::TimeView;
use egui::{Align2, Ui};
use egui_plot::{Line, MarkerShape, Points};

/// Height of the indicator chart's plot: smaller than a trade chart's.
const HEIGHT: f32 = 130.0;

pub fn title(ind: &Indicator) -> String {
    ind.label.marked().into_owned()
}

/// The indicators drawn as charts: those with more than one value.
pub(crate) fn charted(ind: &Indicator) -> bool {
    ind.is_series()
}

/// "19.1 · 5th" (value, and rank where given), "≈19.5 · 6th".
fn point_label(ind: &Indicator, v: &crate::model::IndicatorValue) -> String {
    let about = if v.approximate { "≈" } else { "" };
    match v.rank {
        Some(r) => format!(
            "{about}{} · {}",
            crate::format::number(v.value),
            crate::model::ordinal(r)
        ),
        None => {
            let _ = ind;
            format!("{about}{}", crate::format::number(v.value))
        }
    }
}

pub(crate) fn indicator_chart(
    ui: &mut Ui,
    n: usize,
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    let Some(ind) = ctx.dataset.indicators.get(n) else {
        return actions;
    };
    let values = ind.values();
    let points: Vec<(usize, f64, f64, String)> = values
        .iter()
        .enumerate()
        .filter_map(|(k, v)| Some((k, v.day()?, v.value, point_label(ind, v))))
        .collect();
    if points.len() < 2 {
        return actions;
    }
    let dark = ui.visuals().dark_mode;
    let color = turnover_color(dark);
    let chart = ChartId::Indicator(n);
    let rank_note = ind
        .rank_among
        .as_ref()
        .map(|a| {
            format!(
                " · {}",
                crate::tr!("indicator-rank-among", among = a.clone())
            )
        })
        .unwrap_or_default();
    let header = chart_header(
        ui,
        ctx,
        &title(ind),
        &format!(
            "{}{rank_note}",
            crate::tr!("indicator-caption", unit = ind.unit.clone())
        ),
        &[
            (crate::tr!("legend-reported-value"), color, Swatch::Dot),
            (crate::tr!("legend-about"), color, Swatch::Diamond),
        ],
    );
    let y_max = points.iter().map(|p| p.2).fold(0.0, f64::max);
    let selected = match ctx.selection {
        Selection::Value { indicator, value } if indicator == n => Some(value),
        _ => None,
    };
    let strong = ui.visuals().strong_text_color();
    let data = points.clone();
    let resp = time_plot(
        ui,
        chart,
        super::YAxis {
            label: ind.unit.clone(),
            range: (0.0, y_max),
            height: HEIGHT,
        },
        view,
        ctx,
        move |plot, labels| plot_values(plot, labels, (n, &data), selected, (color, strong)),
    );
    // The nearest value within a few pixels is the one under the pointer.
    let frame = resp.response.rect;
    let px = view.px_per_day(frame.width());
    let hovered = resp.hover_t.and_then(|t| {
        points
            .iter()
            .map(|p| ((p.1 - t).abs() * px, p.0))
            .filter(|(d, _)| *d <= 8.0)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, k)| k)
    });
    if let Some(m) = resp.hover_marker {
        resp.response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(m.describe(ctx.dataset, ctx.index));
        });
    } else if let Some(k) = hovered {
        let v = &values[k];
        resp.response
            .clone()
            .on_hover_ui_at_pointer(|ui| value_tooltip(ui, ctx, ind, v));
        if resp.clicked {
            actions.push(ChartAction::SelectValue {
                indicator: n,
                value: k,
            });
        }
    }
    export_menu(&resp.response, chart, &mut actions);
    let rect = header.union(resp.image_rect);
    actions.push(ChartAction::Drawn {
        chart,
        rect,
        visible: rect.intersect(ui.clip_rect()),
        labels: resp.labels.clone(),
    });
    if !ctx.for_export {
        value_buttons(ui, (n, chart), &values, selected, &mut actions, ind);
    }
    actions
}

/// The values joined by a line, each a point (a diamond when approximate,
/// larger when selected) with its label above.
fn plot_values(
    plot: &mut egui_plot::PlotUi<'_>,
    labels: &mut super::Labels,
    (n, data): (usize, &[(usize, f64, f64, String)]),
    selected: Option<usize>,
    (color, strong): (egui::Color32, egui::Color32),
) {
    plot.add(
        Line::new(
            crate::tr!("legend-reported-value"),
            data.iter().map(|p| [p.1, p.2]).collect::<Vec<_>>(),
        )
        .color(color.gamma_multiply(0.6))
        .width(1.5),
    );
    for &(k, x, y, ref text) in data {
        let approximate = text.starts_with('≈');
        let shape = if approximate {
            MarkerShape::Diamond
        } else {
            MarkerShape::Circle
        };
        let radius = if selected == Some(k) { 6.5 } else { 4.5 };
        plot.add(
            Points::new(crate::tr!("legend-reported-value"), vec![[x, y]])
                .shape(shape)
                .filled(!approximate)
                .radius(radius)
                .color(if selected == Some(k) { strong } else { color })
                .id(("value", n, k)),
        );
        labels.add(plot, pt(x, y), text.clone(), Align2::CENTER_BOTTOM, color);
    }
}

/// A value's tooltip: the amount, its date, its rank, its sources.
fn value_tooltip(ui: &mut Ui, ctx: &ChartContext<'_>, ind: &Indicator, v: &IndicatorValue) {
    let about = crate::format::about(v.approximate);
    ui.strong(format!(
        "{about}{} {}",
        crate::format::number(v.value),
        ind.unit
    ));
    let as_of = Date::parse(&v.as_of).map_or(v.as_of.clone(), |d| d.to_string());
    ui.label(crate::tr!("indicator-as-of", date = as_of));
    if let Some(rank) = crate::format::rank(ind, v.rank) {
        ui.label(rank);
    }
    super::source_footer(ui, ctx.dataset, &v.sources);
}

/// The export buttons and a button per value, to select it.
fn value_buttons(
    ui: &mut Ui,
    (n, chart): (usize, ChartId),
    values: &[IndicatorValue],
    selected: Option<usize>,
    actions: &mut Vec<ChartAction>,
    ind: &Indicator,
) {
    ui.horizontal_wrapped(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            super::export_buttons(ui, chart, actions);
            ui.with_layout(
                egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
                |ui| {
                    ui.weak(crate::tr!("indicator-values"));
                    for (k, v) in values.iter().enumerate() {
                        let as_of =
                            Date::parse(&v.as_of).map_or(v.as_of.clone(), |d| d.to_string());
                        let text = format!("{as_of}: {}", point_label(ind, v));
                        if ui.selectable_label(selected == Some(k), text).clicked() {
                            actions.push(ChartAction::SelectValue {
                                indicator: n,
                                value: k,
                            });
                        }
                    }
                },
            );
        });
    });
}

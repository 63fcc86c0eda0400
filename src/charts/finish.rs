//! What every trade chart does after its plot: the period under the
//! pointer highlighted (its figures in a tooltip), a click selecting it,
//! the export menu, where the chart was drawn, and the figures as buttons.

use super::{ChartAction, ChartContext, ChartId, TimePlotResponse, export_menu, figure_buttons};
use crate::model::{Dataset, FigureRef};
use egui::Ui;

/// What every chart does after drawing its plot: the period under the
/// pointer is highlighted (and its figures shown in a tooltip), a click
/// selects it, the export menu and the chart's rect are registered, and the
/// figures are listed as buttons.
pub(crate) fn finish_chart(
    ui: &mut Ui,
    ctx: &ChartContext<'_>,
    (s, chart): (usize, ChartId),
    header: egui::Rect,
    resp: &TimePlotResponse,
    observations: &[usize],
    figures: &[(FigureRef, String)],
) -> Vec<ChartAction> {
    let tooltip = |ui: &mut Ui, o: usize| figure_tooltip(ui, ctx, s, o);
    finish_chart_with(
        ui,
        ctx,
        (s, chart),
        header,
        resp,
        observations,
        figures,
        &tooltip,
    )
}

/// [`finish_chart`] with the chart's own tooltip for observation `o`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn finish_chart_with(
    ui: &mut Ui,
    ctx: &ChartContext<'_>,
    (s, chart): (usize, ChartId),
    header: egui::Rect,
    resp: &TimePlotResponse,
    observations: &[usize],
    figures: &[(FigureRef, String)],
    tooltip: &dyn Fn(&mut Ui, usize),
) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    let series = &ctx.dataset.trade[s];
    let hovered = resp.hover_t.and_then(|t| {
        observations.iter().copied().find(|&o| {
            let (a, b) = series.observations[o].parsed_period.span_days();
            t >= a && t < b
        })
    });
    if let Some(m) = resp.hover_marker {
        resp.response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(m.describe(ctx.dataset, ctx.index));
        });
    } else if let Some(o) = hovered {
        let (a, b) = series.observations[o].parsed_period.span_days();
        actions.push(ChartAction::HoverSpan(a, b));
        resp.response
            .clone()
            .on_hover_ui_at_pointer(|ui| tooltip(ui, o));
        if resp.clicked {
            actions.push(ChartAction::SelectFigure(FigureRef { series: s, obs: o }));
        }
    }
    export_menu(&resp.response, chart, &mut actions);
    let rect = header.union(resp.image_rect);
    let visible = rect.intersect(ui.clip_rect());
    actions.push(ChartAction::Drawn {
        chart,
        rect,
        visible,
        labels: resp.labels.clone(),
    });
    figure_buttons(ui, ctx, chart, figures, &mut actions);
    actions
}

/// Exact figures, period, reporter and sources of one observation.
fn figure_tooltip(ui: &mut Ui, ctx: &ChartContext<'_>, s: usize, o: usize) {
    let series = &ctx.dataset.trade[s];
    let ob = &series.observations[o];
    ui.strong(format!(
        "{} · {}",
        ob.parsed_period,
        crate::format::caption(series)
    ));
    for (name, v) in [
        (crate::tr!("legend-turnover"), ob.turnover),
        (crate::tr!("legend-exports"), ob.exports),
        (crate::tr!("legend-imports"), ob.imports),
    ] {
        ui.label(match v {
            Some(v) => format!(
                "{name}: {}{}",
                if ob.approximate {
                    crate::tr!("figure-about") + " "
                } else {
                    String::new()
                },
                crate::format::money(series, v)
            ),
            None => crate::tr!("figure-not-reported", name = name.as_str()),
        });
    }
    source_footer(ui, ctx.dataset, &ob.sources);
}

/// The end of a figure's tooltip: its sources, and that a click tells more.
pub(crate) fn source_footer(ui: &mut Ui, ds: &Dataset, ids: &[String]) {
    let sources: Vec<String> = ids
        .iter()
        .filter_map(|id| ds.source(id).map(|s| s.short()))
        .collect();
    ui.weak(crate::tr!("caption-source", sources = sources.join("; ")));
    ui.weak(crate::tr!("eras-click-for-details"));
}

//! Growth: what the source reports next to what its own figures give. Where
//! the two differ beyond rounding, both stay on the chart and the gap is
//! marked.

use super::finish_chart;
use super::{ChartAction, ChartContext, ChartId, Swatch, chart_header, pt, time_plot};
use crate::model::{FigureRef, TradeSeries};
use crate::theme::{computed_color, exports_color};
use crate::timeline::TimeView;
use egui::{Align2, Ui};
use egui_plot::{Line, LineStyle, MarkerShape, Points};

/// Observations with a reported or a computable growth.
pub(crate) fn rows(series: &TradeSeries) -> Vec<usize> {
    (0..series.observations.len())
        .filter(|&o| series.observations[o].growth.is_some() || series.growth_check(o).is_some())
        .collect()
}

/// One period as drawn: where, and the two growths.
struct GrowthRow {
    x: f64,
    reported: Option<f64>,
    computed: Option<f64>,
    agrees: Option<bool>,
}

pub fn title(series: &TradeSeries) -> String {
    crate::tr!(
        "chart-growth-title",
        series = crate::format::caption(series)
    )
}

pub fn growth_chart(
    ui: &mut Ui,
    s: usize,
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    let series = &ctx.dataset.trade[s];
    let rows = rows(series);
    if rows.is_empty() {
        return actions;
    }
    let dark = ui.visuals().dark_mode;
    // Reported figures share the blue of the flows charts.
    let reported_color = exports_color(dark);
    let computed_color = computed_color(dark);
    let warn = ui.visuals().error_fg_color;
    let chart = ChartId::Growth(s);
    let header = chart_header(
        ui,
        ctx,
        &title(series),
        &crate::tr!("growth-caption"),
        &[
            (crate::tr!("legend-reported"), reported_color, Swatch::Dot),
            (
                crate::tr!("legend-computed"),
                computed_color,
                Swatch::Diamond,
            ),
            (crate::tr!("legend-differs"), warn, Swatch::Line),
        ],
    );
    let (drawn, (lo, hi)) = growth_rows(series, &rows);
    let resp = time_plot(
        ui,
        chart,
        super::YAxis {
            label: crate::tr!("axis-growth"),
            // Room under the lowest point for "differs beyond rounding".
            range: (lo - 0.25 * (hi - lo), hi),
            height: ctx.plot_height(),
        },
        view,
        ctx,
        move |plot, labels| {
            for GrowthRow {
                x,
                reported,
                computed,
                agrees,
            } in drawn
            {
                if let Some(r) = reported {
                    plot.add(
                        Points::new(crate::tr!("growth-reported-point"), vec![[x, r]])
                            .shape(MarkerShape::Circle)
                            .filled(true)
                            .radius(5.0)
                            .color(reported_color),
                    );
                    labels.add(
                        plot,
                        pt(x, r),
                        format!("  {r:+.1}%"),
                        Align2::LEFT_CENTER,
                        reported_color,
                    );
                }
                if let Some(c) = computed {
                    plot.add(
                        Points::new(crate::tr!("legend-computed"), vec![[x, c]])
                            .shape(MarkerShape::Diamond)
                            .filled(false)
                            .radius(6.0)
                            .color(computed_color),
                    );
                    labels.add(
                        plot,
                        pt(x, c),
                        format!("{c:+.1}%  "),
                        Align2::RIGHT_CENTER,
                        computed_color,
                    );
                }
                if let (Some(r), Some(c), Some(false)) = (reported, computed, agrees) {
                    plot.add(
                        Line::new(crate::tr!("legend-differs"), vec![[x, r], [x, c]])
                            .color(warn)
                            .width(2.0)
                            .style(LineStyle::dashed_dense()),
                    );
                    labels.add(
                        plot,
                        pt(x, r.min(c)),
                        crate::tr!("growth-differs"),
                        Align2::CENTER_TOP,
                        warn,
                    );
                }
            }
        },
    );
    let figures = figures(series, s, &rows);
    actions.extend(finish_chart(
        ui,
        ctx,
        (s, chart),
        header,
        &resp,
        &rows,
        &figures,
    ));
    actions
}

/// Each row as drawn (where, reported, computed, whether they agree), and
/// the lowest and highest value shown (0 and 1 at least).
fn growth_rows(series: &TradeSeries, rows: &[usize]) -> (Vec<GrowthRow>, (f64, f64)) {
    let mut lo: f64 = 0.0;
    let mut hi: f64 = 1.0;
    let drawn: Vec<GrowthRow> = rows
        .iter()
        .map(|&o| {
            let ob = &series.observations[o];
            let (a, b) = ob.parsed_period.span_days();
            let check = series.growth_check(o);
            let reported = ob.growth.as_ref().map(|g| g.percent);
            let computed = check.map(|c| c.computed);
            for v in [reported, computed].into_iter().flatten() {
                lo = lo.min(v);
                hi = hi.max(v);
            }
            GrowthRow {
                x: 0.5 * (a + b),
                reported,
                computed,
                agrees: check.and_then(|c| c.agrees()),
            }
        })
        .collect();
    (drawn, (lo, hi))
}

/// The rows' figures, as buttons name them.
fn figures(series: &TradeSeries, s: usize, rows: &[usize]) -> Vec<(FigureRef, String)> {
    rows.iter()
        .map(|&o| {
            let ob = &series.observations[o];
            let text = match (ob.growth.as_ref(), series.growth_check(o)) {
                (Some(g), Some(c)) => format!(
                    "{}: {}, {}",
                    ob.parsed_period,
                    crate::tr!(
                        "growth-reported",
                        percent = crate::format::percent(g.percent)
                    ),
                    crate::tr!(
                        "growth-computed",
                        percent = crate::format::percent(c.computed)
                    )
                ),
                (Some(g), None) => format!(
                    "{}: {}",
                    ob.parsed_period,
                    crate::tr!(
                        "growth-reported",
                        percent = crate::format::percent(g.percent)
                    )
                ),
                (None, Some(c)) => format!(
                    "{}: {}",
                    ob.parsed_period,
                    crate::tr!(
                        "growth-computed",
                        percent = crate::format::percent(c.computed)
                    )
                ),
                (None, None) => ob.parsed_period.to_string(),
            };
            (FigureRef { series: s, obs: o }, text)
        })
        .collect()
}

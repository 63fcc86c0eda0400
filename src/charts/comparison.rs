//! Same-period comparison: a part of a year next to the same months of the
//! year before, with the growth computed and reported.

use super::finish_chart;
use super::{ChartAction, ChartContext, ChartId, Swatch, chart_header, pt, time_plot};
use crate::format::one_decimal;
use crate::model::{FigureRef, TradeSeries};
use crate::theme::exports_color;
use crate::timeline::TimeView;
use egui::{Align2, Stroke, Ui};
use egui_plot::{Bar, BarChart};

/// Part-year observations with the same months of the year before:
/// `(current, previous)` observation indices.
pub fn pairs(series: &TradeSeries) -> Vec<(usize, usize)> {
    series
        .observations
        .iter()
        .enumerate()
        .filter(|(_, o)| !o.parsed_period.is_calendar_year() && o.turnover.is_some())
        .filter_map(|(i, o)| {
            let prev = o.parsed_period.previous_year();
            series
                .observations
                .iter()
                .position(|p| p.parsed_period == prev && p.turnover.is_some())
                .map(|j| (i, j))
        })
        .collect()
}

/// One pair as drawn: (observation, span in days, turnover) for each side.
struct DrawnPair {
    current: (usize, (f64, f64), f64),
    previous: (usize, (f64, f64), f64),
    label: String,
}

pub fn title(series: &TradeSeries) -> String {
    crate::tr!(
        "chart-comparison-title",
        series = crate::format::caption(series)
    )
}

pub fn comparison_chart(
    ui: &mut Ui,
    s: usize,
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    let series = &ctx.dataset.trade[s];
    let pairs = pairs(series);
    if pairs.is_empty() {
        return actions;
    }
    let dark = ui.visuals().dark_mode;
    let chart = ChartId::Comparison(s);
    let header = chart_header(
        ui,
        ctx,
        &title(series),
        &crate::tr!("comparison-caption", unit = crate::format::unit(series)),
        &[
            (
                crate::tr!("legend-same-months-year-before"),
                exports_color(dark).gamma_multiply(0.45),
                Swatch::Filled,
            ),
            (
                crate::tr!("legend-period"),
                exports_color(dark),
                Swatch::Filled,
            ),
        ],
    );
    let y_max = pairs
        .iter()
        .flat_map(|&(a, b)| [a, b])
        .filter_map(|o| series.observations[o].turnover)
        .fold(0.0, f64::max);
    let strong = ui.visuals().strong_text_color();
    let selected = ctx
        .selection
        .figure()
        .filter(|f| f.series == s)
        .map(|f| f.obs);
    let color = exports_color(dark);
    let drawn = drawn_pairs(series, &pairs);
    let resp = time_plot(
        ui,
        chart,
        super::YAxis {
            label: crate::tr!("axis-turnover", unit = crate::format::unit(series)),
            range: (0.0, y_max * 1.15),
            height: ctx.plot_height(),
        },
        view,
        ctx,
        move |plot, labels| {
            // Every bar first: a label keeps off the others' bars.
            for d in &drawn {
                for ((a, b), v) in [(d.previous.1, d.previous.2), (d.current.1, d.current.2)] {
                    let (mid, half) = (0.5 * (a + b), (b - a) * 0.2);
                    labels.bar((mid - half, mid + half), (0.0, v));
                }
            }
            for DrawnPair {
                current: (c, (c0, c1), tc),
                previous: (p, (p0, p1), tp),
                label,
            } in drawn
            {
                for (o, a, b, v, fill) in [
                    (p, p0, p1, tp, color.gamma_multiply(0.45)),
                    (c, c0, c1, tc, color),
                ] {
                    let stroke = if selected == Some(o) {
                        Stroke::new(2.5, strong)
                    } else {
                        Stroke::NONE
                    };
                    let bar = Bar::new(0.5 * (a + b), v)
                        .width((b - a) * 0.4)
                        .fill(fill)
                        .stroke(stroke);
                    plot.add(
                        BarChart::new(crate::tr!("legend-turnover"), vec![bar])
                            .color(color)
                            .id(("cmp", s, o)),
                    );
                    labels.add(
                        plot,
                        pt(0.5 * (a + b), v),
                        one_decimal(v),
                        Align2::CENTER_BOTTOM,
                        strong,
                    );
                }
                labels.add(
                    plot,
                    pt(0.5 * (c0 + c1), tc * 1.12),
                    label,
                    Align2::CENTER_BOTTOM,
                    strong,
                );
            }
        },
    );
    let figures = figures(series, s, &pairs);
    actions.extend(finish_chart(
        ui,
        ctx,
        (s, chart),
        header,
        &resp,
        &chart.observations(ctx.dataset),
        &figures,
    ));
    actions
}

/// Each pair as drawn: where and how high its two bars are, and the
/// growth computed (and reported) written above.
fn drawn_pairs(series: &TradeSeries, pairs: &[(usize, usize)]) -> Vec<DrawnPair> {
    pairs
        .iter()
        .map(|&(c, p)| {
            let (oc, op) = (&series.observations[c], &series.observations[p]);
            let check = series.growth_check(c);
            let mut label = check
                .map(|g| crate::format::percent(g.computed))
                .unwrap_or_default();
            if let Some(r) = oc.growth.as_ref().map(|g| g.percent) {
                label.push_str(&format!(
                    " ({})",
                    crate::tr!("growth-reported", percent = format!("{r:+.1}%"))
                ));
            }
            DrawnPair {
                current: (
                    c,
                    oc.parsed_period.span_days(),
                    oc.turnover.unwrap_or_default(),
                ),
                previous: (
                    p,
                    op.parsed_period.span_days(),
                    op.turnover.unwrap_or_default(),
                ),
                label,
            }
        })
        .collect()
}

/// The figures of the pairs, earlier first, as buttons name them.
fn figures(series: &TradeSeries, s: usize, pairs: &[(usize, usize)]) -> Vec<(FigureRef, String)> {
    pairs
        .iter()
        .flat_map(|&(a, b)| [b, a])
        .map(|o| {
            let ob = &series.observations[o];
            (
                FigureRef { series: s, obs: o },
                format!(
                    "{}: {}",
                    ob.parsed_period,
                    crate::format::money(series, ob.turnover.unwrap_or_default())
                ),
            )
        })
        .collect()
}

//! Annual trade: exports and imports stacked per calendar year, turnover
//! written above; a year known only by its turnover is an outlined bar.

use super::finish_chart;
use super::{ChartAction, ChartContext, ChartId, Labels, Swatch, chart_header, pt, time_plot};
use crate::format::one_decimal;
use crate::model::{FigureRef, Observation, TradeSeries};
use crate::theme::{exports_color, imports_color, turnover_color};
use crate::timeline::TimeView;
use egui::{Align2, Stroke, Ui};
use egui_plot::{Bar, BarChart, Line, PlotUi};

/// The observations of a series that cover one calendar year.
pub(crate) fn annual_observations(series: &TradeSeries) -> impl Iterator<Item = usize> + '_ {
    series
        .observations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.parsed_period.is_calendar_year())
        .map(|(i, _)| i)
}

pub fn title(series: &TradeSeries) -> String {
    crate::tr!(
        "chart-annual-title",
        series = crate::format::caption(series)
    )
}

pub fn annual_chart(
    ui: &mut Ui,
    s: usize,
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    let series = &ctx.dataset.trade[s];
    let years: Vec<usize> = annual_observations(series).collect();
    if years.is_empty() {
        return actions;
    }
    let dark = ui.visuals().dark_mode;
    let chart = ChartId::Annual(s);
    let legend = legend(
        dark,
        years.iter().any(|&o| series.observations[o].estimated),
    );
    let header = chart_header(
        ui,
        ctx,
        &title(series),
        &format!("{} · {}", series.flows, crate::format::unit(series)),
        &legend,
    );
    let y_max = years
        .iter()
        .map(|&o| {
            let ob = &series.observations[o];
            let flows = ob.exports.unwrap_or(0.0) + ob.imports.unwrap_or(0.0);
            ob.turnover.unwrap_or(0.0).max(flows)
        })
        .fold(0.0, f64::max);
    let strong = ui.visuals().strong_text_color();
    let bars: Vec<(usize, f64, f64)> = years
        .iter()
        .map(|&o| {
            let (a, b) = series.observations[o].parsed_period.span_days();
            (o, 0.5 * (a + b), (b - a) * 0.7)
        })
        .collect();
    let selected = ctx
        .selection
        .figure()
        .filter(|f| f.series == s)
        .map(|f| f.obs);
    let obs_data: Vec<_> = bars
        .iter()
        .map(|&(o, x, w)| (o, x, w, series.observations[o].clone()))
        .collect();
    let unit = crate::format::unit(series);
    let currency = series.currency.clone();
    let resp = time_plot(
        ui,
        chart,
        super::YAxis {
            label: crate::tr!(
                "axis-current",
                unit = unit.clone(),
                currency = currency.clone()
            ),
            range: (0.0, y_max),
            height: ctx.plot_height(),
        },
        view,
        ctx,
        move |plot, labels| {
            // Every year's bar first: a label keeps off the others' bars.
            for (_, x, w, ob) in &obs_data {
                let flows = ob.exports.unwrap_or(0.0) + ob.imports.unwrap_or(0.0);
                let top = ob.turnover.unwrap_or(0.0).max(flows);
                labels.bar((x - w / 2.0, x + w / 2.0), (0.0, top));
            }
            for (o, x, w, ob) in obs_data {
                let style = YearStyle {
                    dark,
                    outline: if selected == Some(o) {
                        Stroke::new(2.5, strong)
                    } else {
                        Stroke::NONE
                    },
                };
                plot_year(plot, labels, (s, o), (x, w, &ob), style);
            }
        },
    );
    let figures: Vec<(FigureRef, String)> = years
        .iter()
        .filter_map(|&o| {
            let ob = &series.observations[o];
            ob.turnover.map(|t| {
                (
                    FigureRef { series: s, obs: o },
                    format!("{}: {}", ob.parsed_period, crate::format::money(series, t)),
                )
            })
        })
        .collect();
    actions.extend(finish_chart(
        ui,
        ctx,
        (s, chart),
        header,
        &resp,
        &years,
        &figures,
    ));
    actions
}

/// How a year's bars are drawn: the theme, and the outline of a selected year.
#[derive(Clone, Copy)]
struct YearStyle {
    dark: bool,
    outline: Stroke,
}

/// Observation `o` of series `s`, a year at `x` drawn `w` wide: exports and
/// imports stacked (or an outlined bar when only the turnover is known),
/// the turnover as a line with its figure above.
fn plot_year(
    plot: &mut PlotUi,
    labels: &mut Labels,
    (s, o): (usize, usize),
    (x, w, ob): (f64, f64, &Observation),
    YearStyle { dark, outline }: YearStyle,
) {
    let mut top = 0.0;
    match (ob.exports, ob.imports) {
        (None, None) => {
            if let Some(t) = ob.turnover {
                let bar = Bar::new(x, t)
                    .width(w)
                    .fill(turnover_color(dark).gamma_multiply(0.12))
                    .stroke(Stroke::new(1.5, turnover_color(dark)));
                plot.add(
                    BarChart::new(crate::tr!("annual-turnover-only"), vec![bar])
                        .color(turnover_color(dark))
                        .id(("t", s, o)),
                );
            }
        }
        (x_opt, m_opt) => {
            // An estimated figure is drawn light with an outline.
            let look = |color: egui::Color32| {
                if ob.estimated {
                    let stroke = if outline == Stroke::NONE {
                        Stroke::new(1.5, color)
                    } else {
                        outline
                    };
                    (color.gamma_multiply(0.35), stroke)
                } else {
                    (color, outline)
                }
            };
            if let Some(e) = x_opt {
                let (fill, stroke) = look(exports_color(dark));
                let bar = Bar::new(x, e).width(w).fill(fill).stroke(stroke);
                plot.add(
                    BarChart::new(crate::tr!("legend-exports"), vec![bar])
                        .color(exports_color(dark))
                        .id(("x", s, o)),
                );
                top = e;
            }
            if let Some(m) = m_opt {
                let (fill, stroke) = look(imports_color(dark));
                let bar = Bar::new(x, m)
                    .base_offset(top)
                    .width(w)
                    .fill(fill)
                    .stroke(stroke);
                plot.add(
                    BarChart::new(crate::tr!("legend-imports"), vec![bar])
                        .color(imports_color(dark))
                        .id(("m", s, o)),
                );
                top += m;
            }
        }
    }
    if let Some(t) = ob.turnover {
        plot.add(
            Line::new(
                crate::tr!("legend-turnover"),
                vec![[x - w / 2.0, t], [x + w / 2.0, t]],
            )
            .color(turnover_color(dark))
            .width(2.0),
        );
        let approx = if ob.approximate { "≈" } else { "" };
        labels.add(
            plot,
            pt(x, t.max(top)),
            format!("{approx}{}", one_decimal(t)),
            Align2::CENTER_BOTTOM,
            turnover_color(dark),
        );
    }
}

/// The chart's legend: exports, imports, turnover, turnover only, and
/// estimated figures when there are some.
fn legend(dark: bool, estimated: bool) -> Vec<(String, egui::Color32, Swatch)> {
    let mut legend = vec![
        (
            crate::tr!("legend-exports"),
            exports_color(dark),
            Swatch::Filled,
        ),
        (
            crate::tr!("legend-imports"),
            imports_color(dark),
            Swatch::Filled,
        ),
        (
            crate::tr!("legend-turnover"),
            turnover_color(dark),
            Swatch::Line,
        ),
        (
            crate::tr!("legend-turnover-only"),
            turnover_color(dark),
            Swatch::Outlined,
        ),
    ];
    if estimated {
        legend.push((
            crate::tr!("legend-estimated"),
            exports_color(dark),
            Swatch::Outlined,
        ));
    }
    legend
}

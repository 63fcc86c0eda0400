//! What is traded: a series' exports (or imports) by product, each year a
//! 100% stacked bar on the shared time axis; the largest products (HS
//! chapters, named) in colour, the rest as "Other". Hover gives a year's
//! products with value, share and code; a click shows them in the panel.

use super::finish::finish_chart_with;
use super::{ChartAction, ChartContext, ChartId, Swatch, chart_header, time_plot};
use crate::model::{FigureRef, Flow, Period, ProductFigure, TradeSeries};
use crate::stats::hs;
use crate::timeline::TimeView;
use egui::{Color32, Stroke, Ui};
use egui_plot::{Bar, BarChart};

/// How many products are named; the others are "Other".
const NAMED: usize = 7;

/// A product's name: its own label, or its HS chapter's.
pub fn product_name(series: &TradeSeries, p: &ProductFigure) -> String {
    let hs = series.classification.as_deref() == Some("HS");
    let name = p
        .label
        .clone()
        .or_else(|| {
            hs.then(|| hs::chapter_name(&p.code).map(String::from))
                .flatten()
        })
        .unwrap_or_default();
    if name.is_empty() {
        p.code.clone()
    } else {
        format!("{} {name}", p.code)
    }
}

/// The annual observations that have products of `flow`, oldest first.
pub fn years(series: &TradeSeries, flow: Flow) -> Vec<usize> {
    series
        .observations
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            o.parsed_period.is_calendar_year()
                && series
                    .products
                    .iter()
                    .any(|p| p.flow == flow && p.parsed_period == o.parsed_period)
        })
        .map(|(i, _)| i)
        .collect()
}

/// A period's products of a flow, largest first.
pub fn of_period<'s>(
    series: &'s TradeSeries,
    flow: Flow,
    period: &Period,
) -> Vec<&'s ProductFigure> {
    let mut list: Vec<&ProductFigure> = series
        .products
        .iter()
        .filter(|p| p.flow == flow && p.parsed_period == *period)
        .collect();
    list.sort_by(|a, b| b.value.total_cmp(&a.value));
    list
}

/// The codes named on the chart: the largest over all the years.
fn named(series: &TradeSeries, flow: Flow) -> Vec<String> {
    let mut totals: Vec<(String, f64)> = Vec::new();
    for p in series.products.iter().filter(|p| p.flow == flow) {
        match totals.iter_mut().find(|(c, _)| *c == p.code) {
            Some((_, v)) => *v += p.value,
            None => totals.push((p.code.clone(), p.value)),
        }
    }
    totals.sort_by(|a, b| b.1.total_cmp(&a.1));
    totals.into_iter().take(NAMED).map(|(c, _)| c).collect()
}

/// A colour per named product (Okabe–Ito), grey for "Other".
fn palette(n: usize, dark: bool) -> Color32 {
    const LIGHT: [(u8, u8, u8); NAMED] = [
        (0, 114, 178),
        (230, 159, 0),
        (0, 158, 115),
        (204, 121, 167),
        (86, 180, 233),
        (213, 94, 0),
        (240, 228, 66),
    ];
    match LIGHT.get(n) {
        Some(&(r, g, b)) if dark => Color32::from_rgb(
            r.saturating_add(30),
            g.saturating_add(30),
            b.saturating_add(30),
        ),
        Some(&(r, g, b)) => Color32::from_rgb(r, g, b),
        None if dark => Color32::from_gray(110),
        None => Color32::from_gray(170),
    }
}

pub fn title(series: &TradeSeries, flow: Flow) -> String {
    crate::tr!(
        "chart-products-title",
        reporter = series.reporter.as_str(),
        flow = crate::tr!(match flow {
            Flow::Exports => "flow-exports",
            Flow::Imports => "flow-imports",
        }),
        series = series.reporter_label.marked().into_owned()
    )
}

/// A year's stack, from the bottom: (legend slot, share, estimated).
type Stack = Vec<(usize, f64, bool)>;

/// The legend slot of "Other".
const OTHER: usize = usize::MAX;

/// One year's stack: (legend slot, share in percent, estimated) from the
/// bottom.
fn stack(
    series: &TradeSeries,
    flow: Flow,
    period: &Period,
    named: &[String],
) -> Vec<(usize, f64, bool)> {
    let list = of_period(series, flow, period);
    let total: f64 = list.iter().map(|p| p.value).sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let slot = |n: usize, keep: &dyn Fn(&str) -> bool| {
        let parts = list.iter().filter(|p| keep(&p.code));
        let value: f64 = parts.clone().map(|p| p.value).sum();
        (n, value / total * 100.0, parts.clone().any(|p| p.estimated))
    };
    let mut slots: Vec<(usize, f64, bool)> = named
        .iter()
        .enumerate()
        .map(|(n, code)| slot(n, &|c| c == code))
        .collect();
    slots.push(slot(OTHER, &|c| !named.iter().any(|n| n == c)));
    slots.retain(|(_, v, _)| *v > 0.0);
    slots
}

pub fn products_chart(
    ui: &mut Ui,
    (s, flow): (usize, Flow),
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
) -> Vec<ChartAction> {
    let series = &ctx.dataset.trade[s];
    let years = years(series, flow);
    if years.is_empty() {
        return Vec::new();
    }
    let dark = ui.visuals().dark_mode;
    let chart = ChartId::Products(s, flow);
    let named = named(series, flow);
    let header = header(ui, ctx, (series, flow), &named, dark);
    let bars: Vec<(f64, f64, Stack)> = years
        .iter()
        .map(|&o| {
            let ob = &series.observations[o];
            let (a, b) = ob.parsed_period.span_days();
            (
                0.5 * (a + b),
                (b - a) * 0.7,
                stack(series, flow, &ob.parsed_period, &named),
            )
        })
        .collect();
    let selected = ctx
        .selection
        .figure()
        .filter(|f| f.series == s)
        .map(|f| f.obs);
    let sel_x = selected
        .map(|o| series.observations[o].parsed_period.span_days())
        .map(|(a, b)| 0.5 * (a + b));
    let strong = ui.visuals().strong_text_color();
    let resp = time_plot(
        ui,
        chart,
        super::YAxis {
            label: crate::tr!(
                "axis-share",
                flow = crate::tr!(match flow {
                    Flow::Exports => "flow-exports",
                    Flow::Imports => "flow-imports",
                })
            ),
            range: (0.0, 100.0),
            height: ctx.plot_height(),
        },
        view,
        ctx,
        move |plot, labels| {
            for (x, w, slots) in bars {
                labels.bar((x - w / 2.0, x + w / 2.0), (0.0, 100.0));
                let mut base = 0.0;
                for (n, share, estimated) in slots {
                    let color = palette(n, dark);
                    let stroke = if sel_x == Some(x) {
                        Stroke::new(2.0, strong)
                    } else if estimated {
                        Stroke::new(1.5, color)
                    } else {
                        Stroke::NONE
                    };
                    let fill = if estimated {
                        color.gamma_multiply(0.45)
                    } else {
                        color
                    };
                    let bar = Bar::new(x, share)
                        .base_offset(base)
                        .width(w)
                        .fill(fill)
                        .stroke(stroke);
                    plot.add(BarChart::new("share", vec![bar]).color(color).id((
                        "prod",
                        n,
                        x.to_bits(),
                    )));
                    base += share;
                }
            }
        },
    );
    let figures: Vec<(FigureRef, String)> = years
        .iter()
        .map(|&o| {
            let ob = &series.observations[o];
            let total: f64 = of_period(series, flow, &ob.parsed_period)
                .iter()
                .map(|p| p.value)
                .sum();
            (
                FigureRef { series: s, obs: o },
                format!(
                    "{}: {}",
                    ob.parsed_period,
                    crate::format::money(series, total)
                ),
            )
        })
        .collect();
    let tooltip = move |ui: &mut Ui, o: usize| products_tooltip(ui, ctx, (s, flow), o);
    finish_chart_with(
        ui,
        ctx,
        (s, chart),
        header,
        &resp,
        &years,
        &figures,
        &tooltip,
    )
}

/// A year's products: name, value, share.
fn products_tooltip(ui: &mut Ui, ctx: &ChartContext<'_>, (s, flow): (usize, Flow), o: usize) {
    let series = &ctx.dataset.trade[s];
    let ob = &series.observations[o];
    let list = of_period(series, flow, &ob.parsed_period);
    let total: f64 = list.iter().map(|p| p.value).sum();
    let flow_name = crate::tr!(match flow {
        Flow::Exports => "flow-exports",
        Flow::Imports => "flow-imports",
    });
    ui.strong(crate::tr!(
        "products-tooltip-title",
        period = ob.parsed_period.to_string(),
        reporter = series.reporter.clone(),
        flow = flow_name
    ));
    for p in list.iter().take(10) {
        ui.label(format!(
            "{}: {} ({:.1}%){}",
            product_name(series, p),
            crate::format::money(series, p.value),
            p.value / total * 100.0,
            if p.estimated {
                format!(", {}", crate::tr!("mirror-estimated"))
            } else {
                String::new()
            }
        ));
    }
    if list.len() > 10 {
        let rest: f64 = list[10..].iter().map(|p| p.value).sum();
        ui.label(format!(
            "{}: {} ({:.1}%)",
            crate::tr!("products-more", n = list.len() - 10),
            crate::format::money(series, rest),
            rest / total * 100.0
        ));
    }
    super::source_footer(ui, ctx.dataset, &ob.sources);
}

/// The chart's title, and its legend: the named products, "Other", and
/// "Estimated" when some figures are.
fn header(
    ui: &mut Ui,
    ctx: &ChartContext<'_>,
    (series, flow): (&TradeSeries, Flow),
    named: &[String],
    dark: bool,
) -> egui::Rect {
    let names: Vec<String> = named
        .iter()
        .map(|c| {
            (series.products.iter())
                .find(|p| p.code == *c)
                .map_or(c.clone(), |p| product_name(series, p))
        })
        .collect();
    let mut legend: Vec<(String, Color32, Swatch)> = (names.into_iter().enumerate())
        .map(|(n, name)| (name, palette(n, dark), Swatch::Filled))
        .collect();
    legend.push((
        crate::tr!("legend-other"),
        palette(OTHER, dark),
        Swatch::Filled,
    ));
    if (series.products.iter()).any(|p| p.flow == flow && p.estimated) {
        legend.push((
            crate::tr!("legend-estimated"),
            palette(0, dark),
            Swatch::Outlined,
        ));
    }
    chart_header(
        ui,
        ctx,
        &title(series, flow),
        &crate::tr!(
            "products-caption",
            flow = crate::tr!(match flow {
                Flow::Exports => "flow-exports",
                Flow::Imports => "flow-imports",
            }),
            unit = crate::format::unit(series)
        ),
        &legend,
    )
}

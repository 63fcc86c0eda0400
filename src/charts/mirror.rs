//! Mirror statistics: for the years both parties report, what A says it
//! exported to B next to what B says it imported from A (and the other
//! way), with the gap in percent. Imports are valued CIF (with freight and
//! insurance), exports FOB, and the two offices may attribute goods to
//! different partners: the first check a trade analyst makes.

use super::finish::finish_chart_with;
use super::{ChartAction, ChartContext, ChartId, Swatch, chart_header, pt, time_plot};
use crate::model::{Dataset, FigureRef, TradeSeries};
use crate::theme::{exports_color, imports_color};
use crate::timeline::TimeView;
use egui::{Align2, Stroke, Ui};
use egui_plot::{Bar, BarChart};

/// The two series that mirror each other: the first party's and the
/// second party's own statistics, in one currency and scale, with years in
/// common that have flows. `(a, b)` indices of `ds.trade`.
pub fn pair(ds: &Dataset) -> Option<(usize, usize)> {
    let (pa, pb) = &ds.parties;
    let of = |party: &String| -> Vec<usize> {
        (ds.trade.iter().enumerate())
            .filter(|(_, s)| s.reporter == *party)
            .map(|(i, _)| i)
            .collect()
    };
    of(pa).into_iter().find_map(|a| {
        of(pb)
            .into_iter()
            .find(|&b| {
                let (sa, sb) = (&ds.trade[a], &ds.trade[b]);
                sa.currency == sb.currency && sa.scale == sb.scale && !years(sa, sb).is_empty()
            })
            .map(|b| (a, b))
    })
}

/// One year both report: observation indices in `a` and `b`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Year {
    pub a: usize,
    pub b: usize,
}

/// The calendar years both series report flows for, oldest first.
pub fn years(a: &TradeSeries, b: &TradeSeries) -> Vec<Year> {
    a.observations
        .iter()
        .enumerate()
        .filter(|(_, o)| {
            o.parsed_period.is_calendar_year() && (o.exports.is_some() || o.imports.is_some())
        })
        .filter_map(|(i, o)| {
            b.observations
                .iter()
                .position(|p| {
                    p.parsed_period == o.parsed_period
                        && (p.exports.is_some() || p.imports.is_some())
                })
                .map(|j| Year { a: i, b: j })
        })
        .collect()
}

/// The gap between what the importer reports and what the exporter
/// reports, in percent of the exporter's figure.
pub fn gap(exported: f64, imported: f64) -> Option<f64> {
    (exported > 0.0).then(|| (imported / exported - 1.0) * 100.0)
}

/// One direction of one year: exporter's figure, importer's figure.
pub struct Direction {
    pub from: String,
    pub to: String,
    pub exported: Option<f64>,
    pub imported: Option<f64>,
    /// Whether the exporter's and the importer's figures were estimated.
    pub estimated: [bool; 2],
}

/// The two directions of a year: A → B (A's exports, B's imports) and
/// B → A (B's exports, A's imports).
pub fn directions(a: &TradeSeries, b: &TradeSeries, y: Year) -> [Direction; 2] {
    let (oa, ob) = (&a.observations[y.a], &b.observations[y.b]);
    [
        Direction {
            from: a.reporter.clone(),
            to: b.reporter.clone(),
            exported: oa.exports,
            imported: ob.imports,
            estimated: [oa.estimated, ob.estimated],
        },
        Direction {
            from: b.reporter.clone(),
            to: a.reporter.clone(),
            exported: ob.exports,
            imported: oa.imports,
            estimated: [ob.estimated, oa.estimated],
        },
    ]
}

pub fn title(ds: &Dataset, a: usize, b: usize) -> String {
    crate::tr!(
        "chart-mirror-title",
        a = ds.trade[a].reporter.as_str(),
        b = ds.trade[b].reporter.as_str()
    )
}

pub fn mirror_chart(
    ui: &mut Ui,
    (a, b): (usize, usize),
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
) -> Vec<ChartAction> {
    let ds = ctx.dataset;
    let (sa, sb) = (&ds.trade[a], &ds.trade[b]);
    let years = years(sa, sb);
    if years.is_empty() {
        return Vec::new();
    }
    let dark = ui.visuals().dark_mode;
    let chart = ChartId::Mirror(a, b);
    let (ca, cb) = (exports_color(dark), imports_color(dark));
    let header = chart_header(
        ui,
        ctx,
        &title(ds, a, b),
        &crate::tr!("mirror-caption", unit = crate::format::unit(sa)),
        &[
            (
                format!("{} → {}", sa.reporter, sb.reporter),
                ca,
                Swatch::Filled,
            ),
            (
                format!("{} → {}", sb.reporter, sa.reporter),
                cb,
                Swatch::Filled,
            ),
            (
                crate::tr!("legend-as-importer-reports"),
                ca.gamma_multiply(0.4),
                Swatch::Filled,
            ),
        ],
    );
    let drawn: Vec<(f64, f64, [Direction; 2])> = years
        .iter()
        .map(|&y| {
            let (t0, t1) = sa.observations[y.a].parsed_period.span_days();
            (0.5 * (t0 + t1), t1 - t0, directions(sa, sb, y))
        })
        .collect();
    let y_max = drawn
        .iter()
        .flat_map(|(_, _, d)| d.iter().flat_map(|d| [d.exported, d.imported]))
        .flatten()
        .fold(0.0, f64::max);
    let strong = ui.visuals().strong_text_color();
    let resp = time_plot(
        ui,
        chart,
        super::YAxis {
            label: crate::tr!(
                "axis-current",
                unit = crate::format::unit(sa),
                currency = sa.currency.clone()
            ),
            range: (0.0, y_max * 1.15),
            height: ctx.plot_height(),
        },
        view,
        ctx,
        move |plot, labels| {
            for (x, w, _) in &drawn {
                labels.bar((x - w * 0.4, x + w * 0.4), (0.0, y_max));
            }
            for (x, w, dirs) in drawn {
                draw_year(plot, labels, (x, w), &dirs, [ca, cb], strong);
            }
        },
    );
    let observations: Vec<usize> = years.iter().map(|y| y.a).collect();
    let figures: Vec<(FigureRef, String)> = years
        .iter()
        .map(|y| {
            let o = &sa.observations[y.a];
            (
                FigureRef {
                    series: a,
                    obs: y.a,
                },
                format!(
                    "{}: {}",
                    o.parsed_period,
                    o.exports
                        .map_or("—".into(), |v| crate::format::money(sa, v))
                ),
            )
        })
        .collect();
    let tooltip = move |ui: &mut Ui, o: usize| {
        if let Some(&y) = years.iter().find(|y| y.a == o) {
            mirror_tooltip(ui, ctx.dataset, (a, b), y);
        }
    };
    finish_chart_with(
        ui,
        ctx,
        (a, chart),
        header,
        &resp,
        &observations,
        &figures,
        &tooltip,
    )
}

/// The year's two directions: each side's figure, the gap, the caveat.
fn mirror_tooltip(ui: &mut Ui, ds: &Dataset, (a, b): (usize, usize), y: Year) {
    let (sa, sb) = (&ds.trade[a], &ds.trade[b]);
    ui.strong(format!(
        "{} · {}",
        sa.observations[y.a].parsed_period,
        crate::tr!("mirror-statistics")
    ));
    for d in directions(sa, sb, y) {
        let money = |v: Option<f64>, estimated: bool| {
            let text = v.map_or_else(
                || crate::tr!("mirror-not-reported"),
                |v| crate::format::money(sa, v),
            );
            if estimated {
                format!("{text}, {}", crate::tr!("mirror-estimated"))
            } else {
                text
            }
        };
        ui.label(crate::tr!(
            "mirror-direction",
            from = d.from.clone(),
            to = d.to.clone(),
            exports = money(d.exported, d.estimated[0]),
            imports = money(d.imported, d.estimated[1])
        ));
        if let Some(g) = d.exported.zip(d.imported).and_then(|(e, i)| gap(e, i)) {
            ui.label(crate::tr!(
                "mirror-gap",
                gap = format!("{g:+.1}%"),
                more =
                    crate::format::money(sa, d.imported.unwrap_or(0.0) - d.exported.unwrap_or(0.0))
            ));
        }
    }
    ui.weak(crate::tr!("mirror-imports-are-valued-cif-with"));
    let (oa, ob) = (&sa.observations[y.a], &sb.observations[y.b]);
    let ids: Vec<String> = oa.sources.iter().chain(&ob.sources).cloned().collect();
    super::source_footer(ui, ds, &ids);
}

/// One year's two directions at `x`, `w` days wide: for each, the
/// exporter's bar (solid) and the importer's (light), the gap above.
fn draw_year(
    plot: &mut egui_plot::PlotUi,
    labels: &mut super::Labels,
    (x, w): (f64, f64),
    dirs: &[Direction; 2],
    colors: [egui::Color32; 2],
    strong: egui::Color32,
) {
    let bw = w * 0.18;
    for (k, (d, color)) in dirs.iter().zip(colors).enumerate() {
        let centre = x + (k as f64 - 0.5) * w * 0.42;
        let bars = [(d.exported, color), (d.imported, color.gamma_multiply(0.4))];
        for (j, (v, fill)) in bars.into_iter().enumerate() {
            let Some(v) = v else { continue };
            // An estimated figure is drawn lighter, with a thicker outline.
            let (fill, width) = if d.estimated[j] {
                (fill.gamma_multiply(0.4), 2.0)
            } else {
                (fill, 1.0)
            };
            let bar = Bar::new(centre + (j as f64 - 0.5) * bw, v)
                .width(bw)
                .fill(fill)
                .stroke(Stroke::new(width, color));
            plot.add(
                BarChart::new(format!("{} → {}", d.from, d.to), vec![bar])
                    .color(color)
                    .id(("mirror", k, j, x.to_bits())),
            );
        }
        if let Some(g) = d.exported.zip(d.imported).and_then(|(e, i)| gap(e, i)) {
            let top = d.exported.unwrap_or(0.0).max(d.imported.unwrap_or(0.0));
            labels.add(
                plot,
                pt(centre, top),
                format!("{g:+.0}%"),
                Align2::CENTER_BOTTOM,
                strong,
            );
        }
    }
}

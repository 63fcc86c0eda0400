//! The figures a chart shows, as CSV (RFC 4180, through the `csv` crate):
//! one row per figure in view, with its unit, reporter and sources, so that
//! a spreadsheet gets the same numbers the image shows.

use crate::charts::ChartId;
use crate::fs::{WriteError, write_atomic_with};
use crate::model::Dataset;
use crate::model::trade::trim_number;
use crate::timeline::TimeView;
use std::path::Path;

/// The sources of `ids`, each short with its link: `A (2020) <https://…>; B`.
fn cited<'a>(ds: &Dataset, ids: impl Iterator<Item = &'a str>) -> String {
    let mut list: Vec<String> = Vec::new();
    for s in ids.filter_map(|id| ds.source(id)) {
        let text = match &s.url {
            Some(url) => format!("{} <{url}>", s.short()),
            None => s.short(),
        };
        if !list.contains(&text) {
            list.push(text);
        }
    }
    list.join("; ")
}

/// The header and rows of `chart` in `view`.
pub(crate) fn table(
    chart: ChartId,
    ds: &Dataset,
    view: &TimeView,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    match chart {
        ChartId::Timeline => event_rows(ds, view),
        ChartId::Indicator(n) => indicator_rows(ds, n, view),
        ChartId::Annual(s) | ChartId::Comparison(s) | ChartId::Growth(s) => {
            trade_rows(ds, chart, s, view)
        }
        ChartId::Mirror(a, b) => super::csv_stats::mirror_rows(ds, (a, b), view, &|ids| {
            cited(ds, ids.iter().map(String::as_str))
        }),
        ChartId::Products(s, flow) => super::csv_stats::product_rows(ds, (s, flow), view, &|ids| {
            cited(ds, ids.iter().map(String::as_str))
        }),
    }
}

/// The events in view, in time order.
fn event_rows(ds: &Dataset, view: &TimeView) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec![
        "date",
        "end",
        "precision",
        "kind",
        "title",
        "place",
        "participants",
        "sources",
    ];
    let mut rows: Vec<(f64, Vec<String>)> = ds
        .events
        .iter()
        .filter(|e| {
            let (a, b) = e.when.span_days();
            view.overlaps(a, b)
        })
        .map(|e| {
            let participants: Vec<String> = e
                .participants
                .iter()
                .map(|p| {
                    [p.name.as_str(), p.role.as_str(), p.country.as_str()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect();
            (
                e.when.sort_key(),
                vec![
                    e.date.to_string(),
                    e.end.as_deref().unwrap_or_default().to_string(),
                    format!(
                        "{}{}",
                        if e.approximate { "approximate " } else { "" },
                        e.when.precision().label()
                    ),
                    // A layer's event: its lane's name, and its report.
                    if e.kind.as_str().starts_with("layer") {
                        ds.kind_of(e).label.to_string()
                    } else {
                        e.kind.as_str().to_string()
                    },
                    e.title.to_string(),
                    e.place.as_deref().unwrap_or_default().to_string(),
                    participants.join("; "),
                    if e.kind.as_str().starts_with("layer") {
                        e.summary.to_string()
                    } else {
                        cited(ds, e.sources.iter().map(|s| s.as_str()))
                    },
                ],
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    (header, rows.into_iter().map(|(_, r)| r).collect())
}

/// The values of indicator `n` in view.
fn indicator_rows(
    ds: &Dataset,
    n: usize,
    view: &TimeView,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec![
        "as_of",
        "value",
        "approximate",
        "unit",
        "rank",
        "indicator",
        "sources",
    ];
    let Some(ind) = ds.indicators.get(n) else {
        return (header, Vec::new());
    };
    let rows = ind
        .values()
        .into_iter()
        .filter(|v| v.day().is_some_and(|t| view.overlaps(t - 1.0, t)))
        .map(|v| {
            vec![
                v.as_of.clone(),
                trim_number(v.value),
                v.approximate.to_string(),
                ind.unit.clone(),
                ind.rank_text(v.rank).unwrap_or_default(),
                ind.label.to_string(),
                cited(ds, v.sources.iter().map(String::as_str)),
            ]
        })
        .collect();
    (header, rows)
}

/// The figures of series `s` that `chart` draws, in view.
fn trade_rows(
    ds: &Dataset,
    chart: ChartId,
    s: usize,
    view: &TimeView,
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let num = |v: Option<f64>| v.map(trim_number).unwrap_or_default();
    let header = vec![
        "period",
        "exports",
        "imports",
        "turnover",
        "approximate",
        "reported growth %",
        "growth against",
        "computed growth %",
        "unit",
        "currency",
        "reporter",
        "sources",
    ];
    let Some(series) = ds.trade.get(s) else {
        return (header, Vec::new());
    };
    let rows = chart
        .observations(ds)
        .into_iter()
        .filter(|&o| {
            let (a, b) = series.observations[o].parsed_period.span_days();
            view.overlaps(a, b)
        })
        .map(|o| {
            let ob = &series.observations[o];
            let check = series.growth_check(o);
            vec![
                ob.period.clone(),
                num(ob.exports),
                num(ob.imports),
                num(ob.turnover),
                ob.approximate.to_string(),
                ob.growth
                    .as_ref()
                    .map(|g| trim_number(g.percent))
                    .unwrap_or_default(),
                ob.growth
                    .as_ref()
                    .map(|g| g.against.clone())
                    .unwrap_or_default(),
                check
                    .map(|c| format!("{:.1}", c.computed))
                    .unwrap_or_default(),
                series.unit(),
                series.currency.clone(),
                format!("{} ({})", series.reporter, series.reporter_label),
                cited(ds, ob.sources.iter().map(String::as_str)),
            ]
        })
        .collect();
    (header, rows)
}

/// Writes the figures of `chart` in `view` to `path`, atomically.
pub(crate) fn write_csv(
    path: &Path,
    chart: ChartId,
    ds: &Dataset,
    view: &TimeView,
) -> Result<usize, WriteError> {
    let (header, rows) = table(chart, ds, view);
    let n = rows.len();
    write_atomic_with(path, |out| {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(&header)?;
        for row in &rows {
            w.write_record(row)?;
        }
        w.flush()
    })?;
    Ok(n)
}

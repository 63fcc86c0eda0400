//! Checks a parsed dataset for what serde cannot: impossible dates, ids that
//! clash or point nowhere, missing sources, money that cannot be money.
//!
//! Problems carry a [`Path`]; the loader turns paths into line:col.

use super::diagnostic::Severity;
use super::locate::{Path, Seg};
use crate::model::{Dataset, Date, Period, When};
use rustc_hash::FxHashMap as HashMap;

/// A problem at a path in the dataset.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub path: Path,
    pub message: String,
    /// Another place the message refers to (e.g. the first use of an id).
    pub see_also: Option<Path>,
}

fn error(path: Path, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Error,
        path,
        message: message.into(),
        see_also: None,
    }
}

fn warning(path: Path, message: impl Into<String>) -> Problem {
    Problem {
        severity: Severity::Warning,
        path,
        ..error(Vec::new(), message)
    }
}

/// `trade[s].observations[o].field`
fn obs_path(s: usize, o: usize, field: &'static str) -> Path {
    vec![
        Seg::Field("trade"),
        Seg::Index(s),
        Seg::Field("observations"),
        Seg::Index(o),
        Seg::Field(field),
    ]
}

fn event_path(i: usize, field: &'static str) -> Path {
    vec![Seg::Field("events"), Seg::Index(i), Seg::Field(field)]
}

/// Checks `ds` and fills in its parsed dates and periods.
pub fn validate(ds: &mut Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();

    // Sources.
    let mut source_ids: HashMap<&str, usize> = HashMap::default();
    for (i, s) in ds.sources.iter().enumerate() {
        let p = |f| vec![Seg::Field("sources"), Seg::Index(i), Seg::Field(f)];
        if let Some(&first) = source_ids.get(s.id.as_str()) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("sources"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(p("id"), format!("duplicate source id \"{}\"", s.id))
            });
        } else {
            source_ids.insert(&s.id, i);
        }
        if let Some(url) = &s.url
            && !crate::model::source::is_openable_url(url)
        {
            problems.push(warning(
                p("url"),
                format!(
                    "only http and https links can be opened; \"{}\" will be shown as text",
                    truncate(url, 60)
                ),
            ));
        }
        if let Some(d) = &s.date
            && let Err(e) = Date::parse(d)
        {
            problems.push(error(p("date"), format!("invalid source date: {e}")));
        }
    }
    // `what` names the citing entry; it is only formatted for a message.
    let cite_check =
        |problems: &mut Vec<Problem>, sources: &[String], base: Path, what: &dyn Fn() -> String| {
            if sources.is_empty() {
                let what = what();
                let mut path = base.clone();
                path.push(Seg::Field("sources"));
                problems.push(Problem {
                    see_also: None,
                    ..error(
                        path,
                        format!("{what} has no source; cite at least one id from `sources`"),
                    )
                });
            }
            for (j, id) in sources.iter().enumerate() {
                if !source_ids.contains_key(id.as_str()) {
                    let mut path = base.clone();
                    path.extend([Seg::Field("sources"), Seg::Index(j)]);
                    let ids: Vec<&str> = source_ids.keys().copied().collect();
                    let hint = super::diagnostic::did_you_mean(id, &ids)
                        .map(|s| format!("; did you mean \"{s}\"?"))
                        .unwrap_or_default();
                    problems.push(error(path, format!("unknown source id \"{id}\"{hint}")));
                }
            }
        };

    // Events.
    let mut event_ids: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(ds.events.len(), Default::default());
    for (i, e) in ds.events.iter().enumerate() {
        if e.id.trim().is_empty() {
            problems.push(error(event_path(i, "id"), "event id is empty"));
        } else if let Some(&first) = event_ids.get(e.id.as_str()) {
            problems.push(Problem {
                see_also: Some(event_path(first, "id")),
                ..error(
                    event_path(i, "id"),
                    format!("duplicate event id \"{}\"", e.id),
                )
            });
        } else {
            event_ids.insert(&e.id, i);
        }
        if e.title.trim().is_empty() {
            problems.push(warning(event_path(i, "title"), "event has an empty title"));
        }
        cite_check(
            &mut problems,
            &e.sources,
            vec![Seg::Field("events"), Seg::Index(i)],
            &|| format!("event \"{}\"", e.id),
        );
    }
    for (i, e) in ds.events.iter().enumerate() {
        for (j, r) in e.related.iter().enumerate() {
            if !event_ids.contains_key(r.as_str()) {
                let ids: Vec<&str> = event_ids.keys().copied().collect();
                let hint = super::diagnostic::did_you_mean(r, &ids)
                    .map(|s| format!("; did you mean \"{s}\"?"))
                    .unwrap_or_default();
                problems.push(error(
                    vec![
                        Seg::Field("events"),
                        Seg::Index(i),
                        Seg::Field("related"),
                        Seg::Index(j),
                    ],
                    format!("related id \"{r}\" is not the id of any event{hint}"),
                ));
            }
        }
    }
    for (i, e) in ds.events.iter_mut().enumerate() {
        let start = Date::parse(&e.date).map_err(|err| {
            problems.push(error(event_path(i, "date"), format!("invalid date: {err}")))
        });
        let end = match &e.end {
            Some(text) => Date::parse(text).map(Some).map_err(|err| {
                problems.push(error(
                    event_path(i, "end"),
                    format!("invalid end date: {err}"),
                ))
            }),
            None => Ok(None),
        };
        if let (Ok(start), Ok(end)) = (start, end) {
            match When::new(start, end, e.approximate) {
                Ok(w) => e.when = w,
                Err(err) => problems.push(error(event_path(i, "end"), err.0)),
            }
        }
    }

    // Trade series.
    let mut series_ids: HashMap<&str, usize> = HashMap::default();
    for (s, series) in ds.trade.iter_mut().enumerate() {
        let sp = |f: &'static str| vec![Seg::Field("trade"), Seg::Index(s), Seg::Field(f)];
        if let Some(&first) = series_ids.get(series.id.as_str()) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("trade"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(sp("id"), format!("duplicate series id \"{}\"", series.id))
            });
        } else {
            series_ids.insert(&series.id, s);
        }
        if series.currency.trim().is_empty() {
            problems.push(error(
                sp("currency"),
                "the series has no currency (e.g. \"USD\")",
            ));
        }
        for (o, obs) in series.observations.iter_mut().enumerate() {
            let op = |f: &'static str| obs_path(s, o, f);
            match Period::parse(&obs.period) {
                Ok(p) => obs.parsed_period = p,
                Err(e) => problems.push(error(op("period"), format!("invalid period: {e}"))),
            }
            if let Some(g) = &mut obs.growth {
                match Period::parse(&g.against) {
                    Ok(p) => g.against_period = p,
                    Err(e) => {
                        let mut path = op("growth");
                        path.push(Seg::Field("against"));
                        problems.push(error(path, format!("invalid period: {e}")));
                    }
                }
                if !g.percent.is_finite() {
                    let mut path = op("growth");
                    path.push(Seg::Field("percent"));
                    problems.push(error(
                        path,
                        format!("growth must be a finite number, found {}", g.percent),
                    ));
                }
            }
            for (name, value) in [
                ("turnover", obs.turnover),
                ("exports", obs.exports),
                ("imports", obs.imports),
            ] {
                if let Some(v) = value {
                    if !v.is_finite() {
                        problems.push(error(
                            op(name),
                            format!("{name} must be a finite amount, found {v}"),
                        ));
                    } else if v < 0.0 {
                        problems.push(error(
                            op(name),
                            format!("{name} cannot be negative, found {v}"),
                        ));
                    }
                }
            }
            if obs.turnover.is_none() && obs.exports.is_none() && obs.imports.is_none() {
                problems.push(warning(
                    op("period"),
                    "observation has no turnover, exports or imports",
                ));
            }
            let base = vec![
                Seg::Field("trade"),
                Seg::Index(s),
                Seg::Field("observations"),
                Seg::Index(o),
            ];
            cite_check(&mut problems, &obs.sources, base, &|| {
                format!("the figure for {}", obs.period)
            });
        }
    }

    for (s, series) in ds.trade.iter().enumerate() {
        series_checks(&mut problems, s, series);
    }

    // Indicators.
    for (n, ind) in ds.indicators.iter().enumerate() {
        let ip = |f| vec![Seg::Field("indicators"), Seg::Index(n), Seg::Field(f)];
        if !ind.value.is_finite() {
            problems.push(error(
                ip("value"),
                format!("value must be a finite number, found {}", ind.value),
            ));
        } else if ind.value < 0.0 {
            problems.push(error(
                ip("value"),
                format!("value cannot be negative, found {}", ind.value),
            ));
        }
        if let Err(e) = Date::parse(&ind.as_of) {
            problems.push(error(ip("as_of"), format!("invalid as_of date: {e}")));
        }
        if ind.unit.trim().is_empty() {
            problems.push(error(ip("unit"), "the indicator has no unit"));
        }
        cite_check(
            &mut problems,
            &ind.sources,
            vec![Seg::Field("indicators"), Seg::Index(n)],
            &|| format!("indicator \"{}\"", ind.id),
        );
    }
    problems
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Reconciles a series with itself: periods that clash, flows that do not
/// add up to the turnover, growth that the figures cannot give.
fn series_checks(problems: &mut Vec<Problem>, s: usize, series: &crate::model::TradeSeries) {
    use crate::model::trade::{rounding, trim_number};
    let op = |o: usize, f: &'static str| obs_path(s, o, f);
    let obs = &series.observations;
    for (o, a) in obs.iter().enumerate() {
        for (b_no, b) in obs.iter().enumerate().take(o) {
            let (pa, pb) = (a.parsed_period, b.parsed_period);
            if pa == pb {
                problems.push(Problem {
                    see_also: Some(op(b_no, "period")),
                    ..error(
                        op(o, "period"),
                        format!("the period {pa} appears twice in series \"{}\"", series.id),
                    )
                });
            } else if pa.overlaps(&pb) && !pa.contains(&pb) && !pb.contains(&pa) {
                problems.push(warning(
                    op(o, "period"),
                    format!(
                        "the period {pa} overlaps {pb} in series \"{}\" without containing it",
                        series.id
                    ),
                ));
            }
        }
        let sane = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && v >= 0.0);
        if !(sane(a.turnover) && sane(a.exports) && sane(a.imports)) {
            continue; // already an error; reconciling it would only add noise
        }
        if let (Some(t), Some(x), Some(m)) = (a.turnover, a.exports, a.imports) {
            let slack = rounding(t) + rounding(x) + rounding(m);
            if (x + m - t).abs() > slack + 1e-9 {
                problems.push(warning(
                    op(o, "turnover"),
                    format!(
                        "exports {} + imports {} = {} differs from the turnover {} by more than rounding explains",
                        trim_number(x),
                        trim_number(m),
                        trim_number(x + m),
                        trim_number(t)
                    ),
                ));
            }
        }
        if let Some(check) = series.growth_check(o)
            && check.agrees() == Some(false)
        {
            let mut path = op(o, "growth");
            path.push(Seg::Field("percent"));
            problems.push(warning(
                path,
                format!(
                    "reported growth {:+.1}% cannot be reconciled with the figures: {} → {} gives {:+.1}% ({:+.1}% to {:+.1}% within rounding)",
                    check.reported.unwrap_or_default(),
                    series.money(check.previous),
                    series.money(a.turnover.unwrap_or_default()),
                    check.computed,
                    check.lo,
                    check.hi
                ),
            ));
        }
    }
}

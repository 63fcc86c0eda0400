//! Trade series: unique ids, a currency, periods that parse and do not
//! clash, amounts that can be amounts, sources for every figure, and the
//! figures reconciled with themselves (flows against turnover, reported
//! against computed growth).

use super::{Cites, Problem, error, obs_path, warning};
use crate::load::locate::Seg;
use crate::model::{Observation, Period, TradeSeries};
use rustc_hash::FxHashMap as HashMap;

/// Checks the series and fills in their parsed periods.
pub(super) fn check(problems: &mut Vec<Problem>, trade: &mut [TradeSeries], cites: &Cites<'_>) {
    let mut series_ids: HashMap<&str, usize> = HashMap::default();
    for (s, series) in trade.iter_mut().enumerate() {
        let sp = |f: &'static str| vec![Seg::Field("trade"), Seg::Index(s), Seg::Field(f)];
        if let Some(&first) = series_ids.get(series.id.as_str()) {
            problems.push(Problem {
                see_also: Some(vec![
                    Seg::Field("trade"),
                    Seg::Index(first),
                    Seg::Field("id"),
                ]),
                ..error(
                    sp("id"),
                    crate::tr!("check-duplicate-series-id", id = series.id.to_string()),
                )
            });
        } else {
            series_ids.insert(&series.id, s);
        }
        if series.currency.trim().is_empty() {
            problems.push(error(
                sp("currency"),
                crate::tr!("check-series-no-currency"),
            ));
        }
        for (o, obs) in series.observations.iter_mut().enumerate() {
            observation(problems, (s, o), obs, cites);
        }
        for (k, product) in series.products.iter_mut().enumerate() {
            let pp = |f: &'static str| {
                vec![
                    Seg::Field("trade"),
                    Seg::Index(s),
                    Seg::Field("products"),
                    Seg::Index(k),
                    Seg::Field(f),
                ]
            };
            match Period::parse(&product.period) {
                Ok(p) => product.parsed_period = p,
                Err(e) => problems.push(error(
                    pp("period"),
                    crate::tr!("check-invalid-period", error = e.to_string()),
                )),
            }
            if !product.value.is_finite() || product.value < 0.0 {
                problems.push(error(
                    pp("value"),
                    crate::tr!("check-product-value", value = product.value.to_string()),
                ));
            }
        }
    }

    for (s, series) in trade.iter().enumerate() {
        series_checks(problems, s, series);
    }
}

/// Observation `o` of series `s`: its period and growth parse, its amounts
/// are amounts, it has a figure and a source.
fn observation(
    problems: &mut Vec<Problem>,
    (s, o): (usize, usize),
    obs: &mut Observation,
    cites: &Cites<'_>,
) {
    let op = |f: &'static str| obs_path(s, o, f);
    match Period::parse(&obs.period) {
        Ok(p) => obs.parsed_period = p,
        Err(e) => problems.push(error(
            op("period"),
            crate::tr!("check-invalid-period", error = e.to_string()),
        )),
    }
    if let Some(g) = &mut obs.growth {
        match Period::parse(&g.against) {
            Ok(p) => g.against_period = p,
            Err(e) => {
                let mut path = op("growth");
                path.push(Seg::Field("against"));
                problems.push(error(
                    path,
                    crate::tr!("check-invalid-period", error = e.to_string()),
                ));
            }
        }
        if !g.percent.is_finite() {
            let mut path = op("growth");
            path.push(Seg::Field("percent"));
            problems.push(error(
                path,
                crate::tr!("check-growth-not-finite", value = g.percent.to_string()),
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
                    crate::tr!(
                        "check-amount-not-finite",
                        name = name,
                        value = v.to_string()
                    ),
                ));
            } else if v.is_sign_negative() && v != 0.0 {
                problems.push(error(
                    op(name),
                    crate::tr!("check-amount-negative", name = name, value = v.to_string()),
                ));
            } else if v.is_sign_negative() {
                problems.push(error(
                    op(name),
                    crate::tr!("check-amount-minus-zero", name = name),
                ));
            }
        }
    }
    if let (Some(x), Some(m)) = (obs.exports, obs.imports)
        && x.is_finite()
        && m.is_finite()
        && !(x + m).is_finite()
    {
        problems.push(error(
            op("imports"),
            crate::tr!(
                "check-amounts-overflow",
                exports = format!("{x:e}"),
                imports = format!("{m:e}")
            ),
        ));
    }
    if obs.turnover.is_none() && obs.exports.is_none() && obs.imports.is_none() {
        problems.push(warning(op("period"), crate::tr!("check-observation-empty")));
    }
    let base = vec![
        Seg::Field("trade"),
        Seg::Index(s),
        Seg::Field("observations"),
        Seg::Index(o),
    ];
    cites.strings(problems, &obs.sources, base, &|| {
        crate::tr!("check-what-figure", period = obs.period.to_string())
    });
}

/// Periods of a series that appear twice (an error, against the first) or
/// overlap another without containing it (a warning, naming one of them), in
/// O(n log n): a file of 3,000 overlapping periods gives at most one problem
/// per period, and [`cap`] lists the first of them.
fn periods_that_clash(problems: &mut Vec<Problem>, s: usize, series: &crate::model::TradeSeries) {
    use std::collections::BTreeMap;
    use std::ops::Bound::Excluded;
    let obs = &series.observations;
    let days = |o: usize| {
        let (a, b) = obs[o].parsed_period.span_days();
        (a as i64, b as i64)
    };
    let mut first_of: HashMap<(i64, i64), usize> = HashMap::default();
    // A period that did not parse is already an error and has no place.
    let parsed = |o: usize| Period::parse(&obs[o].period).is_ok();
    for o in (0..obs.len()).filter(|&o| parsed(o)) {
        if let Some(&b) = first_of.get(&days(o)) {
            let pa = obs[o].parsed_period;
            problems.push(Problem {
                see_also: Some(obs_path(s, b, "period")),
                ..error(
                    obs_path(s, o, "period"),
                    crate::tr!(
                        "check-period-twice",
                        period = pa.to_string(),
                        series = series.id.to_string()
                    ),
                )
            });
        } else {
            first_of.insert(days(o), o);
        }
    }
    // By start; a period overlaps an earlier-starting one without either
    // containing the other when that one ends strictly inside it.
    let mut order: Vec<usize> = first_of.values().copied().collect();
    order.sort_unstable_by_key(|&o| (days(o).0, o));
    let mut ends: BTreeMap<i64, usize> = BTreeMap::new();
    let mut group: Vec<usize> = Vec::new();
    for (n, &o) in order.iter().enumerate() {
        let (start, end) = days(o);
        if let Some((_, &b)) = ends.range((Excluded(start), Excluded(end))).next() {
            let (pa, pb) = (obs[o].parsed_period, obs[b].parsed_period);
            problems.push(warning(
                obs_path(s, o, "period"),
                crate::tr!(
                    "check-period-overlaps",
                    a = pa.to_string(),
                    b = pb.to_string(),
                    series = series.id.to_string()
                ),
            ));
        }
        // Periods that start together contain one another: they join the
        // searched ends only once the next start is reached.
        group.push(o);
        if order.get(n + 1).is_none_or(|&next| days(next).0 != start) {
            for g in group.drain(..) {
                ends.entry(days(g).1).or_insert(g);
            }
        }
    }
}

/// Reconciles a series with itself: periods that clash, flows that do not
/// add up to the turnover, growth that the figures cannot give.
fn series_checks(problems: &mut Vec<Problem>, s: usize, series: &crate::model::TradeSeries) {
    use crate::model::trade::rounding;
    let op = |o: usize, f: &'static str| obs_path(s, o, f);
    let obs = &series.observations;
    periods_that_clash(problems, s, series);
    for (o, a) in obs.iter().enumerate() {
        let sane = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && !v.is_sign_negative());
        if !(sane(a.turnover) && sane(a.exports) && sane(a.imports)) {
            continue; // already an error; reconciling it would only add noise
        }
        if let (Some(t), Some(x), Some(m)) = (a.turnover, a.exports, a.imports) {
            let slack = rounding(t) + rounding(x) + rounding(m);
            if (x + m - t).abs() > slack + 1e-9 {
                problems.push(warning(
                    op(o, "turnover"),
                    crate::tr!(
                        "check-sum-differs",
                        exports = crate::format::number(x),
                        imports = crate::format::number(m),
                        sum = crate::format::number(x + m),
                        turnover = crate::format::number(t)
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
                crate::tr!(
                    "check-growth-irreconcilable",
                    reported = crate::format::percent(check.reported.unwrap_or_default()),
                    from = crate::format::money(series, check.previous),
                    to = crate::format::money(series, a.turnover.unwrap_or_default()),
                    computed = crate::format::percent(check.computed),
                    lo = crate::format::percent(check.lo),
                    hi = crate::format::percent(check.hi)
                ),
            ));
        }
    }
}

//! Indicators (such as investment totals): amounts that can be amounts, a
//! unit, ranks from 1, sources, and earlier values oldest first, each
//! before the indicator's own date.

use super::{Cites, Problem, error};
use crate::load::locate::{Path, Seg};
use crate::model::{Date, Indicator};

/// Checks the indicators.
pub(super) fn check(problems: &mut Vec<Problem>, indicators: &[Indicator], cites: &Cites<'_>) {
    for (n, ind) in indicators.iter().enumerate() {
        let ip = |f| vec![Seg::Field("indicators"), Seg::Index(n), Seg::Field(f)];
        check_amount(problems, ip("value"), ind.value);
        let latest = Date::parse(&ind.as_of)
            .map_err(|e| {
                problems.push(error(
                    ip("as_of"),
                    crate::tr!("check-invalid-as-of", error = e.to_string()),
                ))
            })
            .ok();
        if ind.unit.trim().is_empty() {
            problems.push(error(ip("unit"), crate::tr!("check-indicator-no-unit")));
        }
        if ind.rank == Some(0) {
            problems.push(error(ip("rank"), crate::tr!("check-rank-zero")));
        }
        cites.strings(
            problems,
            &ind.sources,
            vec![Seg::Field("indicators"), Seg::Index(n)],
            &|| crate::tr!("check-what-indicator", id = ind.id.to_string()),
        );
        let mut previous: Option<(usize, Date)> = None;
        for (k, v) in ind.earlier.iter().enumerate() {
            let base = vec![
                Seg::Field("indicators"),
                Seg::Index(n),
                Seg::Field("earlier"),
                Seg::Index(k),
            ];
            let vp = |f| {
                let mut p = base.clone();
                p.push(Seg::Field(f));
                p
            };
            check_amount(problems, vp("value"), v.value);
            if v.rank == Some(0) {
                problems.push(error(vp("rank"), crate::tr!("check-rank-zero")));
            }
            cites.strings(problems, &v.sources, base.clone(), &|| {
                crate::tr!(
                    "check-what-value",
                    id = ind.id.to_string(),
                    date = v.as_of.to_string()
                )
            });
            let Ok(date) = Date::parse(&v.as_of).map_err(|e| {
                problems.push(error(
                    vp("as_of"),
                    crate::tr!("check-invalid-as-of", error = e.to_string()),
                ))
            }) else {
                continue;
            };
            if let Some((_, before)) = previous
                && date.start_day() < before.end_day_exclusive()
            {
                problems.push(error(
                    vp("as_of"),
                    crate::tr!(
                        "check-earlier-order",
                        date = date.to_string(),
                        before = before.to_string()
                    ),
                ));
            }
            if let Some(latest) = latest
                && date.start_day() >= latest.start_day()
            {
                problems.push(error(
                    vp("as_of"),
                    crate::tr!(
                        "check-earlier-after-latest",
                        date = date.to_string(),
                        latest = latest.to_string()
                    ),
                ));
            }
            previous = Some((k, date));
        }
    }
}

/// A value that must be a finite number, not below zero.
fn check_amount(problems: &mut Vec<Problem>, path: Path, value: f64) {
    if !value.is_finite() {
        problems.push(error(
            path,
            crate::tr!("check-value-not-finite", value = value.to_string()),
        ));
    } else if value.is_sign_negative() {
        problems.push(error(
            path,
            crate::tr!("check-value-negative", value = value.to_string())
                + &if value == 0.0 {
                    format!(" {}", crate::tr!("check-write-zero"))
                } else {
                    String::new()
                },
        ));
    }
}

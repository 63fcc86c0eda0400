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
            .map_err(|e| problems.push(error(ip("as_of"), format!("invalid as_of date: {e}"))))
            .ok();
        if ind.unit.trim().is_empty() {
            problems.push(error(ip("unit"), "the indicator has no unit"));
        }
        if ind.rank == Some(0) {
            problems.push(error(ip("rank"), "a rank starts at 1, found 0"));
        }
        cites.strings(
            problems,
            &ind.sources,
            vec![Seg::Field("indicators"), Seg::Index(n)],
            &|| format!("indicator \"{}\"", ind.id),
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
                problems.push(error(vp("rank"), "a rank starts at 1, found 0"));
            }
            cites.strings(problems, &v.sources, base.clone(), &|| {
                format!("the value of \"{}\" as of {}", ind.id, v.as_of)
            });
            let Ok(date) = Date::parse(&v.as_of)
                .map_err(|e| problems.push(error(vp("as_of"), format!("invalid as_of date: {e}"))))
            else {
                continue;
            };
            if let Some((_, before)) = previous
                && date.start_day() < before.end_day_exclusive()
            {
                problems.push(error(
                    vp("as_of"),
                    format!("earlier values go oldest first: {date} is not after {before}"),
                ));
            }
            if let Some(latest) = latest
                && date.start_day() >= latest.start_day()
            {
                problems.push(error(
                    vp("as_of"),
                    format!(
                        "an earlier value ({date}) must come before the indicator's own as_of ({latest})"
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
            format!("value must be a finite number, found {value}"),
        ));
    } else if value.is_sign_negative() {
        problems.push(error(
            path,
            format!(
                "value cannot be negative, found {value}{}",
                if value == 0.0 { " (write 0)" } else { "" }
            ),
        ));
    }
}

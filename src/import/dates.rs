//! TimelineJS dates (year, month, day and a time of day, each as written)
//! as Entente writes dates (`2008`, `2008-06`, `2008-06-11`), to the
//! precision given; anything Entente cannot show is an error where it was
//! written.

use super::slides::{At, DateParts, Issue, Part};
use crate::model::Date;
use crate::model::date::{MAX_YEAR, MIN_YEAR};

/// A TimelineJS date as Entente writes it (`2008`, `2008-06`, `2008-06-11`),
/// with the time of day given, if any; `None` (and an error) when it is not
/// a date Entente can show.
pub(super) fn convert_date(
    parts: &DateParts,
    what: &str,
    slide: &At,
    issues: &mut Vec<Issue>,
) -> Option<(String, Option<String>)> {
    let whole = parts.at.clone().unwrap_or_else(|| slide.clone());
    let Some(year) = parts.year.as_ref().filter(|p| p.present().is_some()) else {
        issues.push(Issue::error(
            whole,
            format!("the {what} has no year; TimelineJS and Entente both need one"),
        ));
        return None;
    };
    let number = |p: &Part, name: &str, issues: &mut Vec<Issue>| -> Option<i64> {
        let t = p.present()?;
        match whole_number(t) {
            Some(n) => Some(n),
            None => {
                issues.push(Issue::error(
                    p.at.clone(),
                    format!("the {what}'s {name} \"{t}\" is not a whole number"),
                ));
                None
            }
        }
    };
    let y = number(year, "year", issues)?;
    if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y) {
        issues.push(Issue::error(
            year.at.clone(),
            format!(
                "the {what}'s year {y} is outside the years Entente shows, {MIN_YEAR} to {MAX_YEAR} (TimelineJS allows years before the common era and cosmological years; Entente does not)"
            ),
        ));
        return None;
    }
    let month = match &parts.month {
        Some(p) if p.present().is_some() => Some((number(p, "month", issues)?, p)),
        _ => None,
    };
    let day = match &parts.day {
        Some(p) if p.present().is_some() => Some((number(p, "day", issues)?, p)),
        _ => None,
    };
    let iso = match (month, day) {
        (None, None) => format!("{y:04}"),
        (None, Some((_, dp))) => {
            issues.push(Issue::error(
                dp.at.clone(),
                format!("the {what} has a day but no month"),
            ));
            return None;
        }
        (Some((m, mp)), day) => {
            if !(1..=12).contains(&m) {
                issues.push(Issue::error(
                    mp.at.clone(),
                    format!("the {what}'s month {m} is not a month (1 to 12)"),
                ));
                return None;
            }
            match day {
                None => format!("{y:04}-{m:02}"),
                Some((d, dp)) => {
                    let iso = format!("{y:04}-{m:02}-{:02}", d.clamp(0, 99));
                    if let Err(e) = Date::parse(&iso).map_err(|e| e.0).and_then(|_| {
                        if (1..=31).contains(&d) {
                            Ok(())
                        } else {
                            Err(format!("day {d} is not a day of a month"))
                        }
                    }) {
                        issues.push(Issue::error(
                            dp.at.clone(),
                            format!("the {what} is not a day of the calendar: {e}"),
                        ));
                        return None;
                    }
                    iso
                }
            }
        }
    };
    let time = time_of(&parts.time);
    Some((iso, time))
}

/// "14:30", "14:30:05" or the CSV's Time as written; `None` when no time
/// of day is given.
fn time_of(parts: &[Part]) -> Option<String> {
    let given: Vec<&str> = parts.iter().map(|p| p.present().unwrap_or("")).collect();
    if given.iter().all(|t| t.is_empty()) {
        return None;
    }
    if parts.len() == 1 {
        return Some(given[0].to_string());
    }
    // Hour, minute, second, millisecond.
    let pad = |t: &str| match t.parse::<u32>() {
        Ok(n) => format!("{n:02}"),
        Err(_) => t.to_string(),
    };
    let mut s = pad(if given[0].is_empty() { "0" } else { given[0] });
    s.push(':');
    s.push_str(&pad(given.get(1).filter(|t| !t.is_empty()).unwrap_or(&"0")));
    if let Some(sec) = given.get(2).filter(|t| !t.is_empty()) {
        s.push(':');
        s.push_str(&pad(sec));
        // TimelineJS counts milliseconds: "10" is 10 ms, ".010".
        if let Some(ms) = given.get(3).filter(|t| !t.is_empty()) {
            s.push('.');
            match ms.parse::<u32>() {
                Ok(n) => s.push_str(&format!("{n:03}")),
                Err(_) => s.push_str(ms),
            }
        }
    }
    Some(s)
}

/// A whole number written as `2008`, `-500`, `2008.0` or `+12`.
fn whole_number(t: &str) -> Option<i64> {
    if let Ok(n) = t.parse::<i64>() {
        return Some(n);
    }
    let f: f64 = t.parse().ok()?;
    (f.is_finite() && f.fract() == 0.0 && f.abs() < 9e15).then_some(f as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn milliseconds_are_thousandths() {
        let part = |t: &str| Part {
            text: t.to_string(),
            at: At::Pos {
                line: 1,
                col: 1,
                len: 1,
            },
        };
        let time = |ts: &[&str]| time_of(&ts.iter().map(|t| part(t)).collect::<Vec<_>>());
        assert_eq!(
            time(&["14", "5", "7", "10"]).as_deref(),
            Some("14:05:07.010")
        );
        assert_eq!(
            time(&["9", "30", "0", "250"]).as_deref(),
            Some("09:30:00.250")
        );
        assert_eq!(time(&["9", "30"]).as_deref(), Some("09:30"));
    }

    #[test]
    fn whole_numbers() {
        assert_eq!(whole_number("2008.0"), Some(2008));
        assert_eq!(whole_number("-500"), Some(-500));
        assert_eq!(whole_number("20O8"), None);
    }
}

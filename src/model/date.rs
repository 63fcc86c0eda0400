//! Dates that carry their precision: a fact known to the month is a month.
//!
//! Time on the axis is `f64` days since 1970-01-01 ("epoch days"); a date of
//! any precision covers the half-open span `[start, end)` of epoch days.

use chrono::{Datelike as _, NaiveDate};
use std::fmt;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Precision {
    Year,
    Month,
    #[default]
    Day,
}

impl Precision {
    pub fn label(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Month => "month",
            Self::Day => "day",
        }
    }
}

/// The earliest and latest years a date may have.
pub(crate) const MIN_YEAR: i32 = 1;
pub(crate) const MAX_YEAR: i32 = 9999;

/// A calendar date known to a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Date {
    pub year: i32,
    /// 1..=12, or 0 when only the year is known.
    pub month: u8,
    /// 1..=31, or 0 when the day is not known.
    pub day: u8,
}

pub(crate) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Why a date string is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("1970-01-01 is a date")
}

/// The calendar day at an epoch day, if it is within the supported years.
pub fn date_of_epoch_day(day: i64) -> Option<NaiveDate> {
    epoch().checked_add_signed(chrono::Duration::try_days(day)?)
}

/// Days in a month (1..=12) of a year.
pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    let first = NaiveDate::from_ymd_opt(year, u32::from(month), 1);
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, u32::from(month) + 1, 1)
    };
    match (first, next) {
        (Some(a), Some(b)) => (b - a).num_days() as u8,
        _ => 31,
    }
}

impl Date {
    pub fn year(year: i32) -> Self {
        Self {
            year,
            month: 0,
            day: 0,
        }
    }

    pub fn month(year: i32, month: u8) -> Self {
        Self {
            year,
            month,
            day: 0,
        }
    }

    pub fn day(year: i32, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    pub fn precision(&self) -> Precision {
        if self.month == 0 {
            Precision::Year
        } else if self.day == 0 {
            Precision::Month
        } else {
            Precision::Day
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; rejects impossible dates.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let expected = || crate::tr!("date-expected");
        let found = |t: &str, what: &str| {
            DateError(crate::tr!(
                "date-expected-found",
                expected = expected(),
                what = what.to_string(),
                found = t.to_string()
            ))
        };
        // Only formatted for an error: parsing runs for every date read.
        let range = || format!("{MIN_YEAR}..={MAX_YEAR}");
        let t = text.trim();
        if t.is_empty() {
            return Err(DateError(crate::tr!("date-empty", expected = expected())));
        }
        if t.starts_with('-') || t.starts_with('+') {
            return Err(DateError(crate::tr!(
                "date-before-ce",
                text = t.to_string(),
                range = range()
            )));
        }
        let mut parts: [&str; 3] = ["", "", ""];
        let mut count = 0;
        for p in t.split('-') {
            if count == 3 {
                count = 4;
                break;
            }
            parts[count] = p;
            count += 1;
        }
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if count > 3 || !parts[..count].iter().all(|p| all_digits(p)) {
            return Err(found(t, ""));
        }
        let parts = &parts[..count];
        if parts[0].len() != 4 {
            if parts[0].len() > 4 {
                return Err(DateError(crate::tr!(
                    "date-year-out-of-range",
                    year = parts[0].to_string(),
                    range = range()
                )));
            }
            return Err(found(
                t,
                &format!(" {}", crate::tr!("date-four-digit-year")),
            ));
        }
        let year: i32 = parts[0].parse().map_err(|_| DateError(expected()))?;
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError(crate::tr!(
                "date-year-out-of-range",
                year = year.to_string(),
                range = range()
            )));
        }
        let mut date = Self::year(year);
        if let Some(m) = parts.get(1) {
            if m.len() != 2 {
                return Err(found(
                    t,
                    &format!(" {}", crate::tr!("date-two-digit-month")),
                ));
            }
            let month: u8 = m.parse().map_err(|_| DateError(expected()))?;
            if !(1..=12).contains(&month) {
                return Err(DateError(crate::tr!(
                    "date-no-such-month",
                    month = month,
                    text = t.to_string()
                )));
            }
            date.month = month;
        }
        if let Some(d) = parts.get(2) {
            if d.len() != 2 {
                return Err(found(t, &format!(" {}", crate::tr!("date-two-digit-day"))));
            }
            let day: u8 = d.parse().map_err(|_| DateError(expected()))?;
            let max = days_in_month(year, date.month);
            if day == 0 || day > max {
                return Err(DateError(crate::tr!(
                    "date-no-such-day",
                    month = date.to_string(),
                    day = day,
                    max = max
                )));
            }
            date.day = day;
        }
        Ok(date)
    }

    /// First epoch day covered by this date.
    pub fn start_day(&self) -> i64 {
        /// 1970-01-01 counted from 0001-01-01 (day 1).
        const EPOCH_FROM_CE: i64 = 719_163;
        let m = u32::from(self.month.max(1));
        let d = u32::from(self.day.max(1));
        NaiveDate::from_ymd_opt(self.year, m, d)
            .map_or(0, |date| i64::from(date.num_days_from_ce()) - EPOCH_FROM_CE)
    }

    /// The epoch day just after the last day covered by this date.
    pub fn end_day_exclusive(&self) -> i64 {
        match self.precision() {
            Precision::Day => self.start_day() + 1,
            Precision::Month => self.start_day() + i64::from(days_in_month(self.year, self.month)),
            Precision::Year => Date::year(self.year + 1).start_day(),
        }
    }

    /// Written as ISO text of its precision: `2008`, `2008-06`, `2008-06-11`.
    pub fn iso(&self) -> String {
        match self.precision() {
            Precision::Year => format!("{:04}", self.year),
            Precision::Month => format!("{:04}-{:02}", self.year, self.month),
            Precision::Day => format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl fmt::Display for Date {
    /// As people write it in the window's language: "2008", "June 2008",
    /// "11 June 2008"; "11 juin 2008"; "11 июня 2008", "июнь 2008".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (alone, after_day) = (self.month_in_language(false), self.month_in_language(true));
        match self.precision() {
            Precision::Year => write!(f, "{}", self.year),
            Precision::Month => write!(f, "{alone} {}", self.year),
            Precision::Day => write!(f, "{} {after_day} {}", self.day_in_language(), self.year),
        }
    }
}

/// When something happened: a date, or a range of dates, possibly approximate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct When {
    pub start: Date,
    pub end: Option<Date>,
    pub approximate: bool,
    /// The epoch days covered, `[first, last + 1)`, computed once (years
    /// 1 to 9999 are within ±3.7 million days).
    days: (i32, i32),
}

impl When {
    pub fn new(start: Date, end: Option<Date>, approximate: bool) -> Result<Self, DateError> {
        if let Some(end) = end
            && end.end_day_exclusive() <= start.start_day()
        {
            return Err(DateError(crate::tr!(
                "date-range-ends-before",
                end = end.iso(),
                start = start.iso()
            )));
        }
        let first = start.start_day();
        let after = match end {
            None if start.precision() == Precision::Day => first + 1,
            None => start.end_day_exclusive(),
            Some(end) => end.end_day_exclusive(),
        };
        Ok(Self {
            start,
            end,
            approximate,
            days: (
                first.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
                after.clamp(i32::MIN.into(), i32::MAX.into()) as i32,
            ),
        })
    }

    /// The whole span of epoch days this may cover, `[start, end)`.
    pub fn span_days(&self) -> (f64, f64) {
        (self.days.0 as f64, self.days.1 as f64)
    }

    /// The coarsest precision of the start and the end.
    pub fn precision(&self) -> Precision {
        match self.end {
            Some(end) => self.start.precision().min(end.precision()),
            None => self.start.precision(),
        }
    }

    /// The sort key: the first day it may cover.
    pub(crate) fn sort_key(&self) -> f64 {
        self.days.0 as f64
    }
}

impl fmt::Display for When {
    /// "11 June 2008", "29–30 November 2022", "30 November – 2 December 2022",
    /// "c. 1993".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            let day = self.start.precision() == Precision::Day;
            f.write_str(match crate::i18n::ui_language() {
                crate::i18n::UiLang::En => "c. ",
                crate::i18n::UiLang::Fr if day => "vers le ",
                crate::i18n::UiLang::Fr => "vers ",
                crate::i18n::UiLang::Ru => "ок. ",
            })?;
        }
        let Some(end) = self.end else {
            return write!(f, "{}", self.start);
        };
        let s = self.start;
        let same_precision = s.precision() == end.precision();
        match (same_precision, s.precision()) {
            (true, Precision::Day) if s.year == end.year && s.month == end.month => {
                write!(
                    f,
                    "{}–{} {} {}",
                    s.day_in_language(),
                    end.day,
                    end.month_in_language(true),
                    end.year
                )
            }
            (true, Precision::Day) if s.year == end.year => write!(
                f,
                "{} {} – {} {} {}",
                s.day_in_language(),
                s.month_in_language(true),
                end.day_in_language(),
                end.month_in_language(true),
                end.year
            ),
            (true, Precision::Month) if s.year == end.year => {
                write!(
                    f,
                    "{}–{} {}",
                    s.month_in_language(false),
                    end.month_in_language(false),
                    end.year
                )
            }
            (true, Precision::Year) => write!(f, "{}–{}", s.year, end.year),
            _ => write!(f, "{s} – {end}"),
        }
    }
}

/// The smallest span `[first, last)` that holds every span of `spans`
/// (epoch days), or `None` when there is none.
pub(crate) fn hull(spans: impl IntoIterator<Item = (f64, f64)>) -> Option<(f64, f64)> {
    let (a, b) = spans
        .into_iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), (s, t)| {
            (a.min(s), b.max(t))
        });
    (a < b).then_some((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("2008").unwrap().precision(), Precision::Year);
        assert_eq!(
            Date::parse("2008-06").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(Date::parse("2008-06-11").unwrap(), Date::day(2008, 6, 11));
    }

    #[test]
    fn rejects_impossible_dates() {
        let e = Date::parse("2023-02-30").unwrap_err();
        assert!(e.0.contains("February 2023 has no day 30"), "{e}");
        assert!(Date::parse("2024-02-29").is_ok(), "2024 is a leap year");
        assert!(Date::parse("2023-13").unwrap_err().0.contains("month 13"));
        assert!(
            Date::parse("2023-01-00")
                .unwrap_err()
                .0
                .contains("no day 0")
        );
        assert!(Date::parse("0000").unwrap_err().0.contains("outside"));
        assert!(Date::parse("-0050").unwrap_err().0.contains("before 1 CE"));
        assert!(Date::parse("10000").unwrap_err().0.contains("outside"));
        assert!(
            Date::parse("June 2008")
                .unwrap_err()
                .0
                .contains("YYYY-MM-DD")
        );
        assert!(
            Date::parse("2008-6")
                .unwrap_err()
                .0
                .contains("two-digit month")
        );
    }

    #[test]
    fn formats_as_people_write() {
        let w = |s: &str, e: Option<&str>, a: bool| {
            When::new(
                Date::parse(s).unwrap(),
                e.map(|e| Date::parse(e).unwrap()),
                a,
            )
            .unwrap()
            .to_string()
        };
        assert_eq!(w("2008-06", None, false), "June 2008");
        assert_eq!(w("2008-06-11", None, false), "11 June 2008");
        assert_eq!(
            w("2022-11-29", Some("2022-11-30"), false),
            "29–30 November 2022"
        );
        assert_eq!(
            w("2022-11-30", Some("2022-12-02"), false),
            "30 November – 2 December 2022"
        );
        assert_eq!(w("1993", None, true), "c. 1993");
        assert_eq!(w("2021", Some("2023"), false), "2021–2023");
    }

    #[test]
    fn spans_cover_the_precision() {
        let june = Date::parse("2008-06").unwrap();
        assert_eq!(june.end_day_exclusive() - june.start_day(), 30);
        let y = Date::parse("2024").unwrap();
        assert_eq!(y.end_day_exclusive() - y.start_day(), 366);
        assert_eq!(Date::parse("1970-01-01").unwrap().start_day(), 0);
    }

    #[test]
    fn end_before_start_is_an_error() {
        let a = Date::parse("2022-11-30").unwrap();
        let b = Date::parse("2022-11-29").unwrap();
        assert!(When::new(a, Some(b), false).unwrap_err().0.contains("ends"));
        // A month range that ends in the month it starts is fine.
        assert!(
            When::new(
                Date::parse("2022-06").unwrap(),
                Some(Date::parse("2022-06-18").unwrap()),
                false
            )
            .is_ok()
        );
    }
}

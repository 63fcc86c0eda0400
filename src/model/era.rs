//! Eras: named spans of time that belong to one party, such as a
//! president's term. They are drawn behind the timeline, one row per party.

use super::date::Date;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    /// One of the dataset's two `parties`; empty (or left out) for an era
    /// of the whole relationship, such as an imported TimelineJS era.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub party: String,
    /// Who or what the era is named after, e.g. "Nursultan Nazarbayev".
    pub name: super::LText,
    /// What kind of span it is, e.g. "presidency".
    pub kind: String,
    /// The first day (or month, or year) of the era.
    pub start: String,
    /// The last day of the era; none while it lasts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Parsed from `start` and `end` by the loader.
    #[serde(skip)]
    pub span: EraSpan,
}

/// An era's parsed dates.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EraSpan {
    pub start: Date,
    /// `None` while the era lasts.
    pub end: Option<Date>,
}

impl Era {
    /// Epoch days `[first, last + 1)`; an open era runs to `open_until`.
    pub fn span_days(&self, open_until: f64) -> (f64, f64) {
        let start = self.span.start.start_day() as f64;
        let end = match self.span.end {
            Some(end) => end.end_day_exclusive() as f64,
            None => open_until.max(start + 1.0),
        };
        (start, end)
    }

    /// "16 December 1991 – 20 March 2019", "since 14 May 2017".
    pub fn dates(&self) -> String {
        match self.span.end {
            Some(end) => format!("{} – {end}", self.span.start),
            None => format!("since {}", self.span.start),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn era(start: &str, end: Option<&str>) -> Era {
        let mut e = Era {
            id: "e".into(),
            party: "France".into(),
            name: "Emmanuel Macron".into(),
            kind: "presidency".into(),
            start: start.into(),
            end: end.map(Into::into),
            note: None,
            sources: vec![],
            span: EraSpan::default(),
        };
        e.span = EraSpan {
            start: Date::parse(start).unwrap(),
            end: end.map(|d| Date::parse(d).unwrap()),
        };
        e
    }

    #[test]
    fn an_open_era_runs_to_the_given_day_and_says_since() {
        let e = era("2017-05-14", None);
        let (a, b) = e.span_days(20_000.0);
        assert_eq!(a, Date::parse("2017-05-14").unwrap().start_day() as f64);
        assert_eq!(b, 20_000.0);
    }

    #[test]
    fn a_closed_era_covers_its_last_day() {
        let e = era("2012-05-15", Some("2017-05-14"));
        let (_, b) = e.span_days(0.0);
        assert_eq!(b, Date::parse("2017-05-15").unwrap().start_day() as f64);
        assert_eq!(e.dates(), "15 May 2012 – 14 May 2017");
    }
}

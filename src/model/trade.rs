//! Trade series and indicators.
//!
//! A series is one reporter's statistics in one currency; series are never
//! merged. Flows are named from the reporter's side: `exports` are the
//! reporter's exports to the partner.

use super::date::{Date, DateError, MONTH_NAMES};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The scale figures are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    Units,
    Thousands,
    Millions,
    Billions,
}

impl Scale {
    pub fn label(self) -> &'static str {
        match self {
            Self::Units => "",
            Self::Thousands => "thousand",
            Self::Millions => "million",
            Self::Billions => "billion",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            Self::Units => "",
            Self::Thousands => "k",
            Self::Millions => "m",
            Self::Billions => "bn",
        }
    }
}

/// A period of whole months within one year or across years:
/// `"2023"`, `"2023-Q1"`, `"2024-01..2024-03"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Period {
    /// First month, as `year * 12 + (month - 1)`.
    pub first: i32,
    /// Last month (inclusive), same encoding.
    pub last: i32,
}

impl Period {
    fn month_index(year: i32, month: u8) -> i32 {
        year * 12 + i32::from(month) - 1
    }

    pub fn year(year: i32) -> Self {
        Self {
            first: Self::month_index(year, 1),
            last: Self::month_index(year, 12),
        }
    }

    pub fn parse(text: &str) -> Result<Self, DateError> {
        let t = text;
        if t.trim() != t {
            return Err(DateError(format!(
                "a period is written without spaces around it, found \"{t}\""
            )));
        }
        if let Some((a, b)) = t.split_once("..") {
            let (a, b) = (Date::parse(a)?, Date::parse(b)?);
            if a.day != 0 || b.day != 0 || a.month == 0 || b.month == 0 {
                return Err(DateError(format!(
                    "a period range is written in months, like \"2024-01..2024-03\", found \"{t}\""
                )));
            }
            let p = Self {
                first: Self::month_index(a.year, a.month),
                last: Self::month_index(b.year, b.month),
            };
            if p.last < p.first {
                return Err(DateError(format!(
                    "the period ends ({}) before it starts ({})",
                    b.iso(),
                    a.iso()
                )));
            }
            return Ok(p);
        }
        if let Some((y, q)) = t.split_once("-Q") {
            let y = Date::parse(y)?.year;
            let q: u8 = match q.as_bytes() {
                [d @ b'1'..=b'4'] => d - b'0',
                _ => {
                    return Err(DateError(format!(
                        "quarters are Q1 to Q4, written like \"2023-Q1\", found \"{t}\""
                    )));
                }
            };
            let m = (q - 1) * 3 + 1;
            return Ok(Self {
                first: Self::month_index(y, m),
                last: Self::month_index(y, m + 2),
            });
        }
        let d = Date::parse(t).map_err(|e| {
            DateError(format!(
                "{e}; a period is a year (\"2023\"), a quarter (\"2023-Q1\") or a span of months (\"2024-01..2024-03\")"
            ))
        })?;
        match (d.month, d.day) {
            (0, _) => Ok(Self::year(d.year)),
            (m, 0) => Ok(Self {
                first: Self::month_index(d.year, m),
                last: Self::month_index(d.year, m),
            }),
            _ => Err(DateError(format!(
                "a period is made of whole months, found the day \"{t}\""
            ))),
        }
    }

    fn ym(index: i32) -> (i32, u8) {
        (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8)
    }

    pub fn months(&self) -> i32 {
        self.last - self.first + 1
    }

    pub fn is_calendar_year(&self) -> bool {
        let (_, m) = Self::ym(self.first);
        m == 1 && self.months() == 12
    }

    /// The same months one year earlier.
    pub fn previous_year(&self) -> Self {
        Self {
            first: self.first - 12,
            last: self.last - 12,
        }
    }

    pub fn overlaps(&self, other: &Self) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    pub fn contains(&self, other: &Self) -> bool {
        self.first <= other.first && other.last <= self.last
    }

    /// The epoch days covered, `[start, end)`.
    pub fn span_days(&self) -> (f64, f64) {
        let (y0, m0) = Self::ym(self.first);
        let (y1, m1) = Self::ym(self.last + 1);
        (
            Date::month(y0, m0).start_day() as f64,
            Date::month(y1, m1).start_day() as f64,
        )
    }

    /// ISO-like text, as in data files.
    pub fn iso(&self) -> String {
        let (y0, m0) = Self::ym(self.first);
        let (y1, m1) = Self::ym(self.last);
        if self.is_calendar_year() {
            format!("{y0:04}")
        } else if self.first == self.last {
            format!("{y0:04}-{m0:02}")
        } else {
            format!("{y0:04}-{m0:02}..{y1:04}-{m1:02}")
        }
    }
}

impl fmt::Display for Period {
    /// "2023", "January–March 2024", "November 2023 – February 2024".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y0, m0) = Self::ym(self.first);
        let (y1, m1) = Self::ym(self.last);
        let name = |m: u8| MONTH_NAMES[usize::from(m) - 1];
        if self.is_calendar_year() {
            write!(f, "{y0}")
        } else if self.first == self.last {
            write!(f, "{} {y0}", name(m0))
        } else if y0 == y1 {
            write!(f, "{}–{} {y1}", name(m0), name(m1))
        } else {
            write!(f, "{} {y0} – {} {y1}", name(m0), name(m1))
        }
    }
}

/// A growth figure as the source reports it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Growth {
    /// Percent change, e.g. `7.7` for +7.7 %.
    pub percent: f64,
    /// The period compared against, e.g. `"2022"`.
    pub against: String,
    #[serde(skip)]
    pub against_period: Period,
}

/// One period's figures in a series. Any figure may be missing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub period: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub turnover: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exports: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imports: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth: Option<Growth>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(skip)]
    pub parsed_period: Period,
}

/// One figure: observation `obs` of trade series `series` of a dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FigureRef {
    pub series: usize,
    pub obs: usize,
}

/// One reporter's trade statistics with the partner.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TradeSeries {
    pub id: String,
    /// The country whose statistics these are.
    pub reporter: String,
    /// How the statistics are named, e.g. "Kazakh statistics".
    pub reporter_label: String,
    /// ISO 4217 code, e.g. "USD".
    pub currency: String,
    pub scale: Scale,
    /// What `exports` and `imports` mean, e.g. "exports = Kazakhstan → France".
    #[serde(default)]
    pub flows: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub observations: Vec<Observation>,
}

impl TradeSeries {
    /// "USD billion".
    pub fn unit(&self) -> String {
        format!("{} {}", self.currency, self.scale.label())
            .trim()
            .to_string()
    }

    /// "Kazakh statistics, current USD".
    pub fn caption(&self) -> String {
        format!("{}, current {}", self.reporter_label, self.currency)
    }

    /// "$4.2 bn", "€950 m".
    pub fn money(&self, value: f64) -> String {
        let symbol = match self.currency.as_str() {
            "USD" => "$",
            "EUR" => "€",
            _ => "",
        };
        let mut text = trim_number(value);
        if !text.contains('.') {
            text.push_str(".0");
        }
        if symbol.is_empty() {
            format!("{text} {} {}", self.scale.short(), self.currency)
        } else {
            format!("{symbol}{text} {}", self.scale.short())
        }
    }
}

/// A number with no needless trailing zeros: 4.2, 0.6648, 3.
pub fn trim_number(value: f64) -> String {
    let s = format!("{value:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// A figure such as a cumulative investment total: its latest reported value
/// and, optionally, the values reported before it, which make it a series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub label: String,
    pub value: f64,
    /// Written after the value, e.g. "USD billion" or "enterprises".
    pub unit: String,
    /// When the value holds, as a date of any precision.
    pub as_of: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// A rank that goes with the value, e.g. 6 for "6th largest investor".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    /// What the rank is among, e.g. "foreign investors in Kazakhstan".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank_among: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Values reported before `value`, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<IndicatorValue>,
}

/// One reported value of an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorValue {
    pub value: f64,
    pub as_of: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Indicator {
    /// Every reported value, oldest first, the latest last.
    pub fn values(&self) -> Vec<IndicatorValue> {
        let mut all = self.earlier.clone();
        all.push(IndicatorValue {
            value: self.value,
            as_of: self.as_of.clone(),
            approximate: self.approximate,
            rank: self.rank,
            note: None,
            sources: self.sources.clone(),
        });
        all
    }

    /// Is there more than one value to draw?
    pub fn is_series(&self) -> bool {
        !self.earlier.is_empty()
    }

    /// "5th among foreign investors in Kazakhstan", when a rank is given.
    pub fn rank_text(&self, rank: Option<u32>) -> Option<String> {
        let rank = rank?;
        Some(match &self.rank_among {
            Some(among) => format!("{} among {among}", ordinal(rank)),
            None => ordinal(rank),
        })
    }
}

impl IndicatorValue {
    /// The epoch day the value is drawn at: the end of its as-of date (a
    /// total "as of May 2024" holds at the end of May).
    pub fn day(&self) -> Option<f64> {
        super::date::Date::parse(&self.as_of)
            .ok()
            .map(|d| d.end_day_exclusive() as f64)
    }
}

/// "1st", "2nd", "3rd", "11th", "22nd".
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_read_as_english() {
        let got: Vec<String> = [1, 2, 3, 4, 5, 6, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "5th", "6th", "11th", "12th", "13th", "21st", "22nd",
                "101st", "111th"
            ]
        );
    }

    #[test]
    fn periods_parse_and_print() {
        let q = Period::parse("2024-01..2024-03").unwrap();
        assert_eq!(q.to_string(), "January–March 2024");
        assert_eq!(q.previous_year().to_string(), "January–March 2023");
        assert_eq!(
            Period::parse("2023-Q1").unwrap(),
            Period::parse("2023-01..2023-03").unwrap()
        );
        assert_eq!(Period::parse("2023").unwrap().to_string(), "2023");
        assert!(Period::parse("2023").unwrap().contains(&q.previous_year()));
        assert!(Period::parse("2024-03..2024-01").is_err());
        assert!(Period::parse("2024-Q5").is_err());
        assert_eq!(q.iso(), "2024-01..2024-03");
    }

    #[test]
    fn money_reads_like_the_source() {
        assert_eq!(trim_number(4.2), "4.2");
        assert_eq!(trim_number(0.6648), "0.6648");
        assert_eq!(trim_number(3.0), "3");
    }
}

/// Half a unit of the last decimal a figure is written with, taking every
/// figure as written to at least one decimal: 4.2 → 0.05, 2.39 → 0.005,
/// 0.6648 → 0.00005, 4.0 → 0.05.
pub fn rounding(value: f64) -> f64 {
    let text = trim_number(value.abs());
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len()).max(1);
    0.5 * 10f64.powi(-(decimals as i32))
}

/// Growth computed from the figures, next to the growth the source reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GrowthCheck {
    /// Percent, from the figures as written.
    pub computed: f64,
    /// The range the growth can take given the figures' rounding.
    pub lo: f64,
    pub hi: f64,
    /// The reported percent, if any.
    pub reported: Option<f64>,
    /// The turnover of the period compared against.
    pub previous: f64,
}

impl GrowthCheck {
    /// Does the reported figure fit the computed range, allowing for its own
    /// rounding? `None` when nothing is reported.
    pub fn agrees(&self) -> Option<bool> {
        self.reported.map(|r| {
            let slack = rounding(r);
            r + slack >= self.lo && r - slack <= self.hi
        })
    }
}

impl TradeSeries {
    /// The observation of exactly `period`, if any.
    pub fn find(&self, period: &Period) -> Option<&Observation> {
        self.observations
            .iter()
            .find(|o| o.parsed_period == *period)
    }

    /// Growth of turnover at observation `index`: against the period its
    /// reported growth names, else the same months a year before.
    pub fn growth_check(&self, index: usize) -> Option<GrowthCheck> {
        let obs = self.observations.get(index)?;
        let current = obs.turnover?;
        let against = obs
            .growth
            .as_ref()
            .map_or_else(|| obs.parsed_period.previous_year(), |g| g.against_period);
        let previous = self.find(&against)?.turnover?;
        if previous <= 0.0 {
            return None;
        }
        let (dc, dp) = (rounding(current), rounding(previous));
        Some(GrowthCheck {
            computed: (current / previous - 1.0) * 100.0,
            lo: ((current - dc) / (previous + dp) - 1.0) * 100.0,
            hi: ((current + dc) / (previous - dp).max(f64::MIN_POSITIVE) - 1.0) * 100.0,
            reported: obs.growth.as_ref().map(|g| g.percent),
            previous,
        })
    }
}

#[cfg(test)]
mod growth_tests {
    use super::*;

    fn series(obs: &[(&str, f64, Option<f64>)]) -> TradeSeries {
        TradeSeries {
            id: "s".into(),
            reporter: "Kazakhstan".into(),
            reporter_label: "Kazakh statistics".into(),
            currency: "USD".into(),
            scale: Scale::Billions,
            flows: String::new(),
            note: None,
            observations: obs
                .iter()
                .map(|(p, t, g)| Observation {
                    period: p.to_string(),
                    turnover: Some(*t),
                    exports: None,
                    imports: None,
                    growth: g.map(|percent| Growth {
                        percent,
                        against: String::new(),
                        against_period: Period::parse(p).unwrap().previous_year(),
                    }),
                    approximate: false,
                    note: None,
                    sources: vec![],
                    parsed_period: Period::parse(p).unwrap(),
                })
                .collect(),
        }
    }

    #[test]
    fn rounding_follows_the_written_decimals() {
        assert_eq!(rounding(4.2), 0.05);
        assert_eq!(rounding(4.0), 0.05);
        assert!((rounding(2.39) - 0.005).abs() < 1e-12);
        assert!((rounding(0.6648) - 0.00005).abs() < 1e-12);
    }

    #[test]
    fn reported_growth_beyond_rounding_is_caught() {
        // 2023: $4.0 bn -> $4.2 bn is +5.0%; the source reports +7.7%.
        let s = series(&[("2022", 4.0, None), ("2023", 4.2, Some(7.7))]);
        let g = s.growth_check(1).unwrap();
        assert!((g.computed - 5.0).abs() < 1e-9);
        assert_eq!(g.agrees(), Some(false));
        // Q1 2024: $1.1 bn -> $1.4 bn is +27.3%; +34.5% fits within rounding.
        let s = series(&[
            ("2023-01..2023-03", 1.1, None),
            ("2024-01..2024-03", 1.4, Some(34.5)),
        ]);
        let g = s.growth_check(1).unwrap();
        assert!((g.computed - 27.27).abs() < 0.01);
        assert_eq!(g.agrees(), Some(true));
    }
}

#[cfg(test)]
mod view_tests {
    use super::Period;

    #[test]
    fn a_period_is_in_a_view_when_their_days_overlap() {
        let view_2023 = Period::year(2023).span_days();
        let q1_2024 = Period::parse("2024-Q1").unwrap().span_days();
        assert!(q1_2024.0 >= view_2023.1, "Q1 2024 starts after 2023 ends");
        let aug = Period::parse("2023-01..2023-08").unwrap();
        let (a, b) = aug.span_days();
        assert!(a >= view_2023.0 && b <= view_2023.1);
        assert_eq!(b - a, 243.0, "January to August 2023 is 243 days");
    }
}

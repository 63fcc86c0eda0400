//! Trade series: one reporter's figures with the partner, per period, and
//! their growth reconciled with the figures. Periods are in `period`,
//! indicators in `indicator`.
//!
//! A series is one reporter's statistics in one currency; series are never
//! merged. Flows are named from the reporter's side: `exports` are the
//! reporter's exports to the partner.

use super::Period;
use serde::{Deserialize, Serialize};

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
    /// Estimated by the publisher rather than reported (Comtrade's flags):
    /// drawn in outline.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
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
    pub reporter_label: super::LText,
    /// ISO 4217 code, e.g. "USD".
    pub currency: String,
    pub scale: Scale,
    /// What `exports` and `imports` mean, e.g. "exports = Kazakhstan → France".
    #[serde(default)]
    pub flows: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The source of a series read from a statistics file (publisher, file,
    /// query), defined with it; its figures cite it by id like any other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::Source>,
    pub observations: Vec<Observation>,
    /// The classification `products` are coded in: "HS" (chapters) or a
    /// WITS nomenclature such as "IU".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<String>,
    /// Figures by product, for the "What is traded" chart.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub products: Vec<super::ProductFigure>,
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

    /// "$" for USD, "€" for EUR; other currencies are written by code.
    pub(crate) fn currency_symbol(&self) -> Option<&'static str> {
        match self.currency.as_str() {
            "USD" => Some("$"),
            "EUR" => Some("€"),
            _ => None,
        }
    }

    /// "$4.2 bn", "€950 m".
    pub fn money(&self, value: f64) -> String {
        let symbol = self.currency_symbol().unwrap_or("");
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
pub(crate) fn trim_number(value: f64) -> String {
    let s = format!("{value:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// Half a unit of the last decimal a figure is written with, taking every
/// figure as written to at least one decimal: 4.2 → 0.05, 2.39 → 0.005,
/// 0.6648 → 0.00005, 4.0 → 0.05.
pub(crate) fn rounding(value: f64) -> f64 {
    let text = trim_number(value.abs());
    let decimals = text.split_once('.').map_or(0, |(_, d)| d.len()).max(1);
    0.5 * 10f64.powi(-(decimals as i32))
}

/// Growth computed from the figures, next to the growth the source reports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct GrowthCheck {
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
    pub(crate) fn agrees(&self) -> Option<bool> {
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
    pub(crate) fn growth_check(&self, index: usize) -> Option<GrowthCheck> {
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
            source: None,
            classification: None,
            products: Vec::new(),
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
                    estimated: false,
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
mod number_tests {
    use super::trim_number;

    #[test]
    fn money_reads_like_the_source() {
        assert_eq!(trim_number(4.2), "4.2");
        assert_eq!(trim_number(0.6648), "0.6648");
        assert_eq!(trim_number(3.0), "3");
    }
}

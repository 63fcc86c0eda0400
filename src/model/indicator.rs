//! Indicators: a figure such as a cumulative investment total, its latest
//! reported value and the values reported before it, with ranks.

use serde::{Deserialize, Serialize};

/// A figure such as a cumulative investment total: its latest reported value
/// and, optionally, the values reported before it, which make it a series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub label: super::LText,
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
    /// The source of an indicator read from a statistics file, defined with
    /// it; its values cite it by id like any other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::Source>,
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
    pub(crate) fn is_series(&self) -> bool {
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
pub(crate) fn ordinal(n: u32) -> String {
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
}

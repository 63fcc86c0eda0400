//! Periods of trade figures: whole months within one year or across years
//! (`"2023"`, `"2023-Q1"`, `"2024-01..2024-03"`), compared, contained and
//! written as a reader says them ("January–March 2024").

use super::date::{Date, DateError, MONTH_NAMES};
use std::fmt;

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
            return Err(DateError(crate::tr!("period-spaces", text = t.to_string())));
        }
        if let Some((a, b)) = t.split_once("..") {
            let (a, b) = (Date::parse(a)?, Date::parse(b)?);
            if a.day != 0 || b.day != 0 || a.month == 0 || b.month == 0 {
                return Err(DateError(crate::tr!(
                    "period-range-months",
                    text = t.to_string()
                )));
            }
            let p = Self {
                first: Self::month_index(a.year, a.month),
                last: Self::month_index(b.year, b.month),
            };
            if p.last < p.first {
                return Err(DateError(crate::tr!(
                    "period-ends-before",
                    end = b.iso(),
                    start = a.iso()
                )));
            }
            return Ok(p);
        }
        if let Some((y, q)) = t.split_once("-Q") {
            let y = Date::parse(y)?.year;
            let q: u8 = match q.as_bytes() {
                [d @ b'1'..=b'4'] => d - b'0',
                _ => {
                    return Err(DateError(crate::tr!(
                        "period-quarters",
                        text = t.to_string()
                    )));
                }
            };
            let m = (q - 1) * 3 + 1;
            return Ok(Self {
                first: Self::month_index(y, m),
                last: Self::month_index(y, m + 2),
            });
        }
        let d =
            Date::parse(t).map_err(|e| DateError(format!("{e}{}", crate::tr!("period-forms"))))?;
        match (d.month, d.day) {
            (0, _) => Ok(Self::year(d.year)),
            (m, 0) => Ok(Self {
                first: Self::month_index(d.year, m),
                last: Self::month_index(d.year, m),
            }),
            _ => Err(DateError(crate::tr!(
                "period-whole-months",
                text = t.to_string()
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
    pub(crate) fn previous_year(&self) -> Self {
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

#[cfg(test)]
mod tests {
    use super::*;

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

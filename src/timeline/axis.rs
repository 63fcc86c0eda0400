//! The time axis: epoch days (f64) <-> screen x, zoom limits, adaptive ticks.
//! Pure arithmetic, no egui, so it is shared by the timeline and the charts.

use crate::model::date::{MONTH_NAMES, date_of_epoch_day};
use chrono::Datelike as _;

/// Shortest visible span: a few days.
pub const MIN_SPAN_DAYS: f64 = 3.0;
/// Longest visible span: two centuries.
pub const MAX_SPAN_DAYS: f64 = 365.2425 * 200.0;
/// Days in an average year.
pub const YEAR_DAYS: f64 = 365.2425;

/// The visible time range, in epoch days.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TimeView {
    pub start: f64,
    pub end: f64,
}

impl Default for TimeView {
    fn default() -> Self {
        // 1990 to 2030.
        Self {
            start: 7305.0,
            end: 21915.0,
        }
    }
}

impl TimeView {
    pub fn new(start: f64, end: f64) -> Self {
        let mut v = Self { start, end };
        v.clamp();
        v
    }

    pub fn span(&self) -> f64 {
        self.end - self.start
    }

    pub fn center(&self) -> f64 {
        0.5 * (self.start + self.end)
    }

    /// Screen x of time `t` for an axis drawn from `left` to `right`.
    pub fn x_of(&self, t: f64, left: f32, right: f32) -> f32 {
        let f = (t - self.start) / self.span();
        (f64::from(left) + f * f64::from(right - left)) as f32
    }

    /// Time at screen x.
    pub fn t_of(&self, x: f32, left: f32, right: f32) -> f64 {
        let w = f64::from((right - left).max(1.0));
        self.start + f64::from(x - left) / w * self.span()
    }

    /// Pixels per day for an axis `width` pixels wide.
    pub(crate) fn px_per_day(&self, width: f32) -> f64 {
        f64::from(width) / self.span()
    }

    /// Zooms by `factor` (> 1 zooms in), keeping `anchor` at the same place.
    pub fn zoom(&mut self, factor: f64, anchor: f64) {
        if !factor.is_finite() || factor <= 0.0 {
            return;
        }
        let new_span = (self.span() / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let f = ((anchor - self.start) / self.span()).clamp(0.0, 1.0);
        self.start = anchor - f * new_span;
        self.end = self.start + new_span;
        self.clamp();
    }

    pub(crate) fn pan(&mut self, days: f64) {
        if days.is_finite() {
            self.start += days;
            self.end += days;
            self.clamp();
        }
    }

    /// Shows `[start, end)` with a small margin on each side.
    pub fn fit(start: f64, end: f64) -> Self {
        let span = (end - start).max(MIN_SPAN_DAYS);
        let margin = span * 0.04 + 1.0;
        Self::new(start - margin, end + margin)
    }

    /// The view that fits every span of `spans` (epoch days `[start, end)`),
    /// or `None` when there is none.
    pub(crate) fn fit_spans(spans: impl IntoIterator<Item = (f64, f64)>) -> Option<Self> {
        crate::model::date::hull(spans).map(|(a, b)| Self::fit(a, b))
    }

    /// Keeps the span within the zoom limits and the years 1..=9999.
    fn clamp(&mut self) {
        const LO: f64 = -719_162.0; // 0001-01-01
        const HI: f64 = 2_932_896.0; // 9999-12-31
        if !(self.start.is_finite() && self.end.is_finite()) || self.end <= self.start {
            *self = Self::default();
            return;
        }
        let span = self.span().clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let c = self.center();
        self.start = c - span / 2.0;
        self.end = c + span / 2.0;
        if self.start < LO {
            self.start = LO;
            self.end = LO + span;
        }
        if self.end > HI {
            self.end = HI;
            self.start = HI - span;
        }
    }

    /// Is `[a, b)` at least partly visible?
    pub fn overlaps(&self, a: f64, b: f64) -> bool {
        a < self.end && b > self.start
    }
}

/// A tick on the axis.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Tick {
    pub t: f64,
    pub label: String,
    /// Starts a larger unit (a decade, a year, a month).
    pub major: bool,
}

#[derive(Clone, Copy, Debug)]
enum Step {
    Years(i32),
    Months(u32),
    Days(u32),
}

impl Step {
    fn approx_days(self) -> f64 {
        match self {
            Self::Years(n) => f64::from(n) * YEAR_DAYS,
            Self::Months(n) => f64::from(n) * YEAR_DAYS / 12.0,
            Self::Days(n) => f64::from(n),
        }
    }

    /// Characters in the widest label of this step.
    fn label_chars(self) -> usize {
        match self {
            Self::Years(_) => 4,
            Self::Months(_) => 8,
            Self::Days(_) => 11,
        }
    }
}

const STEPS: [Step; 17] = [
    Step::Days(1),
    Step::Days(2),
    Step::Days(5),
    Step::Days(10),
    Step::Months(1),
    Step::Months(2),
    Step::Months(3),
    Step::Months(6),
    Step::Years(1),
    Step::Years(2),
    Step::Years(5),
    Step::Years(10),
    Step::Years(20),
    Step::Years(50),
    Step::Years(100),
    Step::Years(200),
    Step::Years(500),
];

fn epoch_day(y: i32, m: u32, d: u32) -> Option<f64> {
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|date| {
        (date - chrono::NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid")).num_days() as f64
    })
}

/// Ticks for `view` on an axis `width_px` wide, with labels that do not
/// overlap when each character takes `char_px` pixels.
pub(crate) fn ticks(view: &TimeView, width_px: f32, char_px: f32) -> Vec<Tick> {
    let px_per_day = view.px_per_day(width_px.max(1.0));
    let step = STEPS
        .iter()
        .copied()
        .find(|s| {
            let need = s.label_chars() as f64 * f64::from(char_px) + 24.0;
            // Months vary from 28 to 31 days: judge by the shortest.
            let days = match s {
                Step::Months(n) => f64::from(*n) * 28.0,
                Step::Days(n) if *n >= 5 => f64::from(*n) - 1.0,
                _ => s.approx_days(),
            };
            days * px_per_day >= need
        })
        .unwrap_or(Step::Years(1000));
    let Some(first) = date_of_epoch_day(view.start.floor() as i64) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    match step {
        Step::Years(n) => {
            let mut y = first.year().div_euclid(n) * n;
            while let Some(t) = epoch_day(y, 1, 1) {
                if t > view.end || out.len() > 1000 {
                    break;
                }
                if t >= view.start {
                    out.push(Tick {
                        t,
                        label: y.to_string(),
                        major: y.rem_euclid(n * 5) == 0 || n >= 100,
                    });
                }
                y += n;
            }
        }
        Step::Months(n) => {
            let mut y = first.year();
            let mut m = (first.month() - 1) / n * n + 1;
            while let Some(t) = epoch_day(y, m, 1) {
                if t > view.end || out.len() > 1000 {
                    break;
                }
                if t >= view.start {
                    let label = if m == 1 {
                        y.to_string()
                    } else {
                        format!("{} {y}", &MONTH_NAMES[(m - 1) as usize][..3])
                    };
                    out.push(Tick {
                        t,
                        label,
                        major: m == 1,
                    });
                }
                m += n;
                if m > 12 {
                    m -= 12;
                    y += 1;
                }
            }
        }
        Step::Days(n) => {
            let mut y = first.year();
            let mut m = first.month();
            'months: while out.len() <= 1000 {
                let dim = crate::model::date::days_in_month(y, m as u8) as u32;
                let mut d = 1;
                while d <= dim {
                    // Keep the last tick of a month as far from the next
                    // 1st as the step was chosen for (31 Aug and 1 Sep
                    // would overlap at a two-day step).
                    let room = if n >= 5 { n - 1 } else { n };
                    if d > 1 && dim + 1 - d < room {
                        break;
                    }
                    let Some(t) = epoch_day(y, m, d) else {
                        break 'months;
                    };
                    if t > view.end {
                        break 'months;
                    }
                    if t >= view.start {
                        out.push(Tick {
                            t,
                            label: format!("{d} {} {y}", &MONTH_NAMES[(m - 1) as usize][..3]),
                            major: d == 1,
                        });
                    }
                    d += n;
                }
                m += 1;
                if m > 12 {
                    m = 1;
                    y += 1;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_and_t_round_trip() {
        let v = TimeView::new(0.0, 100.0);
        assert_eq!(v.x_of(50.0, 0.0, 200.0), 100.0);
        assert!((v.t_of(100.0, 0.0, 200.0) - 50.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_keeps_the_anchor_and_respects_limits() {
        let mut v = TimeView::new(0.0, 1000.0);
        v.zoom(2.0, 250.0);
        assert!((v.start - 125.0).abs() < 1e-9 && (v.end - 625.0).abs() < 1e-9);
        v.zoom(1e9, 300.0);
        assert!((v.span() - MIN_SPAN_DAYS).abs() < 1e-9);
        v.zoom(1e-9, 300.0);
        assert!((v.span() - MAX_SPAN_DAYS).abs() < 1e-6);
    }

    #[test]
    fn ticks_adapt_and_never_crowd() {
        let char_px = 7.0;
        for (span, width) in [
            (40.0 * YEAR_DAYS, 900.0),
            (2.0 * YEAR_DAYS, 900.0),
            (10.0, 900.0),
            (150.0 * YEAR_DAYS, 400.0),
        ] {
            let v = TimeView::new(15000.0, 15000.0 + span);
            let ticks = ticks(&v, width, char_px);
            assert!(ticks.len() >= 2, "span {span}: {ticks:?}");
            for pair in ticks.windows(2) {
                let dx = v.x_of(pair[1].t, 0.0, width) - v.x_of(pair[0].t, 0.0, width);
                let need = pair[0].label.chars().count() as f32 * char_px;
                assert!(
                    dx > need,
                    "span {span}: {:?} and {:?} overlap",
                    pair[0],
                    pair[1]
                );
            }
        }
        let v = TimeView::new(15000.0, 15010.0);
        assert!(ticks(&v, 900.0, 7.0)[0].label.contains("Jan 2011"));
        // Across the ends of months at every step of days: the last tick
        // of a month is never on top of the next month's 1st.
        for (span, width) in [
            (23.0, 1230.0),
            (12.0, 1230.0),
            (60.0, 1230.0),
            (150.0, 1230.0),
        ] {
            for start in (7880..7980).step_by(3) {
                let v = TimeView::new(f64::from(start), f64::from(start) + span);
                let need = 11.0 * char_px + 24.0;
                for pair in ticks(&v, width, char_px).windows(2) {
                    let dx = v.x_of(pair[1].t, 0.0, width) - v.x_of(pair[0].t, 0.0, width);
                    assert!(
                        dx >= need * 0.9,
                        "span {span} from {start}: {:?} and {:?} are {dx} px apart",
                        pair[0],
                        pair[1]
                    );
                }
            }
        }
    }
}

//! What a TimelineJS reader makes of a file before it is converted: slides
//! (events, eras, the title) with every part as written and where, and the
//! problems found on the way.

use crate::load::Severity;
use crate::load::locate::Path;

/// Where something was written in the file being imported.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum At {
    /// A path in a JSON file (`events[3].start_date.month`).
    Path(Path),
    /// A line and column (1-based), and how many characters to underline.
    Pos { line: usize, col: usize, len: usize },
}

/// A value as written, and where.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Part {
    pub text: String,
    pub at: At,
}

impl Part {
    pub(crate) fn present(&self) -> Option<&str> {
        let t = self.text.trim();
        (!t.is_empty()).then_some(t)
    }
}

/// A TimelineJS date: year, month, day and a time of day, each as written.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct DateParts {
    pub year: Option<Part>,
    pub month: Option<Part>,
    pub day: Option<Part>,
    /// Hour, minute, second, millisecond (JSON) or the Time column (CSV).
    pub time: Vec<Part>,
    pub display: Option<String>,
    /// Where the date as a whole is (the object or the row).
    pub at: Option<At>,
}

impl DateParts {
    pub(crate) fn is_empty(&self) -> bool {
        [&self.year, &self.month, &self.day]
            .iter()
            .all(|p| p.as_ref().and_then(Part::present).is_none())
            && self.time.iter().all(|p| p.present().is_none())
    }
}

/// One slide of a TimelineJS file: an event, an era or the title.
#[derive(Clone, Debug, Default)]
pub(crate) struct Slide {
    /// Where the slide is, and how to name that place in a comment.
    pub at: Option<At>,
    pub start: DateParts,
    pub end: DateParts,
    pub display_date: Option<String>,
    pub headline: String,
    /// HTML.
    pub text: String,
    pub media_url: String,
    pub media_credit: String,
    pub media_caption: String,
    pub group: String,
    pub unique_id: Option<Part>,
}

/// What a reader made of a file, before it is converted.
#[derive(Default)]
pub(crate) struct Read {
    pub title: Option<Slide>,
    pub events: Vec<Slide>,
    pub eras: Vec<Slide>,
    pub issues: Vec<Issue>,
}

/// A problem found while reading or building.
#[derive(Clone, Debug)]
pub(crate) struct Issue {
    pub severity: Severity,
    pub at: At,
    pub message: String,
}

impl Issue {
    pub(crate) fn error(at: At, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            at,
            message: message.into(),
        }
    }

    pub(crate) fn warning(at: At, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(at, message)
        }
    }
}

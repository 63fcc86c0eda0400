//! What the timeline shows: a search text, the kinds shown, a date range.
//! The filter bar in `panels::filters` edits these.

use super::LaneBy;
use crate::model::{Date, Event, KindTable};
use serde::{Deserialize, Serialize};

/// What the timeline shows. Persisted across restarts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub text: String,
    /// The kinds hidden, by id (every kind is shown when empty).
    pub hidden: Vec<String>,
    /// Earliest date shown, as typed (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: String,
    /// Latest date shown, as typed.
    pub to: String,
    /// What the lanes stand for (not a filter: it hides nothing).
    pub lanes: LaneBy,
    /// Layer events reported fewer times than this are hidden (0: all).
    pub min_mentions: u32,
    /// The CAMEO root classes of layer events hidden ("04").
    pub hidden_roots: Vec<String>,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            text: String::new(),
            hidden: Vec::new(),
            from: String::new(),
            to: String::new(),
            lanes: LaneBy::Kind,
            min_mentions: 0,
            hidden_roots: Vec::new(),
        }
    }
}

/// Filters parsed once per change, ready to test events quickly.
pub(crate) struct CompiledFilters {
    needle: String,
    /// Whether each kind (by its place in the dataset's kinds) is shown.
    shown: Vec<bool>,
    from: Option<f64>,
    to: Option<f64>,
}

impl Filters {
    /// Does anything hide events? (The lanes do not.)
    pub fn is_active(&self) -> bool {
        Self {
            lanes: LaneBy::Kind,
            ..self.clone()
        } != Self::default()
    }

    /// Whether the kind `id` is shown.
    pub fn shows(&self, id: &str) -> bool {
        !self.hidden.iter().any(|h| h == id)
    }

    /// Shows or hides the kind `id`.
    pub fn set_shown(&mut self, id: &str, shown: bool) {
        self.hidden.retain(|h| h != id);
        if !shown {
            self.hidden.push(id.to_string());
        }
    }

    pub(crate) fn compile(&self, kinds: &KindTable) -> CompiledFilters {
        let bound = |s: &str, end: bool| {
            let s = s.trim();
            (!s.is_empty())
                .then(|| Date::parse(s).ok())
                .flatten()
                .map(|d| if end { d.end_day_exclusive() } else { d.start_day() } as f64)
        };
        CompiledFilters {
            needle: crate::model::lang::fold(self.text.trim()),
            shown: kinds.kinds.iter().map(|k| self.shows(&k.id)).collect(),
            from: bound(&self.from, false),
            to: bound(&self.to, true),
        }
    }
}

impl CompiledFilters {
    pub(crate) fn matches(&self, e: &Event) -> bool {
        if !self.shown.get(e.kind_no as usize).copied().unwrap_or(true) {
            return false;
        }
        let (s, t) = e.when.span_days();
        if self.from.is_some_and(|from| t <= from) || self.to.is_some_and(|to| s >= to) {
            return false;
        }
        e.matches(&self.needle)
    }
}

//! The whole file: one bilateral relationship.

use super::era::Era;
use super::event::Event;
use super::kind::{KindDef, KindTable};
use super::lang::LText;
use super::media::Media;
use super::source::Source;
use super::{Indicator, TradeSeries};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub title: LText,
    /// The two countries, e.g. `("Kazakhstan", "France")`. Left out (both
    /// empty) for a timeline that is not between two parties, such as an
    /// imported TimelineJS file.
    #[serde(default, skip_serializing_if = "no_parties")]
    pub parties: (String, String),
    #[serde(default)]
    pub description: LText,
    /// The languages its texts are written in, BCP 47 tags (`["en", "fr",
    /// "ru", "kk"]`); the first is the default unless `default_language`
    /// says otherwise. Empty: texts are plain strings of one language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_language: Option<String>,
    /// Shown with the title (a TimelineJS title slide's media).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Media>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub trade: Vec<TradeSeries>,
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Named spans per party, e.g. presidents' terms.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eras: Vec<Era>,
    /// The kinds of event this dataset names (the seven built-in ones if
    /// none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<KindDef>,
    /// The kinds as shown, in lane order: `kinds`, or the built-in seven
    /// (worked out by the loader).
    #[serde(skip)]
    pub kind_table: KindTable,
}

fn no_parties(p: &(String, String)) -> bool {
    p.0.is_empty() && p.1.is_empty()
}

impl Dataset {
    /// The language of plain texts, and of what a display language lacks.
    pub fn default_language(&self) -> Option<&str> {
        self.default_language
            .as_deref()
            .or(self.languages.first().map(String::as_str))
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The kind of event `e`.
    pub fn kind_of(&self, e: &Event) -> &super::kind::Kind {
        self.kind_table
            .get(e.kind_no as usize)
            .unwrap_or_else(|| &self.kind_table.kinds[self.kind_table.len() - 1])
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }
}

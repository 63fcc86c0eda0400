//! Events on the timeline.

use super::date::When;
use super::kind::KindId;
use super::lang::LText;
use super::media::Media;
use super::text::{List, Sym, Text, exact_list};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub name: Sym,
    #[serde(default)]
    pub role: Sym,
    #[serde(default)]
    pub country: Sym,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub speaker: String,
    /// The words as said or written, in their own language.
    pub text: String,
    /// That language (a BCP 47 tag), when the dataset says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The words translated (the editors'), shown beside the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<LText>,
}

/// One event. Dates are written as text in the file (`"2008-06"`) and parsed
/// into [`When`] by the loader, which reports impossible dates with their
/// line and column.
///
/// Kept compact, as a file may hold a million: short text inline ([`Text`]),
/// repeated text shared ([`Sym`]), empty lists one pointer ([`List`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Text,
    pub date: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Text>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// Its kind's id (`treaty`, or one of the dataset's own `kinds`).
    pub kind: KindId,
    pub title: LText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Sym>,
    #[serde(
        default,
        deserialize_with = "exact_list",
        skip_serializing_if = "List::is_empty"
    )]
    pub participants: List<Participant>,
    #[serde(default)]
    pub summary: LText,
    #[serde(
        default,
        deserialize_with = "exact_list",
        skip_serializing_if = "List::is_empty"
    )]
    pub quotes: List<Quote>,
    #[serde(
        default,
        deserialize_with = "exact_list",
        skip_serializing_if = "List::is_empty"
    )]
    pub tags: List<Sym>,
    /// A named group the event belongs to (a TimelineJS `group`): with
    /// lanes by group, each group is a lane.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<Sym>,
    /// Ids of entries in the dataset's `sources`.
    #[serde(default, deserialize_with = "exact_list")]
    pub sources: List<Sym>,
    /// Ids of related events.
    #[serde(
        default,
        deserialize_with = "exact_list",
        skip_serializing_if = "List::is_empty"
    )]
    pub related: List<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LText>,
    /// A picture, video or page shown with it (boxed: most events have
    /// none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Box<Media>>,
    /// Parsed from `date`, `end` and `approximate` by the loader.
    #[serde(skip)]
    pub when: When,
    /// The place of its kind in the dataset's [`KindTable`], set by the
    /// loader.
    ///
    /// [`KindTable`]: super::KindTable
    #[serde(skip)]
    pub kind_no: u16,
}

impl Event {
    /// The title as a label shows it: [`Self::shown_title`], marked with
    /// its language where the display language lacks it.
    pub fn marked_title(&self) -> std::borrow::Cow<'_, str> {
        if self.title.trim().is_empty() {
            std::borrow::Cow::Borrowed(self.shown_title())
        } else {
            self.title.marked()
        }
    }

    /// The title as shown: the title, else its media's caption, else
    /// "Untitled" (a file may give an event media only; the data keeps the
    /// title empty so that nothing invented is written back).
    pub fn shown_title(&self) -> &str {
        if !self.title.trim().is_empty() {
            &self.title
        } else if let Some(m) = self
            .media
            .as_deref()
            .filter(|m| !m.caption.trim().is_empty())
        {
            m.caption.trim()
        } else {
            "Untitled"
        }
    }

    /// Does the event match a search text folded by
    /// [`super::lang::fold`] (title and summary in any of their languages,
    /// participants, tags, place)? Allocates nothing for ASCII searches of
    /// ASCII texts.
    pub fn matches(&self, needle_lower: &str) -> bool {
        if needle_lower.is_empty() {
            return true;
        }
        let has = |s: &str| contains_lower(s, needle_lower);
        self.title.all().any(has)
            || self.summary.all().any(has)
            || self.place.as_deref().is_some_and(has)
            || self.tags.iter().any(|t| has(t))
            || self.group.as_deref().is_some_and(has)
            || self.media.as_deref().is_some_and(|m| has(&m.caption))
            || self
                .participants
                .iter()
                .any(|p| has(&p.name) || has(&p.role) || has(&p.country))
    }
}

/// Does `hay` contain `needle_lower` (already folded), ignoring case and
/// accents?
pub(crate) fn contains_lower(hay: &str, needle_lower: &str) -> bool {
    if needle_lower.is_empty() {
        true
    } else if needle_lower.is_ascii() && hay.is_ascii() {
        let (h, n) = (hay.as_bytes(), needle_lower.as_bytes());
        n.len() <= h.len() && h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
    } else {
        super::lang::fold(hay).contains(needle_lower)
    }
}

#[cfg(test)]
mod tests {
    use super::contains_lower;

    #[test]
    fn search_ignores_case() {
        assert!(contains_lower("Roman Vassilenko", "vassil"));
        // The needle comes folded (`lang::fold`): accents and case gone.
        assert!(contains_lower("Élysée meeting", "elysee"));
        assert!(contains_lower("Kassym-Jomart Tokaïev", "tokaiev"));
        assert!(!contains_lower("Paris", "astana"));
        assert!(contains_lower("anything", ""));
    }
}

//! Kinds of event. An event's `kind` is an identifier (`treaty`,
//! `ministerial_visits`); the kinds a dataset uses are the seven built-in
//! ones, or the list its `kinds` field gives (id, label, colour, order,
//! description). The loader resolves every event's kind to its place in the
//! dataset's [`KindTable`], which the lanes, filters, legends and exports
//! read.

use super::text::Sym;
use serde::{Deserialize, Serialize};

/// The kind an event names, as written: an identifier.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct KindId(pub Sym);

impl KindId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for KindId {
    fn from(s: &str) -> Self {
        Self(Sym::from(s))
    }
}

impl std::ops::Deref for KindId {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl Serialize for KindId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // Written as RON writes an enum's unit variant: `kind: treaty`.
        s.serialize_unit_variant("EventKind", 0, static_name(&self.0))
    }
}

impl<'de> Deserialize<'de> for KindId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Ident;
        impl serde::de::Visitor<'_> for Ident {
            type Value = KindId;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a kind of event, such as `treaty` or `official_visit`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<KindId, E> {
                Ok(KindId(Sym::new(v)))
            }
        }
        d.deserialize_identifier(Ident)
    }
}

/// A `'static` name for serializing: the built-in ids are, others are
/// kept once per distinct name.
fn static_name(name: &str) -> &'static str {
    if let Some(b) = BUILT_IN.iter().find(|b| b.id == name) {
        return b.id;
    }
    static NAMES: std::sync::Mutex<Vec<&'static str>> = std::sync::Mutex::new(Vec::new());
    let mut names = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(n) = names.iter().find(|n| **n == name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.push(leaked);
    leaked
}

/// A kind as a dataset defines it in its `kinds` list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    /// The identifier events name it by (`ministerial_visits`).
    pub id: String,
    /// The lane's name and the filter's ("Ministerial visits"), in one
    /// language or several.
    pub label: super::LText,
    /// `#RRGGBB`; a built-in kind's colour, or one of the palette, if none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
    /// Lanes are in this order (smallest first), then in the list's order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<i32>,
    /// One line shown when the pointer is on the lane's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// The colour of a kind: a built-in kind's, the dataset's own, or the
/// n-th of the palette.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KindColor {
    BuiltIn(u8),
    Rgb(u8, u8, u8),
    Palette(u8),
}

/// A kind as the program shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct Kind {
    pub id: Sym,
    /// Plural, for lanes, filters and legends ("State visits").
    pub label: super::LText,
    /// Singular, for the detail panel ("State visit").
    pub singular: String,
    pub color: KindColor,
    pub description: Option<String>,
}

impl Kind {
    /// The built-in kind this is, unrenamed: its label is the built-in one.
    fn built_in(&self) -> Option<&'static BuiltIn> {
        BUILT_IN.iter().find(|b| {
            b.id == &*self.id && self.label.entries().is_empty() && *self.label == *b.label
        })
    }

    /// The label as shown: a built-in kind's in the window's language
    /// ("Traités"), a dataset's own in the display language, marked where
    /// it falls back.
    pub fn shown_label(&self) -> std::borrow::Cow<'_, str> {
        match self.built_in() {
            Some(b) => std::borrow::Cow::Owned(crate::i18n::t(&format!("kind-{}", b.id))),
            None => self.label.marked(),
        }
    }

    /// The singular as shown (the detail panel's head): a built-in kind's in
    /// the window's language; a dataset's own in the display language when
    /// its label has it (the plural then), else as written.
    pub fn shown_singular(&self) -> std::borrow::Cow<'_, str> {
        if let Some(b) = self.built_in() {
            return std::borrow::Cow::Owned(crate::i18n::t(&format!("kind-{}-one", b.id)));
        }
        if self.label.as_str() == self.label.default_text() || self.label.fell_back() {
            std::borrow::Cow::Borrowed(&self.singular)
        } else {
            std::borrow::Cow::Borrowed(self.label.as_str())
        }
    }
}

/// The seven kinds every dataset has unless it names its own.
pub struct BuiltIn {
    pub id: &'static str,
    pub label: &'static str,
    pub singular: &'static str,
}

pub const BUILT_IN: [BuiltIn; 7] = [
    BuiltIn {
        id: "treaty",
        label: "Treaties",
        singular: "Treaty",
    },
    BuiltIn {
        id: "state_visit",
        label: "State visits",
        singular: "State visit",
    },
    BuiltIn {
        id: "official_visit",
        label: "Official visits",
        singular: "Official visit",
    },
    BuiltIn {
        id: "working_visit",
        label: "Working visits",
        singular: "Working visit",
    },
    BuiltIn {
        id: "consultation_round",
        label: "Consultations",
        singular: "Round of political consultations",
    },
    BuiltIn {
        id: "agreement",
        label: "Agreements",
        singular: "Agreement",
    },
    BuiltIn {
        id: "other",
        label: "Other",
        singular: "Other event",
    },
];

/// The kind every imported event has.
pub const OTHER: &str = "other";

/// The kinds of a dataset, in lane order; an event's `kind_no` is its
/// kind's place here.
#[derive(Clone, Debug, PartialEq)]
pub struct KindTable {
    pub kinds: Vec<Kind>,
}

impl Default for KindTable {
    fn default() -> Self {
        Self::built_in()
    }
}

impl KindTable {
    /// The seven built-in kinds.
    pub fn built_in() -> Self {
        let kinds = BUILT_IN
            .iter()
            .enumerate()
            .map(|(n, b)| Kind {
                id: Sym::from(b.id),
                label: b.label.into(),
                singular: b.singular.to_string(),
                color: KindColor::BuiltIn(n as u8),
                description: None,
            })
            .collect();
        Self { kinds }
    }

    /// The kinds `defs` name, in their order; the built-in seven when there
    /// are none. Colours that do not parse fall back (validation reports them).
    pub fn of(defs: &[KindDef]) -> Self {
        if defs.is_empty() {
            return Self::built_in();
        }
        let mut order: Vec<usize> = (0..defs.len()).collect();
        order.sort_by_key(|&i| (defs[i].order.unwrap_or(0), i));
        let mut palette = 0u8;
        let kinds = order
            .into_iter()
            .map(|i| {
                let d = &defs[i];
                let built_in = BUILT_IN.iter().position(|b| b.id == d.id);
                let color = match (d.color.as_deref().and_then(parse_rgb), built_in) {
                    (Some((r, g, b)), _) => KindColor::Rgb(r, g, b),
                    (None, Some(n)) => KindColor::BuiltIn(n as u8),
                    (None, None) => {
                        palette += 1;
                        KindColor::Palette(palette - 1)
                    }
                };
                Kind {
                    id: Sym::from(d.id.as_str()),
                    label: d.label.clone(),
                    singular: built_in
                        .filter(|&n| BUILT_IN[n].label == d.label.default_text())
                        .map_or_else(
                            || d.label.default_text().to_string(),
                            |n| BUILT_IN[n].singular.to_string(),
                        ),
                    color,
                    description: d.description.clone(),
                }
            })
            .collect();
        Self { kinds }
    }

    /// The place of the kind named `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.kinds.iter().position(|k| &*k.id == id)
    }

    pub fn get(&self, n: usize) -> Option<&Kind> {
        self.kinds.get(n)
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }
}

/// `(r, g, b)` of `#RRGGBB`.
pub(crate) fn parse_rgb(s: &str) -> Option<(u8, u8, u8)> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let c = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some((c(0)?, c(2)?, c(4)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dataset_without_kinds_has_the_built_in_seven() {
        let t = KindTable::of(&[]);
        assert_eq!(t.len(), 7);
        assert_eq!(t.position("consultation_round"), Some(4));
        assert_eq!(t.kinds[1].singular, "State visit");
    }

    #[test]
    fn a_datasets_own_kinds_keep_their_order_and_colours() {
        let def = |id: &str, label: &str, color: Option<&str>, order: Option<i32>| KindDef {
            id: id.into(),
            label: label.into(),
            color: color.map(str::to_string),
            order,
            description: None,
        };
        let t = KindTable::of(&[
            def("transport", "Transport", Some("#1f77b4"), Some(2)),
            def("treaty", "Treaties", None, Some(1)),
            def("culture", "Culture and education", None, None),
        ]);
        let ids: Vec<&str> = t.kinds.iter().map(|k| &*k.id).collect();
        assert_eq!(ids, ["culture", "treaty", "transport"]);
        assert_eq!(t.kinds[0].color, KindColor::Palette(0));
        assert_eq!(t.kinds[1].color, KindColor::BuiltIn(0));
        assert_eq!(t.kinds[1].singular, "Treaty");
        assert_eq!(t.kinds[2].color, KindColor::Rgb(0x1f, 0x77, 0xb4));
        assert_eq!(parse_rgb("#12345"), None);
        assert_eq!(parse_rgb("123456"), None);
    }

    #[test]
    fn kinds_are_read_and_written_as_identifiers() {
        #[derive(Serialize, Deserialize)]
        struct E {
            kind: KindId,
        }
        let e: E = ron::from_str("(kind: ministerial_visits)").unwrap();
        assert_eq!(e.kind.as_str(), "ministerial_visits");
        assert_eq!(ron::to_string(&e).unwrap(), "(kind:ministerial_visits)");
        assert!(ron::from_str::<E>("(kind: \"x\")").is_err());
    }
}

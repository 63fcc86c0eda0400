//! Texts in several languages. A text a reader sees may be written as a
//! plain string, as before, or as a map from BCP 47 language tags to
//! strings (`{"en": "…", "fr": "…"}`), a value marked as the editors'
//! translation where it is one (`(text: "…", translated: true)`).
//!
//! What is shown follows one display language for the whole program
//! ([`set_display`]); a text without it falls back to its dataset's default
//! language ([`LText::fell_back`] says so). `LText` dereferences to the text
//! shown, so every label, panel, chart and export follows the switch.

use super::text::Text;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// No language chosen: each text's default.
const NONE: u8 = u8::MAX;

/// The language tags seen, by number (a text keeps a number, not a tag).
static TAGS: RwLock<Vec<String>> = RwLock::new(Vec::new());
static DISPLAY: AtomicU8 = AtomicU8::new(NONE);
static DEFAULT: AtomicU8 = AtomicU8::new(NONE);

/// The number of a language tag (registered on first use).
pub fn lang_id(tag: &str) -> u8 {
    if let Some(i) = TAGS
        .read()
        .map_or(None, |t| t.iter().position(|x| x == tag))
    {
        return i as u8;
    }
    let mut tags = TAGS.write().unwrap_or_else(|e| e.into_inner());
    if let Some(i) = tags.iter().position(|x| x == tag) {
        return i as u8;
    }
    if tags.len() >= NONE as usize {
        return NONE;
    }
    tags.push(tag.to_string());
    (tags.len() - 1) as u8
}

/// The tag of a number.
pub fn tag_of(id: u8) -> String {
    TAGS.read()
        .ok()
        .and_then(|t| t.get(id as usize).cloned())
        .unwrap_or_default()
}

/// Shows every text in `tag` where it has one (`None`: as written).
pub fn set_display(tag: Option<&str>) {
    DISPLAY.store(tag.map_or(NONE, lang_id), Ordering::Relaxed);
}

/// The display language, if one is chosen.
pub fn display() -> Option<String> {
    match DISPLAY.load(Ordering::Relaxed) {
        NONE => None,
        id => Some(tag_of(id)),
    }
}

/// The language of plain texts and of the texts a display language lacks.
pub fn set_default(tag: Option<&str>) {
    DEFAULT.store(tag.map_or(NONE, lang_id), Ordering::Relaxed);
}

/// One language's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Tr {
    pub lang: u8,
    pub text: Text,
    /// Translated by the dataset's editors, not as published.
    pub translated: bool,
}

/// A text in one language or several.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LText {
    /// The default language's text (or the only one).
    text: Text,
    /// Every language's, as written (empty for a plain string; one
    /// pointer either way).
    more: super::text::List<Tr>,
}

impl LText {
    /// The text shown: the display language's, else the default.
    pub fn as_str(&self) -> &str {
        self
    }

    /// The default language's text.
    pub fn default_text(&self) -> &str {
        &self.text
    }

    /// Every language's text, the default first for a plain string.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let plain = self.more.is_empty().then_some(self.text.as_str());
        plain
            .into_iter()
            .chain(self.more.iter().map(|t| t.text.as_str()))
    }

    /// The entries, when written as a map.
    pub fn entries(&self) -> &[Tr] {
        &self.more
    }

    /// The text in `tag`, if it has one.
    pub fn get(&self, tag: &str) -> Option<&str> {
        let id = lang_id(tag);
        self.entries()
            .iter()
            .find(|t| t.lang == id)
            .map(|t| t.text.as_str())
    }

    /// Whether the text shown is not in the display language (the display
    /// language is set, differs from the default, and this text lacks it).
    pub fn fell_back(&self) -> bool {
        let d = DISPLAY.load(Ordering::Relaxed);
        if d == NONE || d == DEFAULT.load(Ordering::Relaxed) {
            return false;
        }
        !self.entries().iter().any(|t| t.lang == d)
    }

    /// The text shown, with the default language's tag after it where the
    /// display language lacks it ("Treaty of Strategic Partnership [en]"):
    /// the small mark of a fallback on labels, titles and exports.
    pub fn marked(&self) -> std::borrow::Cow<'_, str> {
        if self.fell_back() && !self.as_str().trim().is_empty() {
            let default = tag_of(DEFAULT.load(Ordering::Relaxed));
            std::borrow::Cow::Owned(format!("{} [{default}]", self.as_str()))
        } else {
            std::borrow::Cow::Borrowed(self.as_str())
        }
    }

    /// Whether the text shown is the editors' translation.
    pub fn shown_is_translated(&self) -> bool {
        let d = DISPLAY.load(Ordering::Relaxed);
        self.entries().iter().any(|t| t.lang == d && t.translated)
    }

    /// Makes the `default` language's text the default (after reading,
    /// when the dataset's languages are known). False when a map lacks it.
    pub fn settle(&mut self, default: u8) -> bool {
        if self.more.is_empty() {
            return true;
        }
        match self.more.iter().find(|t| t.lang == default) {
            Some(t) => {
                self.text = t.text.clone();
                true
            }
            None => false,
        }
    }
}

impl Deref for LText {
    type Target = str;

    fn deref(&self) -> &str {
        if !self.more.is_empty() {
            let d = DISPLAY.load(Ordering::Relaxed);
            if d != NONE
                && let Some(t) = self.more.iter().find(|t| t.lang == d)
            {
                return &t.text;
            }
        }
        &self.text
    }
}

impl fmt::Display for LText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl From<&str> for LText {
    fn from(s: &str) -> Self {
        Self {
            text: Text::from(s),
            more: Default::default(),
        }
    }
}

impl From<Text> for LText {
    fn from(s: Text) -> Self {
        Self {
            text: s,
            more: Default::default(),
        }
    }
}

impl From<&String> for LText {
    fn from(s: &String) -> Self {
        Self::from(s.as_str())
    }
}

impl From<String> for LText {
    fn from(s: String) -> Self {
        Self {
            text: Text::from(s),
            more: Default::default(),
        }
    }
}

impl PartialEq<str> for LText {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for LText {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl Serialize for LText {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.more.is_empty() {
            return s.serialize_str(&self.text);
        }
        let m = &self.more;
        #[derive(Serialize)]
        struct Marked<'a> {
            text: &'a str,
            translated: bool,
        }
        let mut map = s.serialize_map(Some(m.len()))?;
        for t in m.iter() {
            let tag = tag_of(t.lang);
            if t.translated {
                map.serialize_entry(
                    &tag,
                    &Marked {
                        text: &t.text,
                        translated: true,
                    },
                )?;
            } else {
                map.serialize_entry(&tag, t.text.as_str())?;
            }
        }
        map.end()
    }
}

/// A map's value: a string, or one marked as the editors' translation.
#[derive(Deserialize)]
#[serde(untagged)]
enum Value {
    Plain(String),
    Marked {
        text: String,
        #[serde(default)]
        translated: bool,
    },
}

impl<'de> Deserialize<'de> for LText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, or a map from language tags to strings ({\"en\": \"…\", \"fr\": \"…\"})")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<LText, E> {
                Ok(LText::from(v))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<LText, E> {
                Ok(LText::from(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LText, A::Error> {
                let mut all = Vec::new();
                while let Some((tag, value)) = map.next_entry::<String, Value>()? {
                    let (text, translated) = match value {
                        Value::Plain(t) => (t, false),
                        Value::Marked { text, translated } => (text, translated),
                    };
                    all.push(Tr {
                        lang: lang_id(&tag),
                        text: Text::from(text),
                        translated,
                    });
                }
                let first = all.first().map(|t| t.text.clone()).unwrap_or_default();
                Ok(LText {
                    text: first,
                    more: all.into_iter().collect(),
                })
            }
        }
        d.deserialize_any(V)
    }
}

/// Whether a BCP 47 tag is well formed, as far as datasets use them: a
/// language (2 or 3 lower-case letters), then an optional script (4
/// letters, the first upper case) and region (2 upper-case letters or 3
/// digits): `en`, `kk-Latn`, `fr-FR`.
pub fn valid_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let lang = parts.next().unwrap_or("");
    if !(2..=3).contains(&lang.len()) || !lang.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let mut seen_script = false;
    for p in parts {
        let script = p.len() == 4
            && p.as_bytes()[0].is_ascii_uppercase()
            && p[1..].bytes().all(|b| b.is_ascii_lowercase());
        let region = (p.len() == 2 && p.bytes().all(|b| b.is_ascii_uppercase()))
            || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()));
        if script && !seen_script {
            seen_script = true;
        } else if !region {
            return false;
        }
    }
    true
}

/// The first word of `text` that mixes Latin and Cyrillic letters (a Latin
/// "a" inside a Cyrillic word, or the reverse: look-alikes that break
/// search and sorting).
pub fn mixed_script_word(text: &str) -> Option<&str> {
    // Cyrillic (U+0400–U+04FF) is written with lead bytes 0xD0–0xD3: a text
    // without one has no Cyrillic letter to mix (most texts, quickly).
    if !text.bytes().any(|b| (0xD0..=0xD3).contains(&b)) {
        return None;
    }
    text.split(|c: char| !c.is_alphabetic()).find(|w| {
        let latin = w
            .chars()
            .any(|c| c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c));
        let cyrillic = w.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        latin && cyrillic
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_mixed_scripts() {
        for ok in ["en", "fr", "ru", "kk", "kk-Latn", "fr-FR", "es-419"] {
            assert!(valid_tag(ok), "{ok}");
        }
        for bad in ["EN", "english", "kk_Latn", "kk-latn", "", "f"] {
            assert!(!valid_tag(bad), "{bad}");
        }
        // A Latin "a" (U+0061) inside "Казахстан".
        assert_eq!(mixed_script_word("Визит в Кaзахстан"), Some("Кaзахстан"));
        assert_eq!(mixed_script_word("Визит в Казахстан, Astana"), None);
    }
}

/// A text as search compares it: lower case, Latin accents dropped
/// ("Tokaïev" → "tokaiev"), Turkish and Kazakh Latin dotted and dotless i
/// as "i" ("İ" lowers to "i" and a combining dot: the dot goes), Russian
/// "ё" as "е"; the Kazakh letters ә ғ қ ң ө ұ ү һ і stay themselves.
pub fn fold(s: &str) -> String {
    use unicode_normalization::char::{decompose_canonical, is_combining_mark};
    let mut out = String::with_capacity(s.len());
    let mut latin_before = false;
    for c in s.chars() {
        let latin = c.is_ascii_alphabetic()
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{1E00}'..='\u{1EFF}').contains(&c);
        match c {
            'ı' | 'İ' => out.push('i'),
            'ё' | 'Ё' => out.push('е'),
            // A combining mark after a Latin letter (a dot, an accent).
            c if is_combining_mark(c) && latin_before => {}
            c if latin && !c.is_ascii() => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }),
            c => out.extend(c.to_lowercase()),
        }
        if !is_combining_mark(c) {
            latin_before = latin || c == 'ı' || c == 'İ';
        }
    }
    out
}

#[cfg(test)]
mod fold_tests {
    use super::fold;

    #[test]
    fn search_folds_case_accents_and_the_i_but_not_kazakh_letters() {
        assert_eq!(fold("Tokaïev"), "tokaiev");
        assert_eq!(fold("Élysée"), "elysee");
        assert_eq!(fold("İSTANBUL"), "istanbul");
        assert_eq!(fold("Qazaqstan Respýblıkasy"), "qazaqstan respyblikasy");
        assert_eq!(fold("Токаев"), "токаев");
        assert_eq!(fold("Қазақстан"), "қазақстан");
        assert!(!fold("Қазақстан").contains('к'));
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("i\u{0307}"), "i");
    }
}

//! The window's own words in English, French and Russian, through Fluent
//! (`fluent-bundle`): one `.ftl` file per language under `locales/`,
//! compiled in; a message missing in one falls back to English (and a test
//! fails when one language lacks a message another has). The language
//! follows the system's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`) unless
//! chosen in the window. Numbers and dates follow it too (`crate::format`).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language of the window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UiLang {
    En,
    Fr,
    Ru,
}

impl UiLang {
    pub const ALL: [UiLang; 3] = [Self::En, Self::Fr, Self::Ru];

    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::Ru => "ru",
        }
    }

    /// Its name in itself.
    pub fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::Ru => "Русский",
        }
    }

    /// The language of a locale such as `fr_FR.UTF-8`, if it is one of ours.
    pub fn of_locale(locale: &str) -> Option<UiLang> {
        let l = locale.get(..2)?.to_ascii_lowercase();
        Self::ALL.into_iter().find(|u| u.tag() == l)
    }

    /// The system's language: `LC_ALL`, `LC_MESSAGES`, then `LANG`; English
    /// when none is French or Russian.
    pub fn of_system() -> UiLang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Self::of_locale(&v))
            .unwrap_or(UiLang::En)
    }
}

/// The `.ftl` sources, in [`UiLang::ALL`]'s order.
pub const SOURCES: [&str; 3] = [
    include_str!("../locales/en.ftl"),
    include_str!("../locales/fr.ftl"),
    include_str!("../locales/ru.ftl"),
];

static CURRENT: AtomicU8 = AtomicU8::new(0);

fn bundles() -> &'static [FluentBundle<FluentResource>; 3] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        UiLang::ALL.map(|lang| {
            let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around values: labels are plain.
            bundle.set_use_isolating(false);
            let source = SOURCES[lang as usize].to_string();
            let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
            bundle
        })
    })
}

/// The window's language.
pub fn ui_language() -> UiLang {
    UiLang::ALL[CURRENT.load(Ordering::Relaxed) as usize % 3]
}

/// Sets the window's language.
pub fn set_ui_language(lang: UiLang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The message `id` in the window's language (English when it lacks it;
/// the id itself when English does too).
pub fn t(id: &str) -> String {
    t_args(id, &[])
}

/// The message `id` with its variables.
pub fn t_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let lang = ui_language();
    let all = bundles();
    for bundle in [&all[lang as usize], &all[0]] {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                fargs.set(*k, v.clone());
            }
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// The ids of a `.ftl` source's messages.
pub fn message_ids(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| !l.starts_with(['#', ' ', '\t', '.']) && l.contains(" ="))
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// `tr!("id")`, `tr!("id", count = n, name = x)`: a message of the window.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::t($id)
    };
    ($id:expr, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::i18n::t_args($id, &[$((stringify!($k), fluent_bundle::FluentValue::from($v))),+])
    };
}

//! The window's words in English, French and Russian: every message in one
//! language is in the others (with the same variables), each parses, and
//! the window's language follows the system's locale.

use entente::i18n::{SOURCES, UiLang, message_ids};
use std::collections::BTreeSet;

fn variables(source: &str, id: &str) -> BTreeSet<String> {
    let line = source
        .lines()
        .find(|l| l.starts_with(&format!("{id} =")))
        .unwrap_or("");
    line.split("{ $")
        .skip(1)
        .filter_map(|p| p.split_whitespace().next())
        .map(|v| v.trim_end_matches('}').to_string())
        .collect()
}

#[test]
fn every_message_is_in_every_language_with_the_same_variables() {
    let en: BTreeSet<String> = message_ids(SOURCES[0]).into_iter().collect();
    assert!(en.len() > 150, "{} messages", en.len());
    for (lang, source) in UiLang::ALL.iter().zip(SOURCES).skip(1) {
        let ids: BTreeSet<String> = message_ids(source).into_iter().collect();
        let missing: Vec<&String> = en.difference(&ids).collect();
        let extra: Vec<&String> = ids.difference(&en).collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang:?} has messages English lacks: {extra:?}"
        );
        for id in &en {
            assert_eq!(
                variables(source, id),
                variables(SOURCES[0], id),
                "{lang:?} {id}: other variables"
            );
        }
    }
    // Each source parses whole: no message is lost to a syntax error.
    for source in SOURCES {
        assert!(fluent_bundle::FluentResource::try_new(source.to_string()).is_ok());
    }
}

#[test]
fn the_language_follows_the_locale() {
    assert_eq!(UiLang::of_locale("fr_FR.UTF-8"), Some(UiLang::Fr));
    assert_eq!(UiLang::of_locale("ru_RU.UTF-8"), Some(UiLang::Ru));
    assert_eq!(UiLang::of_locale("de_DE.UTF-8"), None);
    assert_eq!(UiLang::of_locale("C"), None);
}

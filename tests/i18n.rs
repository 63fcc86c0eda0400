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

/// The string literals of a Rust source before its test module, each with
/// its line and the text before it on that line. Comments, raw strings and
/// character literals are skipped.
fn literals(source: &str) -> Vec<(usize, String, String)> {
    let source = source.split("#[cfg(test)]").next().unwrap_or(source);
    let chars: Vec<char> = source.chars().collect();
    let (mut out, mut i, mut line, mut line_start) = (Vec::new(), 0, 1, 0);
    while i < chars.len() {
        match chars[i] {
            '\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            '/' if chars.get(i + 1) == Some(&'/') => {
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
            }
            '\'' => {
                // A character literal ('x', '\n', '"'), or a lifetime.
                if chars.get(i + 1) == Some(&'\\') {
                    i += 2;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else if chars.get(i + 2) == Some(&'\'') {
                    i += 3;
                } else {
                    i += 1;
                }
            }
            'r' if chars.get(i + 1) == Some(&'#') || chars.get(i + 1) == Some(&'"') => {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                if chars.get(i + 1 + hashes) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let close: String = std::iter::once('"')
                    .chain("#".repeat(hashes).chars())
                    .collect();
                let rest: String = chars[i + 2 + hashes..].iter().collect();
                let len = rest.find(&close).unwrap_or(rest.len());
                line += rest[..len].matches('\n').count();
                i += 2 + hashes + rest[..len].chars().count() + close.chars().count();
            }
            '"' => {
                let before: String = chars[line_start..i].iter().collect();
                let mut text = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    text.push(chars[i]);
                    i += 1;
                }
                i += 1;
                out.push((line, before, text));
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether a literal reads as words a person would see: after removing
/// `{placeholders}`, a word with a space beside it ("{} events"), or a
/// capitalised word ("Open", "Save as").
/// Codes, identifiers and all-capital abbreviations (CSV, HOME) do not.
fn reads_as_words(text: &str) -> bool {
    let mut stripped = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => stripped.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = stripped
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let capitalised = |w: &&str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.any(char::is_lowercase)
    };
    let lower = |w: &&str| w.chars().all(char::is_lowercase);
    // "not coded", "{} events": words with a space beside them.
    let spaced = text.contains(char::is_whitespace);
    (spaced && words.iter().any(|w| lower(w) || capitalised(w))) || words.iter().any(capitalised)
}

#[test]
fn every_word_the_window_shows_is_a_message() {
    // Where the window's words are written; model, readers and writers
    // speak to the command line and to files.
    let mut files = vec![
        std::path::PathBuf::from("src/command.rs"),
        std::path::PathBuf::from("src/format.rs"),
    ];
    for dir in ["src/app", "src/panels", "src/charts", "src/timeline"] {
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).unwrap() {
                let p = entry.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "rs") {
                    files.push(p);
                }
            }
        }
    }
    assert!(files.len() > 40, "{} files", files.len());
    // Not shown as the window's words: messages' ids, the terminal's
    // warnings, environment variables, and languages named in themselves.
    let not_shown = [
        "tr!(",
        "t(",
        "eprintln!(",
        "panic!(",
        "expect(",
        "env::var",
        "var_os(",
        "Id::new(",
        "id_salt(",
        "contains(",
    ];
    let endonyms = ["English", "Français", "Русский", "Қазақша"];
    let mut literal_labels = Vec::new();
    for path in &files {
        let source = std::fs::read_to_string(path).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for (line, before, text) in literals(&source) {
            let previous = lines.get(line.saturating_sub(2)).copied().unwrap_or("");
            let context = format!("{previous}{before}");
            let context = context.trim_end();
            if not_shown
                .iter()
                .any(|n| context.ends_with(n) || before.contains(n))
                || endonyms.contains(&text.as_str())
                || !reads_as_words(&text)
            {
                continue;
            }
            literal_labels.push(format!("{}:{line}: {text:?}", path.display()));
        }
    }
    assert!(
        literal_labels.is_empty(),
        "words shown in the window that are not messages (use tr!):\n{}",
        literal_labels.join("\n")
    );
}

#[test]
fn the_literal_scan_finds_a_planted_label() {
    let source = "fn f(ui: &mut Ui) {\n    // \"Not this\"\n    ui.label(tr!(\"save-as\"));\n    let c = '\"';\n    ui.button(\"Save as…\");\n    ui.label(format!(\"{} events\", n));\n}\n";
    let found: Vec<(usize, String)> = literals(source)
        .into_iter()
        .filter(|(_, _, t)| reads_as_words(t))
        .map(|(l, _, t)| (l, t))
        .collect();
    assert_eq!(
        found,
        vec![(5, "Save as…".to_string()), (6, "{} events".to_string())]
    );
    assert!(reads_as_words("Layer {}: {} events"));
    assert!(!reads_as_words("annual-{}"));
    assert!(!reads_as_words("CSV"));
    assert!(!reads_as_words("{} — “{title}”"));
}

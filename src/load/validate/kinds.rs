//! A dataset's own kinds of event (`kinds`): identifiers that events can
//! name, each once, with a label and a colour written `#RRGGBB`; a kind no
//! event uses is worth a warning.

use super::{Problem, error, warning};
use crate::load::locate::{Path, Seg};
use crate::model::{Event, KindDef};
use rustc_hash::FxHashMap as HashMap;

fn kind_path(i: usize, field: &'static str) -> Path {
    vec![Seg::Field("kinds"), Seg::Index(i), Seg::Field(field)]
}

/// Checks the `kinds` list against itself and the events.
pub(super) fn check(problems: &mut Vec<Problem>, kinds: &[KindDef], events: &[Event]) {
    let mut first: HashMap<&str, usize> = HashMap::default();
    for (i, k) in kinds.iter().enumerate() {
        let identifier = k.id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && k.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !identifier {
            problems.push(error(
                kind_path(i, "id"),
                crate::tr!(
                    "check-kind-not-identifier",
                    id = k.id.to_string(),
                    suggested =
                        k.id.to_lowercase()
                            .replace(|c: char| !c.is_ascii_alphanumeric(), "_")
                ),
            ));
        }
        if let Some(&f) = first.get(k.id.as_str()) {
            problems.push(Problem {
                see_also: Some(kind_path(f, "id")),
                ..error(
                    kind_path(i, "id"),
                    crate::tr!("check-duplicate-kind-id", id = k.id.to_string()),
                )
            });
        } else {
            first.insert(&k.id, i);
        }
        if k.label.trim().is_empty() {
            problems.push(error(
                kind_path(i, "label"),
                crate::tr!("check-kind-no-label"),
            ));
        }
        if let Some(c) = &k.color
            && crate::model::parse_rgb(c).is_none()
        {
            problems.push(error(
                kind_path(i, "color"),
                crate::tr!("check-bad-colour", colour = c.to_string()),
            ));
        }
    }
    if kinds.is_empty() {
        return;
    }
    let mut used: HashMap<&str, bool> = kinds.iter().map(|k| (k.id.as_str(), false)).collect();
    for e in events {
        if let Some(u) = used.get_mut(e.kind.as_str()) {
            *u = true;
        }
    }
    for (i, k) in kinds.iter().enumerate() {
        if used.get(k.id.as_str()) == Some(&false) && first.get(k.id.as_str()) == Some(&i) {
            problems.push(warning(
                kind_path(i, "id"),
                crate::tr!("check-kind-unused", id = k.id.to_string()),
            ));
        }
    }
}

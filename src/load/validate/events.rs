//! Events: unique, non-empty ids; titles; sources that exist; related ids
//! that name events; dates that parse and do not run backwards (worked out
//! into each event's `when`).

use super::{Cites, Hints, Problem, error, warning};
use crate::load::locate::{Path, Seg};
use crate::model::{Date, Event, KindTable, When};
use rustc_hash::FxHashMap as HashMap;

fn event_path(i: usize, field: &'static str) -> Path {
    vec![Seg::Field("events"), Seg::Index(i), Seg::Field(field)]
}

/// Checks the events and fills in their dates and kinds.
pub(super) fn check(
    problems: &mut Vec<Problem>,
    events: &mut [Event],
    kinds: &KindTable,
    cites: &Cites<'_>,
) {
    resolve_kinds(problems, events, kinds);
    let mut event_ids: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(events.len(), Default::default());
    for (i, e) in events.iter().enumerate() {
        if e.id.trim().is_empty() {
            problems.push(error(
                event_path(i, "id"),
                crate::tr!("check-event-id-empty"),
            ));
        } else if let Some(&first) = event_ids.get(e.id.as_str()) {
            problems.push(Problem {
                see_also: Some(event_path(first, "id")),
                ..error(
                    event_path(i, "id"),
                    crate::tr!("check-duplicate-event-id", id = e.id.to_string()),
                )
            });
        } else {
            event_ids.insert(&e.id, i);
        }
        match e.media.as_deref() {
            // An event a file gives media only is shown by its media.
            Some(_) if e.title.trim().is_empty() => {}
            _ if e.title.trim().is_empty() => {
                problems.push(warning(
                    event_path(i, "title"),
                    crate::tr!("check-empty-title"),
                ));
            }
            _ => {}
        }
        if let Some(m) = e.media.as_deref()
            && m.url.trim().is_empty()
        {
            problems.push(error(
                vec![
                    Seg::Field("events"),
                    Seg::Index(i),
                    Seg::Field("media"),
                    Seg::Field("url"),
                ],
                crate::tr!("check-media-empty-url"),
            ));
        }
        cites.check(
            problems,
            e.sources.iter().map(|s| s.as_str()),
            vec![Seg::Field("events"), Seg::Index(i)],
            &|| crate::tr!("check-what-event", id = e.id.to_string()),
        );
    }
    let mut event_hints = Hints::default();
    for (i, e) in events.iter().enumerate() {
        for (j, r) in e.related.iter().enumerate() {
            if !event_ids.contains_key(r.as_str()) {
                let hint = event_hints.hint(r, || event_ids.keys().copied().collect());
                problems.push(error(
                    vec![
                        Seg::Field("events"),
                        Seg::Index(i),
                        Seg::Field("related"),
                        Seg::Index(j),
                    ],
                    crate::tr!("check-related-unknown", id = r.to_string()) + &hint,
                ));
            }
        }
    }
    for (i, e) in events.iter_mut().enumerate() {
        // Already worked out (by the parallel loader, see `fill_when`).
        if e.when != When::default() {
            continue;
        }
        let start = Date::parse(&e.date).map_err(|err| {
            problems.push(error(
                event_path(i, "date"),
                crate::tr!("check-invalid-date", error = err.to_string()),
            ))
        });
        let end = match &e.end {
            Some(text) => Date::parse(text).map(Some).map_err(|err| {
                problems.push(error(
                    event_path(i, "end"),
                    crate::tr!("check-invalid-end-date", error = err.to_string()),
                ))
            }),
            None => Ok(None),
        };
        if let (Ok(start), Ok(end)) = (start, end) {
            match When::new(start, end, e.approximate) {
                Ok(w) => e.when = w,
                Err(err) => problems.push(error(event_path(i, "end"), err.0)),
            }
        }
    }
}

/// Sets each event's place in `kinds`; an unknown kind is an error naming
/// the kinds there are (and the nearest).
fn resolve_kinds(problems: &mut Vec<Problem>, events: &mut [Event], kinds: &KindTable) {
    let by_id: HashMap<&str, u16> = kinds
        .kinds
        .iter()
        .enumerate()
        .map(|(n, k)| (&*k.id, n as u16))
        .collect();
    let ids: Vec<&str> = kinds.kinds.iter().map(|k| &*k.id).collect();
    let mut hints = Hints::default();
    for (i, e) in events.iter_mut().enumerate() {
        match by_id.get(e.kind.as_str()) {
            Some(&n) => e.kind_no = n,
            None => {
                let hint = hints
                    .hint(e.kind.as_str(), || ids.clone())
                    .replace('"', "`");
                problems.push(error(
                    event_path(i, "kind"),
                    crate::tr!(
                        "check-unknown-kind",
                        kind = e.kind.as_str(),
                        expected = ids.join(", ")
                    ) + &hint,
                ));
            }
        }
    }
}

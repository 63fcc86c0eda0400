//! Events: unique, non-empty ids; titles; sources that exist; related ids
//! that name events; dates that parse and do not run backwards (worked out
//! into each event's `when`).

use super::{Cites, Hints, Problem, error, warning};
use crate::load::locate::{Path, Seg};
use crate::model::{Date, Event, When};
use rustc_hash::FxHashMap as HashMap;

fn event_path(i: usize, field: &'static str) -> Path {
    vec![Seg::Field("events"), Seg::Index(i), Seg::Field(field)]
}

/// Checks the events and fills in their dates.
pub(super) fn check(problems: &mut Vec<Problem>, events: &mut [Event], cites: &Cites<'_>) {
    let mut event_ids: HashMap<&str, usize> =
        HashMap::with_capacity_and_hasher(events.len(), Default::default());
    for (i, e) in events.iter().enumerate() {
        if e.id.trim().is_empty() {
            problems.push(error(event_path(i, "id"), "event id is empty"));
        } else if let Some(&first) = event_ids.get(e.id.as_str()) {
            problems.push(Problem {
                see_also: Some(event_path(first, "id")),
                ..error(
                    event_path(i, "id"),
                    format!("duplicate event id \"{}\"", e.id),
                )
            });
        } else {
            event_ids.insert(&e.id, i);
        }
        if e.title.trim().is_empty() {
            problems.push(warning(event_path(i, "title"), "event has an empty title"));
        }
        cites.check(
            problems,
            e.sources.iter().map(|s| s.as_str()),
            vec![Seg::Field("events"), Seg::Index(i)],
            &|| format!("event \"{}\"", e.id),
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
                    format!("related id \"{r}\" is not the id of any event{hint}"),
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
            problems.push(error(event_path(i, "date"), format!("invalid date: {err}")))
        });
        let end = match &e.end {
            Some(text) => Date::parse(text).map(Some).map_err(|err| {
                problems.push(error(
                    event_path(i, "end"),
                    format!("invalid end date: {err}"),
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

//! A dataset as a TimelineJS JSON file
//! (<https://timeline.knightlab.com/docs/json-format.html>), so that it can
//! be published on the web: a slide per event (its summary, quotes, note
//! and sources as HTML with links), the eras, and the title slide.
//!
//! Dates keep their precision (a month is a month: no day is written); an
//! approximate date gets a `display_date` ("c. 2008"). Each event's
//! `group` is its group, or its lane by kind, so TimelineJS shows rows like
//! Entente's. An era still running ends on the last day of the data.

use crate::model::{Dataset, Date, Event, Media};

/// Plain text as HTML (the text TimelineJS shows is HTML).
fn escape(text: &str) -> String {
    crate::format::escape_markup(text, "<br>")
}
use crate::fs::{WriteError, write_atomic_with};
use serde_json::{Map, Value, json};
use std::path::Path;

fn date(d: &Date) -> Value {
    let mut m = Map::new();
    m.insert("year".into(), json!(d.year));
    if d.month > 0 {
        m.insert("month".into(), json!(d.month));
    }
    if d.day > 0 {
        m.insert("day".into(), json!(d.day));
    }
    Value::Object(m)
}

/// The event's text as HTML: summary, quotes, place, participants, note and
/// its sources as links.
fn event_html(e: &Event, ds: &Dataset) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !e.summary.is_empty() {
        parts.push(format!("<p>{}</p>", escape(&e.summary.marked())));
    }
    for q in &e.quotes {
        parts.push(format!(
            "<blockquote>“{}” — {}</blockquote>",
            escape(&q.text),
            escape(&q.speaker)
        ));
    }
    let mut facts = Vec::new();
    if let Some(place) = &e.place {
        facts.push(format!("Place: {}", escape(place)));
    }
    if !e.participants.is_empty() {
        let who: Vec<String> = e
            .participants
            .iter()
            .map(|p| {
                let mut s = escape(&p.name);
                let extra: Vec<&str> = [p.role.as_str(), p.country.as_str()]
                    .into_iter()
                    .filter(|x| !x.is_empty())
                    .collect();
                if !extra.is_empty() {
                    s.push_str(&format!(" ({})", escape(&extra.join(", "))));
                }
                s
            })
            .collect();
        facts.push(format!("Participants: {}", who.join("; ")));
    }
    if !facts.is_empty() {
        parts.push(format!("<p>{}</p>", facts.join("<br>")));
    }
    if let Some(note) = &e.note {
        parts.push(format!("<p><i>{}</i></p>", escape(&note.marked())));
    }
    let cited: Vec<String> = e
        .sources
        .iter()
        .filter_map(|id| ds.source(id))
        .map(|s| {
            let text = match &s.title {
                Some(t) => format!("{}: {}", s.short(), t),
                None => s.short(),
            };
            match s.openable_url() {
                Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), escape(&text)),
                None => escape(&text),
            }
        })
        .collect();
    if !cited.is_empty() {
        parts.push(format!("<p>Sources: {}</p>", cited.join("; ")));
    }
    parts.join("")
}

/// Whose eras a TimelineJS file holds: TimelineJS draws every era in one
/// row, later ones on top, so two parties' overlapping terms would hide
/// each other. One party's eras are written; the others' are named in the
/// title slide.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ErasOf {
    /// The first party that has eras (or the eras of no party).
    #[default]
    First,
    /// This party's (the empty name: the eras of the whole relationship).
    Party(String),
    /// None.
    None,
}

/// The party whose eras are written, if any.
fn eras_party(ds: &Dataset, choice: &ErasOf) -> Option<String> {
    match choice {
        ErasOf::None => None,
        ErasOf::Party(p) => Some(p.clone()),
        ErasOf::First => crate::timeline::widget::era_parties(ds)
            .into_iter()
            .map(|(_, p)| p)
            .next(),
    }
}

/// A paragraph naming the terms of the parties whose eras are not written.
fn other_eras(ds: &Dataset, written: Option<&str>) -> String {
    let mut others: Vec<String> = Vec::new();
    for (_, party) in crate::timeline::widget::era_parties(ds) {
        if Some(party.as_str()) == written {
            continue;
        }
        let terms: Vec<String> = ds
            .eras
            .iter()
            .filter(|e| e.party == party)
            .map(|e| format!("{} ({})", escape(&e.name), escape(&e.dates())))
            .collect();
        let whose = if party.is_empty() {
            "Other eras".to_string()
        } else {
            format!(
                "{}: {}",
                escape(&party),
                escape(
                    &ds.eras
                        .iter()
                        .find(|e| e.party == party)
                        .map_or(String::new(), |e| e.kind.clone())
                )
            )
        };
        others.push(format!("{whose}: {}.", terms.join("; ")));
    }
    if others.is_empty() {
        return String::new();
    }
    let shown = match written {
        Some("") => "The eras shown are those of the whole relationship.".to_string(),
        Some(p) => format!("The eras shown are {}’s.", escape(p)),
        None => "No eras are shown.".to_string(),
    };
    format!("<p>{shown} {}</p>", others.join(" "))
}

/// A slide's media: the URL as the file gave it (TimelineJS resolves
/// `//…` and site-relative ones), caption and credit as text.
fn media(m: &Media) -> Value {
    let mut v = json!({"url": m.url});
    if !m.caption.is_empty() {
        v["caption"] = json!(escape(&m.caption));
    }
    if !m.credit.is_empty() {
        v["credit"] = json!(escape(&m.credit));
    }
    v
}

/// The TimelineJS document of `ds`, with the eras `eras` chooses.
pub fn document(ds: &Dataset, eras: &ErasOf) -> Value {
    let events: Vec<Value> = ds
        .events
        .iter()
        .map(|e| {
            let mut slide = Map::new();
            slide.insert("unique_id".into(), json!(e.id));
            slide.insert("start_date".into(), date(&e.when.start));
            if let Some(end) = &e.when.end {
                slide.insert("end_date".into(), date(end));
            }
            if e.when.approximate {
                slide.insert("display_date".into(), json!(e.when.to_string()));
            }
            slide.insert(
                "text".into(),
                json!({"headline": escape(&e.title.marked()), "text": event_html(e, ds)}),
            );
            if let Some(m) = &e.media {
                slide.insert("media".into(), media(m));
            }
            let group = e
                .group
                .as_deref()
                .unwrap_or_else(|| ds.kind_of(e).label.as_str());
            slide.insert("group".into(), json!(group));
            Value::Object(slide)
        })
        .collect();
    let last_day = ds
        .events
        .iter()
        .map(|e| e.when.span_days().1)
        .fold(f64::NEG_INFINITY, f64::max);
    let written = eras_party(ds, eras);
    let eras: Vec<Value> = ds
        .eras
        .iter()
        .filter(|era| Some(&era.party) == written.as_ref())
        .map(|era| {
            let end = era.span.end.unwrap_or_else(|| {
                crate::model::date::date_of_epoch_day(last_day as i64 - 1).map_or(
                    era.span.start,
                    |d| {
                        use chrono::Datelike as _;
                        Date::day(d.year(), d.month() as u8, d.day() as u8)
                    },
                )
            });
            let what = if era.party.is_empty() {
                era.kind.clone()
            } else {
                format!("{} of {}", era.kind, era.party)
            };
            json!({
                "start_date": date(&era.span.start),
                "end_date": date(&end),
                "text": {"headline": escape(&era.name.marked()), "text": escape(&what)},
            })
        })
        .collect();
    let mut root = Map::new();
    let title_text = format!(
        "{}{}",
        escape(&ds.description.marked()),
        other_eras(ds, written.as_deref())
    );
    let mut title = json!({"text": {"headline": escape(&ds.title.marked()), "text": title_text}});
    if let Some(m) = &ds.media {
        title["media"] = media(m);
    }
    root.insert("title".into(), title);
    root.insert("events".into(), Value::Array(events));
    if !eras.is_empty() {
        root.insert("eras".into(), Value::Array(eras));
    }
    Value::Object(root)
}

/// Writes `ds` as TimelineJS JSON, atomically. Returns the number of events.
pub(crate) fn write(path: &Path, ds: &Dataset, eras: &ErasOf) -> Result<usize, WriteError> {
    let doc = document(ds, eras);
    write_atomic_with(path, |w| {
        serde_json::to_writer_pretty(&mut *w, &doc).map_err(std::io::Error::other)?;
        w.write_all(b"\n")
    })?;
    Ok(ds.events.len())
}

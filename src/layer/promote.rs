//! A layer event promoted into the curated record: a prefilled event (date
//! to the day, title from the actors and the action, place, kind chosen by
//! the user) and a source for its report (its host as publisher), written
//! into the dataset's text at the end of `events` and `sources`, each
//! block with a comment saying where it came from; the rest of the file
//! byte for byte as it was, the result checked before it is written.

use super::{Layer, LayerEvent, cameo};
use crate::import::ron_out;
use crate::model::{Dataset, Event, KindId, Source, Sym, Text};
use crate::stats::insert::{self, List, Record};

/// What the user chooses for the new event.
#[derive(Clone, Debug, PartialEq)]
pub struct Promotion {
    pub kind: String,
    pub title: String,
    pub date: String,
    pub place: String,
}

/// The form's first values for `e`.
pub fn draft(e: &LayerEvent, kind: &str) -> Promotion {
    Promotion {
        kind: kind.to_string(),
        title: e.title(),
        date: e.date.to_string(),
        place: e.place.to_string(),
    }
}

/// "news.example.org" of "https://news.example.org/x".
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then_some(host)
}

/// An id not yet used in `taken`, from `base`.
fn free_id(base: &str, taken: &dyn Fn(&str) -> bool) -> String {
    let base: String = base
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let base = base.trim_matches('-').to_string();
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// `text` (the dataset `ds` as written) with the event and its source.
pub fn promote(
    text: &str,
    ds: &Dataset,
    layer: &Layer,
    e: &LayerEvent,
    p: &Promotion,
) -> Result<String, String> {
    if ds.kind_table.position(&p.kind).is_none() {
        let kinds: Vec<&str> = ds.kind_table.kinds.iter().map(|k| &*k.id).collect();
        return Err(format!(
            "the dataset has no kind \"{}\"; its kinds are {}",
            p.kind,
            kinds.join(", ")
        ));
    }
    let label = layer.format.label();
    let source_id = free_id(
        &format!("{}-{}", host(&e.url).unwrap_or(&e.publisher), e.date),
        &|id| ds.sources.iter().any(|s| s.id == id),
    );
    let source = Source {
        id: source_id.clone(),
        publisher: host(&e.url)
            .map(str::to_string)
            .unwrap_or_else(|| e.publisher.to_string()),
        title: None,
        url: (!e.url.is_empty()).then(|| e.url.clone()),
        date: None,
        note: Some(format!(
            "The report {label} coded as event {}; not yet read for this record.",
            e.id
        )),
    };
    let id = free_id(
        &format!("{}-{}", label.split(' ').next().unwrap_or("layer"), e.id),
        &|id| ds.events.iter().any(|x| &*x.id == id),
    );
    let action = cameo::describe(&e.code).unwrap_or("");
    let event = Event {
        id: Text::from(id.as_str()),
        date: Text::from(p.date.as_str()),
        end: None,
        approximate: false,
        kind: KindId::from(p.kind.as_str()),
        title: p.title.as_str().into(),
        place: (!p.place.trim().is_empty()).then(|| Sym::from(p.place.trim())),
        participants: Default::default(),
        summary: crate::model::LText::from(format!("Coded by {label} from a news report as CAMEO {} ({action}); check it against the report.", e.code).as_str()),
        quotes: Default::default(),
        tags: Default::default(),
        group: None,
        sources: std::iter::once(Sym::from(source_id.as_str())).collect(),
        related: Default::default(),
        note: None,
        media: None,
        when: Default::default(),
        kind_no: 0,
    };
    let records = [
        Record {
            list: List::Sources,
            id: source.id.clone(),
            text: format!("        {},\n", ron_out::value(&source, 8)),
        },
        Record {
            list: List::Events,
            id,
            text: format!("        {},\n", ron_out::value(&event, 8)),
        },
    ];
    let comment = format!(
        "From {label} event {} ({}, line {}), added by Entente on {}",
        e.id,
        layer.file_name(),
        e.line,
        crate::export::today()
    );
    let out = insert::insert(text, &records, &comment, false)?;
    crate::load::load_str(&out).map_err(|err| {
        let first = err
            .diagnostics
            .iter()
            .find(|d| d.is_error())
            .map_or(String::new(), |d| {
                format!("{}:{}: {}", d.line, d.col, d.message)
            });
        format!("the dataset would not pass check with the event: {first}")
    })?;
    Ok(out)
}

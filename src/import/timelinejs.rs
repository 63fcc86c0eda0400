//! TimelineJS JSON (<https://timeline.knightlab.com/docs/json-format.html>):
//! read with serde_json into [`Slide`]s, each part with its path so that a
//! problem is reported at its line:col.

use super::slides::{At, DateParts, Issue, Part, Read, Slide};
use crate::load::locate::{Path, Seg};
use crate::load::{LineIndex, LoadError, Severity};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize, Default)]
#[serde(default)]
struct File {
    title: Option<JSlide>,
    events: Option<Vec<JSlide>>,
    eras: Vec<JSlide>,
    scale: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JSlide {
    start_date: Option<JDate>,
    end_date: Option<JDate>,
    text: Option<JText>,
    media: Option<JMedia>,
    group: Option<Value>,
    display_date: Option<Value>,
    unique_id: Option<Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JDate {
    year: Option<Value>,
    month: Option<Value>,
    day: Option<Value>,
    hour: Option<Value>,
    minute: Option<Value>,
    second: Option<Value>,
    millisecond: Option<Value>,
    display_date: Option<Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JText {
    headline: Option<Value>,
    text: Option<Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct JMedia {
    url: Option<Value>,
    caption: Option<Value>,
    credit: Option<Value>,
}

/// Parses a TimelineJS JSON file. Syntax and type errors end the read
/// (serde_json stops at the first); everything else is collected.
pub(crate) fn read(text: &str, idx: &LineIndex<'_>) -> Result<Read, LoadError> {
    // serde would read a list as a struct's fields in order: a TimelineJS
    // file is an object, so anything else is refused where it starts.
    let first = text.len() - text.trim_start().len();
    if !text[first..].starts_with('{') {
        let found: String = text[first..].chars().take(12).collect();
        return Err(LoadError {
            diagnostics: vec![idx.diagnostic(
                Severity::Error,
                first,
                1,
                format!(
                    "expected a TimelineJS file: a JSON object such as {{\"events\": [ … ]}}, found `{}`",
                    found.trim_end()
                ),
            )],
        });
    }
    let file: File = serde_json::from_str(text).map_err(|e| LoadError {
        diagnostics: vec![json_diagnostic(idx, &e)],
    })?;
    let mut read = Read::default();
    let root: Path = Vec::new();
    let Some(events) = file.events else {
        return Err(LoadError {
            diagnostics: vec![idx.at(
                Severity::Error,
                1,
                1,
                1,
                "expected a TimelineJS file: an object with an \"events\" list (and optionally \"title\" and \"eras\")",
            )],
        });
    };
    if file.scale.as_deref() == Some("cosmological") {
        read.issues.push(Issue::warning(
            At::Path(vec![Seg::Field("scale")]),
            "the file uses the cosmological scale; Entente shows years 1 to 9999 only",
        ));
    }
    if let Some(t) = &file.title {
        read.title = Some(slide(t, field(&root, "title"), &mut read.issues));
    }
    let list = field(&root, "events");
    for (n, e) in events.iter().enumerate() {
        read.events
            .push(slide(e, index(&list, n), &mut read.issues));
    }
    let list = field(&root, "eras");
    for (n, e) in file.eras.iter().enumerate() {
        read.eras.push(slide(e, index(&list, n), &mut read.issues));
    }
    Ok(read)
}

fn field(p: &Path, name: &'static str) -> Path {
    let mut p = p.clone();
    p.push(Seg::Field(name));
    p
}

fn index(p: &Path, n: usize) -> Path {
    let mut p = p.clone();
    p.push(Seg::Index(n));
    p
}

/// A scalar as text: strings as they are, numbers as written; `null` is
/// empty. Lists and objects are an error.
fn scalar(v: Option<&Value>, at: &Path, issues: &mut Vec<Issue>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(other) => {
            let what = if other.is_array() {
                "a list"
            } else {
                "an object"
            };
            issues.push(Issue::error(
                At::Path(at.clone()),
                format!("expected text or a number, found {what}"),
            ));
            String::new()
        }
    }
}

fn part(v: Option<&Value>, at: Path, issues: &mut Vec<Issue>) -> Option<Part> {
    v.map(|v| Part {
        text: scalar(Some(v), &at, issues),
        at: At::Path(at),
    })
}

fn date(d: Option<&JDate>, at: Path, issues: &mut Vec<Issue>) -> DateParts {
    let Some(d) = d else {
        return DateParts::default();
    };
    let time = [
        (&d.hour, "hour"),
        (&d.minute, "minute"),
        (&d.second, "second"),
        (&d.millisecond, "millisecond"),
    ]
    .into_iter()
    .map(|(v, name)| {
        part(v.as_ref(), field(&at, name), issues).unwrap_or(Part {
            text: String::new(),
            at: At::Path(field(&at, name)),
        })
    })
    .collect();
    DateParts {
        year: part(d.year.as_ref(), field(&at, "year"), issues),
        month: part(d.month.as_ref(), field(&at, "month"), issues),
        day: part(d.day.as_ref(), field(&at, "day"), issues),
        time,
        display: Some(scalar(
            d.display_date.as_ref(),
            &field(&at, "display_date"),
            issues,
        ))
        .filter(|s| !s.trim().is_empty()),
        at: Some(At::Path(at)),
    }
}

fn slide(s: &JSlide, at: Path, issues: &mut Vec<Issue>) -> Slide {
    let text = s.text.as_ref();
    let media = s.media.as_ref();
    let text_at = field(&at, "text");
    let media_at = field(&at, "media");
    Slide {
        start: date(s.start_date.as_ref(), field(&at, "start_date"), issues),
        end: date(s.end_date.as_ref(), field(&at, "end_date"), issues),
        display_date: Some(scalar(
            s.display_date.as_ref(),
            &field(&at, "display_date"),
            issues,
        ))
        .filter(|s| !s.trim().is_empty()),
        headline: scalar(
            text.and_then(|t| t.headline.as_ref()),
            &field(&text_at, "headline"),
            issues,
        ),
        text: scalar(
            text.and_then(|t| t.text.as_ref()),
            &field(&text_at, "text"),
            issues,
        ),
        media_url: scalar(
            media.and_then(|m| m.url.as_ref()),
            &field(&media_at, "url"),
            issues,
        ),
        media_credit: scalar(
            media.and_then(|m| m.credit.as_ref()),
            &field(&media_at, "credit"),
            issues,
        ),
        media_caption: scalar(
            media.and_then(|m| m.caption.as_ref()),
            &field(&media_at, "caption"),
            issues,
        ),
        group: scalar(s.group.as_ref(), &field(&at, "group"), issues),
        unique_id: part(s.unique_id.as_ref(), field(&at, "unique_id"), issues),
        at: Some(At::Path(at)),
    }
}

/// A serde_json error at its line and column (serde_json counts bytes;
/// the column shown counts characters).
fn json_diagnostic(idx: &LineIndex<'_>, e: &serde_json::Error) -> crate::load::Diagnostic {
    let line = e.line().max(1);
    let line_text = idx.line_text(line);
    let mut byte = e.column().saturating_sub(1).min(line_text.len());
    while !line_text.is_char_boundary(byte) {
        byte -= 1;
    }
    let col = line_text[..byte].chars().count() + 1;
    let mut message = e.to_string();
    if let Some(cut) = message.rfind(" at line ") {
        message.truncate(cut);
    }
    let message = match e.classify() {
        serde_json::error::Category::Eof => {
            format!("the file ends in the middle of a value; something is not closed ({message})")
        }
        serde_json::error::Category::Data => {
            format!("{message} (in a TimelineJS file)")
        }
        _ => message,
    };
    idx.at(Severity::Error, line, col, 1, message)
}

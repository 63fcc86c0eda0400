//! Other people's timelines: TimelineJS JSON ([`timelinejs`]) and
//! TimelineJS's spreadsheet template saved as CSV ([`sheet`]) become a
//! [`Dataset`], with every problem at its line:col in the file read.
//! [`ron_out`] writes the result as a commented RON file; [`template`]
//! writes a new dataset to fill in.
//!
//! Both formats describe "slides"; each is read into a [`Slide`] (with
//! where each part was written), and [`build`] turns slides into events,
//! eras and sources the same way for both.

pub mod html;
pub mod ron_out;
pub mod sheet;
pub mod template;
pub mod timelinejs;

use crate::load::locate::{Path, Seg};
use crate::load::{Diagnostic, LineIndex, LoadError, Loaded, Severity, validate};
use crate::model::date::{MAX_YEAR, MIN_YEAR};
use crate::model::{Dataset, Date, Era, Event, EventKind, List, Source, Sym};
use std::collections::HashMap;

/// The formats Entente opens, told apart by the file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Entente's own RON.
    Ron,
    /// A TimelineJS JSON file.
    TimelineJson,
    /// TimelineJS's Google Sheets template, saved as CSV.
    TimelineCsv,
}

impl Format {
    /// `.json` and `.csv` files are TimelineJS; anything else is RON.
    pub fn of_path(path: &std::path::Path) -> Self {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        match ext.as_deref() {
            Some("json") => Self::TimelineJson,
            Some("csv") => Self::TimelineCsv,
            _ => Self::Ron,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Ron => "Entente RON",
            Self::TimelineJson => "TimelineJS JSON",
            Self::TimelineCsv => "TimelineJS spreadsheet (CSV)",
        }
    }

    /// The extensions Entente opens, for file dialogs.
    pub const EXTENSIONS: [&'static str; 3] = ["ron", "json", "csv"];
}

/// Where something was written in the file being imported.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum At {
    /// A path in a JSON file (`events[3].start_date.month`).
    Path(Path),
    /// A line and column (1-based), and how many characters to underline.
    Pos { line: usize, col: usize, len: usize },
}

/// A value as written, and where.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Part {
    pub text: String,
    pub at: At,
}

impl Part {
    fn present(&self) -> Option<&str> {
        let t = self.text.trim();
        (!t.is_empty()).then_some(t)
    }
}

/// A TimelineJS date: year, month, day and a time of day, each as written.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct DateParts {
    pub year: Option<Part>,
    pub month: Option<Part>,
    pub day: Option<Part>,
    /// Hour, minute, second, millisecond (JSON) or the Time column (CSV).
    pub time: Vec<Part>,
    pub display: Option<String>,
    /// Where the date as a whole is (the object or the row).
    pub at: Option<At>,
}

impl DateParts {
    fn is_empty(&self) -> bool {
        [&self.year, &self.month, &self.day]
            .iter()
            .all(|p| p.as_ref().and_then(Part::present).is_none())
            && self.time.iter().all(|p| p.present().is_none())
    }
}

/// One slide of a TimelineJS file: an event, an era or the title.
#[derive(Clone, Debug, Default)]
pub(crate) struct Slide {
    /// Where the slide is, and how to name that place in a comment.
    pub at: Option<At>,
    pub start: DateParts,
    pub end: DateParts,
    pub display_date: Option<String>,
    pub headline: String,
    /// HTML.
    pub text: String,
    pub media_url: String,
    pub media_credit: String,
    pub media_caption: String,
    pub group: String,
    pub unique_id: Option<Part>,
}

/// What a reader made of a file, before [`build`].
#[derive(Default)]
pub(crate) struct Read {
    pub title: Option<Slide>,
    pub events: Vec<Slide>,
    pub eras: Vec<Slide>,
    pub issues: Vec<Issue>,
}

/// A problem found while reading or building.
#[derive(Clone, Debug)]
pub(crate) struct Issue {
    pub severity: Severity,
    pub at: At,
    pub message: String,
}

impl Issue {
    pub(crate) fn error(at: At, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            at,
            message: message.into(),
        }
    }

    pub(crate) fn warning(at: At, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(at, message)
        }
    }
}

/// An imported dataset, where each record came from, and what was said
/// about it.
#[derive(Debug)]
pub struct Imported {
    pub loaded: Loaded,
    pub format: Format,
    /// "events[3], line 12" per event, in dataset order.
    pub event_origins: Vec<String>,
    pub era_origins: Vec<String>,
    pub source_origins: Vec<String>,
}

/// Options of an import.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The file's name (for the dataset's title when the file has none, and
    /// the source every event cites).
    pub name: String,
    /// The two parties, when the user names them.
    pub parties: Option<(String, String)>,
}

/// Reads TimelineJS text (`format` is JSON or CSV) into a dataset.
pub fn import_str(text: &str, format: Format, options: &Options) -> Result<Imported, LoadError> {
    // Repeated groups and source ids are stored once, as in RON files.
    crate::model::interning(|| import_text(text, format, options))
}

fn import_text(text: &str, format: Format, options: &Options) -> Result<Imported, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let idx = LineIndex::new(text);
    if text.trim().is_empty() {
        return Err(LoadError {
            diagnostics: vec![idx.at(
                Severity::Error,
                1,
                1,
                1,
                format!("the file is empty; expected a {}", format.label()),
            )],
        });
    }
    let read = match format {
        Format::TimelineJson => timelinejs::read(text, &idx)?,
        Format::TimelineCsv => sheet::read(text, &idx)?,
        Format::Ron => {
            return Err(LoadError {
                diagnostics: vec![idx.at(
                    Severity::Error,
                    1,
                    1,
                    1,
                    "a RON file is Entente's own format: it is loaded, not imported",
                )],
            });
        }
    };
    let built = build(read, options);
    let mut issues = built.issues;
    let mut dataset = built.dataset;
    // The same checks as a RON file; the paths they name are of the
    // dataset, so they are reported at the record they came from.
    for p in validate::validate(&mut dataset) {
        let at = match (p.path.first(), p.path.get(1)) {
            (Some(Seg::Field("events")), Some(Seg::Index(i))) => built.event_at.get(*i).cloned(),
            (Some(Seg::Field("eras")), Some(Seg::Index(i))) => built.era_at.get(*i).cloned(),
            _ => None,
        };
        issues.push(Issue {
            severity: p.severity,
            at: at.unwrap_or(At::Pos {
                line: 1,
                col: 1,
                len: 1,
            }),
            message: p.message,
        });
    }
    let (diagnostics, lines) = resolve(
        text,
        &idx,
        &issues,
        [&built.event_at, &built.era_at, &built.source_at],
    );
    let origin = |at: &[At], n: usize, what: &str| -> Vec<String> {
        at.iter()
            .zip(&lines[n])
            .map(|(a, line)| match a {
                At::Path(p) => format!("{}, line {line}", crate::load::locate::DisplayPath(p)),
                At::Pos { .. } => format!("{what} on line {line}"),
            })
            .collect()
    };
    let event_origins = origin(&built.event_at, 0, "row");
    let era_origins = origin(&built.era_at, 1, "row");
    let mut source_origins = origin(&built.source_at, 2, "link in the row");
    if let Some(first) = source_origins.first_mut() {
        *first = "the imported file itself".to_string();
    }
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(LoadError { diagnostics });
    }
    Ok(Imported {
        loaded: Loaded {
            dataset,
            warnings: diagnostics,
        },
        format,
        event_origins,
        era_origins,
        source_origins,
    })
}

/// Issues as diagnostics, sorted by place, and the lines of the records
/// in `records` (events, eras, sources).
fn resolve(
    text: &str,
    idx: &LineIndex<'_>,
    issues: &[Issue],
    records: [&Vec<At>; 3],
) -> (Vec<Diagnostic>, [Vec<usize>; 3]) {
    let mut wanted: Vec<Path> = Vec::new();
    let all_ats = issues
        .iter()
        .map(|i| &i.at)
        .chain(records.iter().flat_map(|r| r.iter()));
    for at in all_ats {
        if let At::Path(p) = at {
            for n in 1..=p.len() {
                wanted.push(p[..n].to_vec());
            }
        }
    }
    let found = crate::load::locate::locate(text, &wanted);
    let place = |at: &At| -> (usize, usize, usize) {
        match at {
            At::Pos { line, col, len } => (*line, *col, *len),
            At::Path(path) => {
                let f = (1..=path.len())
                    .rev()
                    .find_map(|n| found.get(&path[..n]).copied());
                match f {
                    Some(f) => {
                        let (l, c) = idx.position(f.offset);
                        (l, c, f.len)
                    }
                    None => (1, 1, 1),
                }
            }
        }
    };
    let mut diagnostics: Vec<Diagnostic> = validate_cap(issues)
        .iter()
        .map(|i| {
            let (line, col, len) = place(&i.at);
            idx.at(i.severity, line, col, len, i.message.clone())
        })
        .collect();
    diagnostics.sort_by_key(|d| (d.line, d.col));
    let lines = records.map(|r| r.iter().map(|a| place(a).0).collect());
    (diagnostics, lines)
}

/// At most [`validate::cap`]'s number of problems of one kind.
fn validate_cap(issues: &[Issue]) -> Vec<Issue> {
    let as_problems: Vec<validate::Problem> = issues
        .iter()
        .enumerate()
        .map(|(n, i)| validate::Problem {
            severity: i.severity,
            path: vec![Seg::Index(n)],
            message: i.message.clone(),
            see_also: None,
        })
        .collect();
    validate::cap(as_problems)
        .into_iter()
        .map(|p| match p.path.first() {
            Some(Seg::Index(n)) if *n < issues.len() && p.message == issues[*n].message => {
                issues[*n].clone()
            }
            // The "… and N more" line: placed after the last one shown.
            _ => Issue {
                severity: p.severity,
                at: issues.last().map_or(
                    At::Pos {
                        line: 1,
                        col: 1,
                        len: 1,
                    },
                    |i| i.at.clone(),
                ),
                message: p.message,
            },
        })
        .collect()
}

/// What [`build`] makes of slides.
struct Built {
    dataset: Dataset,
    issues: Vec<Issue>,
    event_at: Vec<At>,
    era_at: Vec<At>,
    source_at: Vec<At>,
}

/// The id of the source that stands for the imported file itself.
pub const FILE_SOURCE: &str = "timeline";

fn slide_at(s: &Slide) -> At {
    s.at.clone().unwrap_or(At::Pos {
        line: 1,
        col: 1,
        len: 1,
    })
}

/// Turns slides into a dataset: events (kind `other`, their group kept),
/// eras of the whole relationship, sources from links and media.
fn build(read: Read, options: &Options) -> Built {
    let mut issues = read.issues;
    let (title, description) = match &read.title {
        Some(t) => (
            html::to_plain(&t.headline).text,
            html::to_plain(&t.text).text,
        ),
        None => (String::new(), String::new()),
    };
    let title = if title.is_empty() {
        options.name.clone()
    } else {
        title
    };
    let mut sources = vec![Source {
        id: FILE_SOURCE.to_string(),
        publisher: if title.is_empty() {
            "TimelineJS file".to_string()
        } else {
            title.clone()
        },
        title: None,
        url: None,
        date: None,
        note: Some(format!(
            "The TimelineJS file {} this dataset was imported from: every event and era cites it for what the file itself says.",
            options.name
        )),
    }];
    let mut source_at = vec![At::Pos {
        line: 1,
        col: 1,
        len: 1,
    }];
    let mut by_url: HashMap<String, String> = HashMap::new();
    let mut cite = |url: &str, publisher: &str, title: &str, at: &At, sources: &mut Vec<Source>| {
        let url = url.trim();
        if let Some(id) = by_url.get(url) {
            return id.clone();
        }
        let id = format!("L{}", sources.len());
        let publisher = if publisher.trim().is_empty() {
            host(url).unwrap_or("Link").to_string()
        } else {
            publisher.trim().to_string()
        };
        let web = crate::model::source::is_openable_url(url);
        sources.push(Source {
            id: id.clone(),
            // A link whose text is its host says nothing more as a title.
            title: (!title.trim().is_empty() && title.trim() != publisher)
                .then(|| title.trim().to_string()),
            publisher,
            url: web.then(|| url.to_string()),
            date: None,
            note: (!web).then(|| format!("Media given in the file: {url}")),
        });
        source_at.push(at.clone());
        by_url.insert(url.to_string(), id.clone());
        id
    };

    let mut events = Vec::new();
    let mut event_at = Vec::new();
    let mut used_ids: HashMap<String, At> = HashMap::new();
    let mut times_dropped = 0usize;
    for (n, slide) in read.events.iter().enumerate() {
        let at = slide_at(slide);
        let start = match convert_date(&slide.start, "start date", &at, &mut issues) {
            Some(d) => d,
            None => continue,
        };
        let end = if slide.end.is_empty() {
            None
        } else {
            match convert_date(&slide.end, "end date", &at, &mut issues) {
                Some(d) => Some(d),
                None => continue,
            }
        };
        let headline = html::to_plain(&slide.headline);
        let body = html::to_plain(&slide.text);
        let mut ids = vec![FILE_SOURCE.to_string()];
        for link in headline.links.iter().chain(&body.links) {
            if link.url.is_empty() || link.url.starts_with('#') {
                continue;
            }
            let id = cite(&link.url, "", &link.text, &at, &mut sources);
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        if !slide.media_url.trim().is_empty() {
            let credit = html::to_plain(&slide.media_credit).text;
            let caption = html::to_plain(&slide.media_caption).text;
            let id = cite(&slide.media_url, &credit, &caption, &at, &mut sources);
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        let mut notes = Vec::new();
        let display = slide
            .display_date
            .as_deref()
            .or(slide.start.display.as_deref())
            .map(|d| html::to_plain(d).text)
            .filter(|d| !d.is_empty());
        if let Some(d) = display {
            notes.push(format!("The file displays the date as \"{d}\"."));
        }
        for (t, which) in [
            (&start.1, "starts"),
            (&end.as_ref().and_then(|e| e.1.clone()), "ends"),
        ] {
            if let Some(t) = t {
                times_dropped += 1;
                notes.push(format!(
                    "The file gives a time of day ({t}) where the event {which}; Entente keeps dates to the day."
                ));
            }
        }
        let mut title = headline.text.replace('\n', " ");
        if title.is_empty() {
            title = body
                .text
                .lines()
                .next()
                .map(|l| l.chars().take(80).collect())
                .unwrap_or_default();
            issues.push(Issue::warning(
                at.clone(),
                if title.is_empty() {
                    "the event has no headline and no text; it is shown untitled"
                } else {
                    "the event has no headline; its title is the first words of its text"
                },
            ));
            if title.is_empty() {
                title = "Untitled".to_string();
            }
        }
        let id = match slide
            .unique_id
            .as_ref()
            .and_then(|u| u.present().map(|t| (t, &u.at)))
        {
            Some((uid, _)) if !used_ids.contains_key(uid) => uid.to_string(),
            Some((uid, uat)) => {
                issues.push(Issue::warning(
                    uat.clone(),
                    format!(
                        "unique_id \"{uid}\" is used twice; this event gets the id \"event-{}\"",
                        n + 1
                    ),
                ));
                format!("event-{}", n + 1)
            }
            None => format!("event-{}", n + 1),
        };
        let id = if used_ids.contains_key(&id) {
            format!("event-{}-{}", n + 1, used_ids.len())
        } else {
            id
        };
        used_ids.insert(id.clone(), at.clone());
        let group = html::to_plain(&slide.group).text;
        events.push(Event {
            id: id.into(),
            date: start.0.into(),
            end: end.map(|e| e.0.into()),
            approximate: false,
            kind: EventKind::Other,
            title: title.into(),
            place: None,
            participants: List::new(),
            summary: body.text.into(),
            quotes: List::new(),
            tags: List::new(),
            group: (!group.is_empty()).then(|| group.into()),
            sources: ids.into_iter().map(Sym::from).collect(),
            related: List::new(),
            note: (!notes.is_empty()).then(|| notes.join(" ").into()),
            when: Default::default(),
        });
        event_at.push(at);
    }
    if times_dropped > 0 {
        let first = read
            .events
            .iter()
            .find_map(|s| {
                s.start
                    .time
                    .iter()
                    .chain(&s.end.time)
                    .find(|p| p.present().is_some())
            })
            .map(|p| p.at.clone());
        if let Some(at) = first {
            issues.push(Issue::warning(
                at,
                format!(
                    "{} given with a time of day; Entente keeps dates to the day, so the times are dropped and each is kept in its event's note",
                    crate::format::plural(times_dropped, "date")
                ),
            ));
        }
    }

    let mut eras = Vec::new();
    let mut era_at = Vec::new();
    for (n, slide) in read.eras.iter().enumerate() {
        let at = slide_at(slide);
        let Some(start) = convert_date(&slide.start, "era start date", &at, &mut issues) else {
            continue;
        };
        let end = if slide.end.is_empty() {
            None
        } else {
            match convert_date(&slide.end, "era end date", &at, &mut issues) {
                Some(d) => Some(d.0),
                None => continue,
            }
        };
        let headline = html::to_plain(&slide.headline).text;
        let body = html::to_plain(&slide.text).text;
        eras.push(Era {
            id: format!("era-{}", n + 1),
            party: String::new(),
            name: if headline.is_empty() {
                format!("Era {}", n + 1)
            } else {
                headline
            },
            kind: "era".to_string(),
            start: start.0,
            end,
            note: (!body.is_empty()).then_some(body),
            sources: vec![FILE_SOURCE.to_string()],
            span: Default::default(),
        });
        era_at.push(at);
    }

    Built {
        dataset: Dataset {
            title,
            parties: options.parties.clone().unwrap_or_default(),
            description,
            sources,
            events,
            trade: Vec::new(),
            indicators: Vec::new(),
            eras,
        },
        issues,
        event_at,
        era_at,
        source_at,
    }
}

/// The host of a web address: `www.example.org` of `https://www.example.org/a`.
fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?;
    (!host.is_empty()).then_some(host)
}

/// A TimelineJS date as Entente writes it (`2008`, `2008-06`, `2008-06-11`),
/// with the time of day given, if any; `None` (and an error) when it is not
/// a date Entente can show.
fn convert_date(
    parts: &DateParts,
    what: &str,
    slide: &At,
    issues: &mut Vec<Issue>,
) -> Option<(String, Option<String>)> {
    let whole = parts.at.clone().unwrap_or_else(|| slide.clone());
    let Some(year) = parts.year.as_ref().filter(|p| p.present().is_some()) else {
        issues.push(Issue::error(
            whole,
            format!("the {what} has no year; TimelineJS and Entente both need one"),
        ));
        return None;
    };
    let number = |p: &Part, name: &str, issues: &mut Vec<Issue>| -> Option<i64> {
        let t = p.present()?;
        match whole_number(t) {
            Some(n) => Some(n),
            None => {
                issues.push(Issue::error(
                    p.at.clone(),
                    format!("the {what}'s {name} \"{t}\" is not a whole number"),
                ));
                None
            }
        }
    };
    let y = number(year, "year", issues)?;
    if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&y) {
        issues.push(Issue::error(
            year.at.clone(),
            format!(
                "the {what}'s year {y} is outside the years Entente shows, {MIN_YEAR} to {MAX_YEAR} (TimelineJS allows years before the common era and cosmological years; Entente does not)"
            ),
        ));
        return None;
    }
    let month = match &parts.month {
        Some(p) if p.present().is_some() => Some((number(p, "month", issues)?, p)),
        _ => None,
    };
    let day = match &parts.day {
        Some(p) if p.present().is_some() => Some((number(p, "day", issues)?, p)),
        _ => None,
    };
    let iso = match (month, day) {
        (None, None) => format!("{y:04}"),
        (None, Some((_, dp))) => {
            issues.push(Issue::error(
                dp.at.clone(),
                format!("the {what} has a day but no month"),
            ));
            return None;
        }
        (Some((m, mp)), day) => {
            if !(1..=12).contains(&m) {
                issues.push(Issue::error(
                    mp.at.clone(),
                    format!("the {what}'s month {m} is not a month (1 to 12)"),
                ));
                return None;
            }
            match day {
                None => format!("{y:04}-{m:02}"),
                Some((d, dp)) => {
                    let iso = format!("{y:04}-{m:02}-{:02}", d.clamp(0, 99));
                    if let Err(e) = Date::parse(&iso).map_err(|e| e.0).and_then(|_| {
                        if (1..=31).contains(&d) {
                            Ok(())
                        } else {
                            Err(format!("day {d} is not a day of a month"))
                        }
                    }) {
                        issues.push(Issue::error(
                            dp.at.clone(),
                            format!("the {what} is not a day of the calendar: {e}"),
                        ));
                        return None;
                    }
                    iso
                }
            }
        }
    };
    let time = time_of(&parts.time);
    Some((iso, time))
}

/// "14:30", "14:30:05" or the CSV's Time as written; `None` when no time
/// of day is given.
fn time_of(parts: &[Part]) -> Option<String> {
    let given: Vec<&str> = parts.iter().map(|p| p.present().unwrap_or("")).collect();
    if given.iter().all(|t| t.is_empty()) {
        return None;
    }
    if parts.len() == 1 {
        return Some(given[0].to_string());
    }
    // Hour, minute, second, millisecond.
    let pad = |t: &str| match t.parse::<u32>() {
        Ok(n) => format!("{n:02}"),
        Err(_) => t.to_string(),
    };
    let mut s = pad(if given[0].is_empty() { "0" } else { given[0] });
    s.push(':');
    s.push_str(&pad(given.get(1).filter(|t| !t.is_empty()).unwrap_or(&"0")));
    if let Some(sec) = given.get(2).filter(|t| !t.is_empty()) {
        s.push(':');
        s.push_str(&pad(sec));
        if let Some(ms) = given.get(3).filter(|t| !t.is_empty()) {
            s.push('.');
            s.push_str(ms);
        }
    }
    Some(s)
}

/// A whole number written as `2008`, `-500`, `2008.0` or `+12`.
fn whole_number(t: &str) -> Option<i64> {
    if let Ok(n) = t.parse::<i64>() {
        return Some(n);
    }
    let f: f64 = t.parse().ok()?;
    (f.is_finite() && f.fract() == 0.0 && f.abs() < 9e15).then_some(f as i64)
}

/// Reads `bytes` in `format`: RON as it is, TimelineJS converted in memory.
pub fn load_bytes(bytes: &[u8], format: Format, name: &str) -> Result<Loaded, LoadError> {
    load_bytes_with_progress(bytes, format, name, &|_| {})
}

/// Like [`load_bytes`]; `progress` hears how many bytes have been parsed.
pub fn load_bytes_with_progress(
    bytes: &[u8],
    format: Format,
    name: &str,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Loaded, LoadError> {
    match format {
        Format::Ron => crate::load::load_str_with_progress(crate::load::utf8(bytes)?, progress),
        _ => {
            let text = crate::load::utf8(bytes)?;
            let options = Options {
                name: name.to_string(),
                parties: None,
            };
            import_str(text, format, &options).map(|i| i.loaded)
        }
    }
}

/// Reads and validates a file of any format Entente opens.
pub fn load_file(path: &std::path::Path) -> Result<Loaded, LoadError> {
    if Format::of_path(path) == Format::Ron {
        return crate::load::load_path_with_progress(path, &|_| {});
    }
    crate::load::check_readable(path)?;
    let bytes = std::fs::read(path).map_err(|e| LoadError::unreadable(&e))?;
    load_bytes(&bytes, Format::of_path(path), &file_name(path))
}

/// The file's name, as the imported dataset names it.
pub fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_follow_the_extension() {
        assert_eq!(Format::of_path("a/b.JSON".as_ref()), Format::TimelineJson);
        assert_eq!(Format::of_path("b.csv".as_ref()), Format::TimelineCsv);
        assert_eq!(Format::of_path("b.ron".as_ref()), Format::Ron);
        assert_eq!(Format::of_path("b".as_ref()), Format::Ron);
    }

    #[test]
    fn hosts_and_numbers() {
        assert_eq!(host("https://www.example.org/a?b"), Some("www.example.org"));
        assert_eq!(host("mailto:x"), None);
        assert_eq!(whole_number("2008.0"), Some(2008));
        assert_eq!(whole_number("-500"), Some(-500));
        assert_eq!(whole_number("20O8"), None);
    }
}

//! Other people's files: TimelineJS JSON ([`timelinejs`]) and TimelineJS's
//! spreadsheet template saved as CSV ([`sheet`]) become a [`Dataset`], with
//! every problem at its line:col in the file read. Which reader a file goes
//! to is decided by `crate::open`, never here.
//!
//! Both formats describe "slides"; each is read into a [`slides::Slide`]
//! (with where each part was written), and `convert` turns slides into
//! events, eras and sources the same way for both, with `dates` for their
//! dates. [`ron_out`] writes the result as a commented RON file;
//! [`template`] writes a new dataset to fill in.
//!
//! [`Dataset`]: crate::model::Dataset

mod convert;
mod dates;
pub(crate) mod html;
pub mod ron_out;
mod sheet;
mod slides;
pub mod template;
mod timelinejs;

pub use convert::FILE_SOURCE;

use crate::load::locate::{Path, Seg};
use crate::load::{Diagnostic, LineIndex, LoadError, Loaded, Severity, validate};
use slides::{At, Issue};

/// Where each record of an imported dataset came from in the file read:
/// "events[3], line 12" or "row on line 9", in dataset order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecordOrigins {
    pub events: Vec<String>,
    pub eras: Vec<String>,
    pub sources: Vec<String>,
}

/// An imported dataset, where each record came from, and what was said
/// about it.
#[derive(Debug)]
pub(crate) struct Imported {
    pub(crate) loaded: Loaded,
    pub(crate) origins: RecordOrigins,
}

/// The readers of other people's files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reader {
    TimelineJson,
    TimelineCsv,
}

impl Reader {
    fn label(self) -> &'static str {
        match self {
            Self::TimelineJson => "TimelineJS JSON",
            Self::TimelineCsv => "TimelineJS spreadsheet (CSV)",
        }
    }
}

/// Options of an import.
#[derive(Clone, Debug, Default)]
pub(crate) struct Options {
    /// The file's name (for the dataset's title when the file has none, and
    /// the source every event cites).
    pub(crate) name: String,
    /// The two parties, when the user names them.
    pub(crate) parties: Option<(String, String)>,
}

/// Reads TimelineJS JSON text into a dataset.
pub(crate) fn timeline_json(text: &str, options: &Options) -> Result<Imported, LoadError> {
    // Repeated groups and source ids are stored once, as in RON files.
    crate::model::interning(|| import_text(text, Reader::TimelineJson, options))
}

/// Reads TimelineJS's spreadsheet template, saved as CSV, into a dataset.
pub(crate) fn timeline_csv(text: &str, options: &Options) -> Result<Imported, LoadError> {
    crate::model::interning(|| import_text(text, Reader::TimelineCsv, options))
}

fn import_text(text: &str, reader: Reader, options: &Options) -> Result<Imported, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let idx = LineIndex::new(text);
    if text.trim().is_empty() {
        return Err(LoadError {
            diagnostics: vec![idx.at(
                Severity::Error,
                1,
                1,
                1,
                format!("the file is empty; expected a {}", reader.label()),
            )],
        });
    }
    let read = match reader {
        Reader::TimelineJson => timelinejs::read(text, &idx)?,
        Reader::TimelineCsv => sheet::read(text, &idx)?,
    };
    let built = convert::build(read, options);
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
    let mut origins = RecordOrigins {
        events: origin(&built.event_at, 0, "row"),
        eras: origin(&built.era_at, 1, "row"),
        sources: origin(&built.source_at, 2, "link in the row"),
    };
    if let Some(first) = origins.sources.first_mut() {
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
        origins,
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
            // The "… and N more" line: placed at the first problem of its
            // kind that is not listed (its path names it), so it follows
            // the ones shown of that kind, not an unrelated one.
            Some(Seg::Index(n)) if *n < issues.len() => Issue {
                severity: p.severity,
                at: issues[*n].at.clone(),
                message: p.message,
            },
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

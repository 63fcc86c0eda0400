//! Layers: machine-coded event data (GDELT 2.0 and 1.0, ICEWS), the
//! Correlates of War diplomatic exchange, and Wikidata office terms, read
//! beside a dataset and never written into it. A layer keeps the events
//! between the dataset's two parties (or involving either, with
//! [`Scope::Either`]); the window draws them in lanes of their own under
//! the curated ones. Pure: no egui.

pub mod cameo;
mod cow;
mod gdelt;
mod icews;
pub mod promote;
mod wikidata;

use crate::country::Country;
use crate::load::{Diagnostic, LoadError, Severity};
use crate::model::Era;
use compact_str::CompactString;
use std::path::{Path, PathBuf};

/// What kind of layer file it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LayerFormat {
    Gdelt2,
    Gdelt1,
    Icews,
    Cow,
    Wikidata,
}

impl LayerFormat {
    pub fn label(self) -> &'static str {
        match self {
            Self::Gdelt2 => "GDELT 2.0",
            Self::Gdelt1 => "GDELT 1.0",
            Self::Icews => "ICEWS",
            Self::Cow => "Correlates of War diplomatic exchange",
            Self::Wikidata => "Wikidata office terms",
        }
    }
}

/// Which events of the file a layer keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Scope {
    /// Between the two parties (both actors).
    #[default]
    Both,
    /// Involving either party.
    Either,
}

/// One side of a coded event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Actor {
    /// The actor's code (CAMEO) or sectors (ICEWS).
    pub code: CompactString,
    pub name: CompactString,
    /// Its country's ISO alpha-3, when the file names one Entente knows.
    pub country: Option<&'static str>,
}

/// One coded event of a layer.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerEvent {
    /// The id the file gives it (GLOBALEVENTID, ICEWS Event ID).
    pub id: CompactString,
    /// `YYYY-MM-DD`.
    pub date: CompactString,
    pub actor1: Actor,
    pub actor2: Actor,
    /// The CAMEO event code, as text ("042").
    pub code: CompactString,
    /// QuadClass 1 to 4.
    pub quad: u8,
    /// GDELT's Goldstein scale, or ICEWS's intensity.
    pub goldstein: Option<f32>,
    pub tone: Option<f32>,
    pub mentions: u32,
    pub sources: u32,
    pub articles: u32,
    pub place: CompactString,
    /// The report's address (GDELT), or its publisher (ICEWS).
    pub url: String,
    pub publisher: CompactString,
    /// The line of the file it is on.
    pub line: u32,
}

impl LayerEvent {
    /// The CAMEO root code ("04").
    pub fn root(&self) -> &str {
        self.code.get(..2).unwrap_or(&self.code)
    }

    /// "KAZAKHSTAN · Make a visit · FRANCE".
    pub fn title(&self) -> String {
        let action = cameo::describe(&self.code).unwrap_or(&self.code);
        let name = |a: &Actor| {
            if a.name.is_empty() {
                a.country.unwrap_or("?").to_string()
            } else {
                a.name.to_string()
            }
        };
        format!("{} · {action} · {}", name(&self.actor1), name(&self.actor2))
    }
}

/// A layer file read for two parties.
#[derive(Clone, Debug)]
pub struct Layer {
    pub path: PathBuf,
    pub format: LayerFormat,
    pub scope: Scope,
    /// Rows (or records) the file holds.
    pub rows: usize,
    pub events: Vec<LayerEvent>,
    /// Diplomatic levels or office terms, drawn as eras.
    pub eras: Vec<Era>,
    /// Problems with rows, each at its line and column; the good rows kept.
    pub warnings: Vec<Diagnostic>,
    /// The parties' names.
    pub parties: (String, String),
}

impl Layer {
    /// "GDELT 2.0 · 1,234 of 61,000 rows between Kazakhstan and France".
    pub fn describe(&self) -> String {
        let kept = self.events.len().max(self.eras.len());
        let (a, b) = &self.parties;
        let how = match self.scope {
            Scope::Both => "layer-scope-both",
            Scope::Either => "layer-scope-either",
        };
        crate::tr!(
            how,
            layer = self.format.label(),
            kept = crate::format::thousands(kept),
            rows = crate::format::plural(self.rows, "row"),
            a = a.to_string(),
            b = b.to_string()
        )
    }

    /// The file's name.
    pub fn file_name(&self) -> String {
        self.path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().to_string())
    }
}

/// The two parties as countries, and which events a layer keeps.
#[derive(Clone, Copy, Debug)]
pub struct Keep {
    pub parties: [Country; 2],
    pub scope: Scope,
}

impl Keep {
    /// Whether `c` is one of the parties.
    pub fn is_party(&self, c: Option<Country>) -> bool {
        c.is_some_and(|c| self.parties.contains(&c))
    }

    /// Whether an event of these two actors' countries is kept.
    pub fn keeps(&self, a: Option<Country>, b: Option<Country>) -> bool {
        let [p, q] = self.parties;
        let is = |c: Option<Country>| c.is_some_and(|c| c == p || c == q);
        match self.scope {
            Scope::Both => {
                matches!((a, b), (Some(a), Some(b)) if (a == p && b == q) || (a == q && b == p))
            }
            Scope::Either => is(a) || is(b),
        }
    }
}

/// Whether the first bytes of a file look like a layer file.
pub fn recognise(head: &str) -> Option<LayerFormat> {
    let first = head.lines().next().unwrap_or("");
    let lower = first.to_ascii_lowercase();
    if lower.starts_with("globaleventid") {
        return Some(Format::gdelt_by_header(first));
    }
    if lower.starts_with("event id\tevent date") {
        return Some(LayerFormat::Icews);
    }
    if lower.replace(' ', "").starts_with("ccode1,ccode2,year") {
        return Some(LayerFormat::Cow);
    }
    let trimmed = head.trim_start();
    if (trimmed.starts_with('[') || trimmed.starts_with('{'))
        && (head.contains("\"start\"") || head.contains("\"bindings\""))
        && (head.contains("\"item\"") || head.contains("\"value\""))
    {
        return Some(LayerFormat::Wikidata);
    }
    let fields = first.split('\t').count();
    let numeric = first
        .split('\t')
        .next()
        .is_some_and(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    match (numeric, fields) {
        (true, 61) => Some(LayerFormat::Gdelt2),
        (true, 57 | 58) => Some(LayerFormat::Gdelt1),
        _ => None,
    }
}

struct Format;

impl Format {
    /// A header row with GDELT's names: 2.0 when it has the ADM2 columns.
    fn gdelt_by_header(first: &str) -> LayerFormat {
        if first.to_ascii_lowercase().contains("actor1geo_adm2code") {
            LayerFormat::Gdelt2
        } else {
            LayerFormat::Gdelt1
        }
    }
}

/// Reads a layer file for `keep`'s parties, named `names`.
pub fn read(
    path: &Path,
    keep: Keep,
    names: (String, String),
    progress: &dyn Fn(u64, u64),
) -> Result<Layer, LoadError> {
    crate::load::check_readable(path)?;
    let mut head = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(
            std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?,
            1 << 16,
        ),
        &mut head,
    )
    .map_err(|e| LoadError::unreadable(&e))?;
    let text = String::from_utf8_lossy(&head);
    let text = text.trim_start_matches('\u{FEFF}');
    let format = recognise(text).ok_or_else(|| error_at(1, 1, closest(text)))?;
    let mut layer = Layer {
        path: path.to_path_buf(),
        format,
        scope: keep.scope,
        rows: 0,
        events: Vec::new(),
        eras: Vec::new(),
        warnings: Vec::new(),
        parties: names,
    };
    match format {
        LayerFormat::Gdelt2 | LayerFormat::Gdelt1 => gdelt::read(path, keep, &mut layer, progress)?,
        LayerFormat::Icews => icews::read(path, keep, &mut layer, progress)?,
        LayerFormat::Cow => cow::read(path, keep, &mut layer)?,
        LayerFormat::Wikidata => wikidata::read(path, &mut layer)?,
    }
    Ok(layer)
}

/// What a file that is no layer looks closest to.
fn closest(head: &str) -> String {
    let first = head.lines().next().unwrap_or("");
    let tabs = first.split('\t').count();
    let commas = first.split(',').count();
    let near = if tabs > 50 {
        crate::tr!("layer-near-gdelt", tabs = tabs)
    } else if tabs >= 15 {
        crate::tr!("layer-near-icews", tabs = tabs)
    } else if commas >= 3 {
        crate::tr!("layer-near-csv")
    } else {
        crate::tr!("layer-near-none")
    };
    crate::tr!("layer-not-a-layer", near = near)
}

/// An error at a place with no source line.
pub(crate) fn error_at(line: usize, col: usize, message: String) -> LoadError {
    LoadError {
        diagnostics: vec![diagnostic(
            Severity::Error,
            (line, col, 1),
            message,
            String::new(),
        )],
    }
}

pub(crate) fn diagnostic(
    severity: Severity,
    (line, col, len): (usize, usize, usize),
    message: String,
    source_line: String,
) -> Diagnostic {
    Diagnostic {
        severity,
        line,
        col,
        len,
        message,
        source_line,
        source_offset: 0,
    }
}

/// The character column of field `index` of a line split by `sep` (no
/// quoting), and its length.
pub(crate) fn field_at(line: &str, index: usize, sep: char) -> (usize, usize) {
    let mut col = 1;
    for (i, f) in line.split(sep).enumerate() {
        let n = f.chars().count();
        if i == index {
            return (col, n.max(1));
        }
        col += n + 1;
    }
    (col, 1)
}

/// How many problems of one kind are listed; the rest are counted.
pub(crate) const LISTED: usize = 20;

/// Counts problems by kind and keeps the first [`LISTED`] of each.
#[derive(Default)]
pub(crate) struct Problems {
    counts: std::collections::BTreeMap<&'static str, usize>,
    pub(crate) listed: Vec<Diagnostic>,
}

impl Problems {
    /// An optional number: empty is `Ok(None)`; text that is not a number
    /// is warned at `place` (line, column, length) and `Err`, the row to
    /// be left out.
    pub(crate) fn optional_number(
        &mut self,
        (kind, column): (&'static str, &'static str),
        value: &str,
        place: impl FnOnce() -> (usize, usize, usize),
        raw: impl FnOnce() -> String,
    ) -> Result<Option<f32>, ()> {
        if value.is_empty() {
            return Ok(None);
        }
        value.parse::<f32>().map(Some).map_err(|_| {
            self.add(kind, || {
                diagnostic(
                    Severity::Warning,
                    place(),
                    crate::tr!(
                        "layer-not-a-number",
                        column = column,
                        value = value.to_string()
                    ),
                    raw(),
                )
            });
        })
    }

    pub(crate) fn add(&mut self, kind: &'static str, d: impl FnOnce() -> Diagnostic) {
        let n = self.counts.entry(kind).or_insert(0);
        *n += 1;
        if *n <= LISTED {
            self.listed.push(d());
        }
    }

    /// A row the csv reader could not read, at its line.
    pub(crate) fn unreadable(&mut self, e: &csv::Error) {
        let line = e.position().map_or(1, |p| p.line() as usize);
        self.add("unreadable", || {
            diagnostic(
                Severity::Warning,
                (line, 1, 1),
                crate::tr!("layer-row-unreadable", error = e.to_string()),
                String::new(),
            )
        });
    }

    /// The listed problems, and a note for each kind with more.
    pub(crate) fn finish(mut self) -> Vec<Diagnostic> {
        for (kind, n) in &self.counts {
            if *n > LISTED {
                self.listed.push(diagnostic(
                    Severity::Warning,
                    (1, 1, 1),
                    crate::tr!(
                        "stats-more-rows",
                        n = crate::format::thousands(n - LISTED),
                        kind = kind.to_string()
                    ),
                    String::new(),
                ));
            }
        }
        self.listed
    }
}

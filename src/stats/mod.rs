//! Official trade statistics read into the dataset's terms: UN Comtrade
//! (the current site, its API and SDK, and the legacy CSV), World Bank
//! WITS trade data and World Bank WDI indicator files. Columns are found
//! by name; rows are aggregated as they are read ([`table`]); each
//! reporter becomes its own series with its source ([`series`]); problems
//! are placed at their line and column ([`place`]). Reached through
//! `open` (and [`insert`] for `import --into`).

mod build;
mod columns;
pub mod hs;
pub mod insert;
pub mod into;
mod place;
mod rows;
mod series;
mod table;
mod wdi;

use crate::country::Country;
use crate::load::{Diagnostic, LoadError, Severity};
use crate::model::Dataset;
use std::path::Path;

/// Whose file it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Publisher {
    /// UN Comtrade's current site, API or SDK (camelCase or snake_case).
    Comtrade,
    /// The legacy comtrade.un.org CSV.
    ComtradeLegacy,
    Wits,
    Wdi,
}

impl Publisher {
    /// Who publishes the figures, as a source's publisher.
    pub fn publisher(self) -> &'static str {
        match self {
            Self::Comtrade | Self::ComtradeLegacy => "UN Comtrade",
            Self::Wits => "World Bank WITS",
            Self::Wdi => "World Bank WDI",
        }
    }

    /// The kind of file, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Self::Comtrade => "UN Comtrade CSV",
            Self::ComtradeLegacy => "UN Comtrade legacy CSV",
            Self::Wits => "WITS trade data CSV",
            Self::Wdi => "World Bank WDI CSV",
        }
    }

    fn short(self) -> &'static str {
        match self {
            Self::Comtrade | Self::ComtradeLegacy => "comtrade",
            Self::Wits => "wits",
            Self::Wdi => "wdi",
        }
    }
}

/// The dataset's two parties, as named and as countries.
#[derive(Clone, Debug)]
pub struct Parties {
    pub names: (String, String),
    pub countries: [Country; 2],
}

impl Parties {
    /// The parties named `a` and `b`, if the country table knows them.
    pub fn find(a: &str, b: &str) -> Result<Self, String> {
        let find = |n: &str| {
            Country::find(n)
                .ok_or_else(|| crate::tr!("stats-unknown-country", country = n.to_string()))
        };
        Ok(Self {
            names: (a.to_string(), b.to_string()),
            countries: [find(a)?, find(b)?],
        })
    }

    fn pair(&self, reporter: Option<Country>, partner: Option<Country>) -> bool {
        let [a, b] = self.countries;
        matches!((reporter, partner), (Some(r), Some(p)) if (r == a && p == b) || (r == b && p == a))
    }

    fn name_of(&self, c: Country) -> &str {
        if c == self.countries[0] {
            &self.names.0
        } else {
            &self.names.1
        }
    }
}

/// Choices for reading a statistics file.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub parties: Option<Parties>,
    /// WDI: the country whose row is read (a name or code).
    pub country: Option<String>,
}

/// A statistics file read: the records for the dataset (not yet checked),
/// what the file holds, and its warnings.
#[derive(Debug)]
pub struct Imported {
    pub dataset: Dataset,
    pub publisher: Publisher,
    /// "UN Comtrade CSV: reporters KAZ; partners FRA; …", for `check`.
    pub summary: String,
    pub warnings: Vec<Diagnostic>,
}

/// Whether `header` (a CSV file's first line, or WDI's preamble) is one of
/// the statistics files read here.
/// A file saved with semicolons or tabs is recognised too (and refused by
/// [`read`] with a message saying so).
pub fn recognise(first_line: &str) -> Option<Publisher> {
    [',', ';', '\t'].into_iter().find_map(|sep| {
        let names: Vec<String> = first_line
            .split(sep)
            .map(|n| n.trim().trim_matches('"').to_string())
            .collect();
        if names
            .first()
            .is_some_and(|n| columns::normalise(n) == "datasource")
            && first_line.contains("World Development Indicators")
        {
            return Some(Publisher::Wdi);
        }
        columns::publisher_of(&names)
    })
}

/// Reads a statistics file of any of the four kinds.
pub fn read(
    path: &Path,
    options: &Options,
    progress: &dyn Fn(u64, u64),
) -> Result<Imported, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut head = [0u8; 4096];
    let n = std::io::Read::read(&mut &file, &mut head).map_err(|e| LoadError::unreadable(&e))?;
    let first = String::from_utf8_lossy(&head[..n]);
    let first = first
        .trim_start_matches('\u{FEFF}')
        .lines()
        .next()
        .unwrap_or("")
        .to_string();
    let file_name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    if !first.contains(',') {
        return Err(error_at(1, 1, wrong_header(&first)));
    }
    match recognise(&first) {
        Some(Publisher::Wdi) => wdi::read(path, file_name, options, progress),
        Some(publisher) => series::read(path, publisher, file_name, options, (total, progress)),
        None => Err(error_at(1, 1, wrong_header(&first))),
    }
}

/// Why a first line is not a statistics file's header.
fn wrong_header(first: &str) -> String {
    for (sep, name) in [(';', "stats-sep-semicolons"), ('\t', "stats-sep-tabs")] {
        if first.contains(sep) && !first.contains(',') {
            return crate::tr!("stats-wrong-separator", separator = crate::tr!(name));
        }
    }
    crate::tr!("stats-not-a-header")
}

pub(crate) fn error_at(line: usize, col: usize, message: String) -> LoadError {
    let mut d = unplaced(Severity::Error, message);
    (d.line, d.col) = (line, col);
    LoadError {
        diagnostics: vec![d],
    }
}

/// A diagnostic on the file as a whole (line 1, column 1).
pub(crate) fn unplaced(severity: Severity, message: String) -> Diagnostic {
    Diagnostic {
        severity,
        line: 1,
        col: 1,
        len: 1,
        message,
        source_line: String::new(),
        source_offset: 0,
    }
}

/// Today's date, `YYYY-MM-DD`, for the comment on imported records.
pub fn today() -> String {
    crate::export::today()
}

//! THE DOOR IN: every file Entente reads comes through [`open`]. One
//! [`Format`] per kind of file it reads, decided here and nowhere else,
//! from the extension *and* the first bytes ([`sniff`]): a `.txt` or a file
//! with no extension opens when its content says what it is, and a file
//! whose content is not what its name says is read as what it is, with a
//! warning naming both. The window (command line, Open, drop, reload, the
//! watch), `check`, `import` and `export --data` all call [`open`].

mod sniff;

use crate::import::{self, RecordOrigins};
use crate::load::{self, Diagnostic, LineIndex, LoadError, Loaded, Severity};
use sniff::Looks;
use std::io::Read as _;
use std::path::Path;

/// The kinds of file Entente reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Entente's own RON.
    Ron,
    /// A TimelineJS JSON file.
    TimelineJson,
    /// TimelineJS's Google Sheets template, saved as CSV.
    TimelineCsv,
    /// Official trade statistics: UN Comtrade, WITS or World Bank WDI CSV.
    Statistics,
    /// Event data read as a layer beside a dataset (GDELT, ICEWS,
    /// Correlates of War, Wikidata office terms).
    Layer,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Self::Ron,
        Self::TimelineJson,
        Self::TimelineCsv,
        Self::Statistics,
        Self::Layer,
    ];

    /// The extensions Entente opens, for file dialogs.
    pub(crate) const EXTENSIONS: [&'static str; 3] = ["ron", "json", "csv"];

    pub fn label(self) -> &'static str {
        match self {
            Self::Ron => "Entente RON",
            Self::TimelineJson => "TimelineJS JSON",
            Self::TimelineCsv => "TimelineJS spreadsheet (CSV)",
            Self::Statistics => "trade statistics (UN Comtrade, WITS or World Bank WDI CSV)",
            Self::Layer => "event data (GDELT, ICEWS, Correlates of War or Wikidata terms)",
        }
    }

    /// The extension its files are written with.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Ron => "ron",
            Self::TimelineJson => "json",
            Self::TimelineCsv | Self::Statistics => "csv",
            Self::Layer => "tsv",
        }
    }

    /// The format `path`'s extension names, if any.
    fn of_extension(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        Self::ALL.into_iter().find(|f| f.extension() == ext)
    }

    /// Whether it is Entente's own format (read as it is, not converted).
    pub fn is_native(self) -> bool {
        self == Self::Ron
    }
}

/// How far [`open`] is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Progress {
    /// Bytes read of a file converted once read whole.
    Reading { done: u64, total: u64 },
    /// Bytes converted.
    Parsing { done: u64, total: u64 },
    /// A RON file read and parsed at once, a block at a time: bytes parsed.
    ReadingAndParsing { done: u64, total: u64 },
}

/// Choices for a file that is converted, and what to tell while reading.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The two parties, when the user names them.
    pub parties: Option<(String, String)>,
    /// Counts the events of a large Entente file as its pieces are parsed,
    /// for the window to draw before the whole file is in.
    pub preview: Option<std::sync::Arc<crate::load::Preview>>,
    /// A World Bank WDI file: the country whose row is read.
    pub country: Option<String>,
}

/// A file read and checked.
#[derive(Debug)]
pub struct Opened {
    pub loaded: Loaded,
    pub format: Format,
    /// Where each record came from, for a converted file.
    pub origins: Option<RecordOrigins>,
    /// A statistics file's publisher and what it holds (reporters,
    /// partners, flows, years, rows used and skipped), for `check`.
    pub statistics: Option<(crate::stats::Publisher, String)>,
}

/// Decides what `path` is, from its extension and its first bytes; with a
/// warning when the content is not what the name says. The file must have
/// been checked with [`load::check_readable`].
fn decide(path: &Path) -> Result<(Format, Option<String>), LoadError> {
    let mut head = Vec::with_capacity(sniff::HEAD_BYTES);
    std::fs::File::open(path)
        .and_then(|f| f.take(sniff::HEAD_BYTES as u64).read_to_end(&mut head))
        .map_err(|e| LoadError::unreadable(&e))?;
    let by_name = Format::of_extension(path);
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    match (sniff::looks(&head), by_name) {
        (Looks::Like(f), Some(named)) if f.extension() != named.extension() => Ok((
            f,
            Some(crate::tr!(
                "open-name-and-content-differ",
                ext = ext.clone(),
                named = named.label(),
                content = f.label()
            )),
        )),
        (Looks::Like(f), _) => Ok((f, None)),
        // A name that says what the file is decides (the TimelineJS reader
        // names the columns it misses, the RON reader what it expected).
        (Looks::OtherCsv, Some(named)) => Ok((named, None)),
        (Looks::OtherCsv, None) => Err(refusal(&crate::tr!("open-other-csv"))),
        // Nothing to go by: the name says (an empty or broken file is then
        // reported by its reader).
        (Looks::Unknown, Some(named)) => Ok((named, None)),
        (Looks::Unknown, None) => Err(refusal(&crate::tr!("open-unknown"))),
    }
}

fn refusal(why: &str) -> LoadError {
    LoadError {
        diagnostics: vec![LineIndex::new("").at(
            Severity::Error,
            1,
            1,
            1,
            format!("{why}; {}", crate::tr!("open-not-opened")),
        )],
    }
}

/// What `path` would be opened as, without reading it all: for a dropped
/// file, refused at once when it is of no kind Entente reads.
pub fn format_of(path: &Path) -> Result<Format, LoadError> {
    load::check_readable(path)?;
    decide(path).map(|(f, _)| f)
}

/// Reads and checks `path`, whatever its kind.
pub fn open(path: &Path, progress: &(dyn Fn(Progress) + Sync)) -> Result<Opened, LoadError> {
    open_with(path, &Options::default(), progress)
}

/// Like [`open`], with choices for a converted file.
pub fn open_with(
    path: &Path,
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Opened, LoadError> {
    // A FIFO, a device or an oversized file is refused before it is opened.
    let size = load::check_readable(path)?;
    let (format, mismatch) = decide(path)?;
    let warn = |diagnostics: &mut Vec<Diagnostic>| {
        if let Some(m) = &mismatch {
            diagnostics.insert(0, mismatch_warning(m));
        }
    };
    if format.is_native() {
        // Read and parsed at once, a block at a time: the file's whole
        // text is never held.
        progress(Progress::ReadingAndParsing {
            done: 0,
            total: size,
        });
        let mut loaded = load::load_path_with_progress(
            path,
            &|done| {
                progress(Progress::ReadingAndParsing {
                    done: done as u64,
                    total: size,
                });
            },
            options.preview.as_deref(),
        )
        .map_err(|mut e| {
            warn(&mut e.diagnostics);
            e
        })?;
        warn(&mut loaded.warnings);
        return Ok(Opened {
            loaded,
            format,
            origins: None,
            statistics: None,
        });
    }
    if format == Format::Layer {
        return Err(refusal(&crate::tr!("open-is-layer")));
    }
    if format == Format::Statistics {
        let mut opened = open_statistics(path, options, progress)?;
        warn(&mut opened.loaded.warnings);
        return Ok(opened);
    }
    let bytes = read_with_progress(path, &|done, total| {
        progress(Progress::Reading { done, total });
    })
    .map_err(|e| LoadError::unreadable(&e))?;
    let total = bytes.len() as u64;
    progress(Progress::Parsing { done: 0, total });
    let text = load::utf8(&bytes)?;
    let name = path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().to_string());
    let options = import::Options {
        name,
        parties: options.parties.clone(),
    };
    let read = match format {
        Format::TimelineCsv => import::timeline_csv,
        _ => import::timeline_json,
    };
    let mut imported = read(text, &options).map_err(|mut e| {
        warn(&mut e.diagnostics);
        e
    })?;
    warn(&mut imported.loaded.warnings);
    progress(Progress::Parsing { done: total, total });
    Ok(Opened {
        loaded: imported.loaded,
        format,
        origins: Some(imported.origins),
        statistics: None,
    })
}

/// A statistics file read, its records checked as a RON file's are.
fn open_statistics(
    path: &Path,
    options: &Options,
    progress: &(dyn Fn(Progress) + Sync),
) -> Result<Opened, LoadError> {
    let parties = match &options.parties {
        Some((a, b)) => Some(
            crate::stats::Parties::find(a, b)
                .map_err(|e| crate::stats::error_at(1, 1, crate::tr!("open-parties", error = e)))?,
        ),
        None => None,
    };
    let stats_options = crate::stats::Options {
        parties,
        country: options.country.clone(),
    };
    let imported = crate::stats::read(path, &stats_options, &|done, total| {
        progress(Progress::ReadingAndParsing { done, total });
    })?;
    let mut dataset = imported.dataset;
    let mut warnings = imported.warnings;
    for p in load::validate::validate(&mut dataset) {
        let d = crate::stats::unplaced(
            p.severity,
            format!("{}: {}", load::locate::DisplayPath(&p.path), p.message),
        );
        warnings.push(d);
    }
    if warnings.iter().any(Diagnostic::is_error) {
        return Err(LoadError {
            diagnostics: warnings,
        });
    }
    Ok(Opened {
        loaded: Loaded { dataset, warnings },
        format: Format::Statistics,
        origins: None,
        statistics: Some((imported.publisher, imported.summary)),
    })
}

/// The whole file, read in blocks, telling `progress` (bytes read, size)
/// every 8 MB.
fn read_with_progress(path: &Path, progress: &dyn Fn(u64, u64)) -> std::io::Result<Vec<u8>> {
    let mut file = std::fs::File::open(path)?;
    let total = file.metadata()?.len();
    // Read no more than was checked, should the file grow meanwhile.
    let mut file = std::io::Read::take(&mut file, total);
    let mut bytes = Vec::with_capacity(total as usize);
    let mut chunk = vec![0u8; 4 << 20];
    let mut last = 0u64;
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..n]);
        let done = bytes.len() as u64;
        if done - last >= 8 << 20 || done == total {
            progress(done, total);
            last = done;
        }
    }
    Ok(bytes)
}

/// The warning that a file's content is not what its name says.
fn mismatch_warning(message: &str) -> Diagnostic {
    LineIndex::new("").at(Severity::Warning, 1, 1, 1, message.to_string())
}

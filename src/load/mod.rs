//! RON text -> [`Dataset`], with every problem reported at its line:col.

mod chunks;
pub mod diagnostic;
mod file_locate;
pub(crate) mod locate;
mod place;
mod preview;
pub mod validate;

pub use diagnostic::{Diagnostic, Severity};
pub use preview::{Density, Preview};

pub(crate) use diagnostic::LineIndex;

use crate::model::Dataset;
use std::path::Path;

/// A dataset that passed validation, with any warnings about it.
#[derive(Clone, Debug)]
pub struct Loaded {
    pub dataset: Dataset,
    pub warnings: Vec<Diagnostic>,
}

/// Why a file could not be loaded: all its problems (errors and warnings).
#[derive(Clone, Debug, PartialEq)]
pub struct LoadError {
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    fn single(d: Diagnostic) -> Self {
        Self {
            diagnostics: vec![d],
        }
    }

    /// The file could not be read at all.
    pub fn unreadable(e: &std::io::Error) -> Self {
        Self::single(Diagnostic {
            severity: Severity::Error,
            line: 1,
            col: 1,
            len: 1,
            message: diagnostic::escape(&crate::tr!("check-cannot-read", error = e.to_string())),
            source_line: String::new(),
            source_offset: 0,
        })
    }

    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Gives the memory freed while loading (the file's text, each chunk's
/// parsed list, the checks' tables) back to the system. glibc keeps freed
/// memory for reuse, per thread: after a large file is parsed on every
/// core, that is hundreds of megabytes a long-running window never needs.
pub(crate) fn release_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages to the system; it has no
    // preconditions and may be called from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Renders diagnostics for a terminal, one block per problem.
pub fn render(path: &str, diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(|d| d.render(path)).collect()
}

/// The RON options every Entente file is read with: `Some(..)` may be left
/// out around optional values.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The largest file read by default: 1 GiB (a million generated events
/// take about 530 MB).
pub(crate) const DEFAULT_MAX_FILE_BYTES: u64 = 1 << 30;

/// The variable that raises (or lowers) the size limit, in megabytes.
pub(crate) const MAX_FILE_ENV: &str = "ENTENTE_MAX_FILE_MB";

/// The size limit: [`MAX_FILE_ENV`] megabytes if set, else the default.
pub(crate) fn max_file_bytes() -> u64 {
    std::env::var(MAX_FILE_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(DEFAULT_MAX_FILE_BYTES, |mb| mb.saturating_mul(1_000_000))
}

/// Checks, before opening it, that `path` is a regular file within the size
/// limit, and returns its size. A FIFO would block, a device such as
/// /dev/zero would never end: both are refused at once.
pub fn check_readable(path: &Path) -> Result<u64, LoadError> {
    let meta = std::fs::metadata(path).map_err(|e| LoadError::unreadable(&e))?;
    if !meta.is_file() {
        let what = crate::fs::file_type_name(meta.file_type());
        return Err(LoadError::unreadable(&std::io::Error::other(crate::tr!(
            "check-not-regular",
            what = what
        ))));
    }
    let limit = max_file_bytes();
    if meta.len() > limit {
        return Err(LoadError::unreadable(&std::io::Error::other(crate::tr!(
            "check-too-large",
            size = meta.len().div_ceil(1_000_000).to_string(),
            limit = (limit / 1_000_000).to_string(),
            setting = format!("{MAX_FILE_ENV}={}", meta.len().div_ceil(1_000_000))
        ))));
    }
    Ok(meta.len())
}

/// Reads and validates a file. The file's text is dropped before returning.
pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    load_path_with_progress(path, &|_| {}, None)
}

/// Validates bytes that should be UTF-8 RON (a leading BOM is allowed).
pub fn load_bytes(bytes: &[u8]) -> Result<Loaded, LoadError> {
    load_str(utf8(bytes)?)
}

/// The bytes as text, or an error at the first byte that is not UTF-8.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let good = e.valid_up_to();
            // The valid prefix is valid UTF-8 by definition.
            let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
            let idx = LineIndex::new(prefix);
            let (line, col) = idx.position(good);
            Err(LoadError::single(idx.at(
                Severity::Error,
                line,
                col,
                1,
                crate::tr!("check-not-utf8", byte = format!("0x{:02X}", bytes[good])),
            )))
        }
    }
}

/// Parses and validates RON text.
pub fn load_str(text: &str) -> Result<Loaded, LoadError> {
    load_str_with_progress(text, &|_| {})
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Parses and validates RON text; `progress` hears how many bytes have
/// been parsed. A large text (from [`chunks::PARALLEL_FROM_BYTES`]) has its
/// events parsed on every core, in pieces, each problem still at its
/// line:col.
pub(crate) fn load_str_with_progress(
    text: &str,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Loaded, LoadError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() >= chunks::PARALLEL_FROM_BYTES {
        match chunks::parse_stream(&mut text.as_bytes(), text.len(), threads(), progress, None) {
            chunks::Streamed::Parsed(dataset, _) => {
                return check(*dataset, |problems| Ok(place::in_text(text, problems)));
            }
            chunks::Streamed::Errors(diagnostics) => return Err(LoadError { diagnostics }),
            chunks::Streamed::Unsure | chunks::Streamed::Io(_) => {}
        }
    }
    load_whole(text, progress)
}

/// Reads and validates a RON file; `progress` hears how many bytes have
/// been parsed. A large file is read a block at a time and its events
/// parsed in pieces on every core as the reading goes on: its whole text
/// is never held (it is read again, a piece at a time, only to place
/// problems, if any).
pub(crate) fn load_path_with_progress(
    path: &Path,
    progress: &(dyn Fn(usize) + Sync),
    preview: Option<&Preview>,
) -> Result<Loaded, LoadError> {
    let size = check_readable(path)?;
    let read_whole = || -> Result<String, LoadError> {
        let bytes = std::fs::read(path).map_err(|e| LoadError::unreadable(&e))?;
        utf8(&bytes)?;
        // Just checked: the bytes are UTF-8.
        Ok(String::from_utf8(bytes).unwrap_or_default())
    };
    if size < chunks::PARALLEL_FROM_BYTES as u64 {
        return load_str_with_progress(&read_whole()?, progress);
    }
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    // Read no more than was checked, should the file grow meanwhile.
    let mut file = std::io::Read::take(file, size);
    match chunks::parse_stream(&mut file, size as usize, threads(), progress, preview) {
        chunks::Streamed::Parsed(dataset, layout) => check(*dataset, |problems| {
            place::in_file(path, size, &layout, problems)
        }),
        chunks::Streamed::Errors(diagnostics) => Err(LoadError { diagnostics }),
        chunks::Streamed::Io(e) => Err(LoadError::unreadable(&e)),
        chunks::Streamed::Unsure => {
            let text = read_whole()?;
            load_whole(text.strip_prefix('\u{FEFF}').unwrap_or(&text), progress)
        }
    }
}

/// Parses (in one go) and validates text without a byte-order mark.
fn load_whole(text: &str, progress: &(dyn Fn(usize) + Sync)) -> Result<Loaded, LoadError> {
    if text.trim().is_empty() {
        let idx = LineIndex::new(text);
        return Err(LoadError::single(idx.at(
            Severity::Error,
            1,
            1,
            1,
            crate::tr!("check-empty"),
        )));
    }
    // Repeated names, places, tags and source ids are stored once.
    let dataset: Dataset = crate::model::interning(|| ron_options().from_str(text))
        .map_err(|e| LoadError::single(ron_diagnostic(&LineIndex::new(text), &e)))?;
    progress(text.len());
    check(dataset, |problems| Ok(place::in_text(text, problems)))
}

/// Validates a parsed dataset; `place` puts its problems, if any, at their
/// lines and columns.
fn check(
    mut dataset: Dataset,
    place: impl FnOnce(&[validate::Problem]) -> Result<Vec<Diagnostic>, LoadError>,
) -> Result<Loaded, LoadError> {
    let problems = validate::cap(validate::validate(&mut dataset));
    // The text is only read again when there is something to report.
    let diagnostics = if problems.is_empty() {
        Vec::new()
    } else {
        place(&problems)?
    };
    if diagnostics.iter().any(Diagnostic::is_error) {
        Err(LoadError { diagnostics })
    } else {
        Ok(Loaded {
            dataset,
            warnings: diagnostics,
        })
    }
}

/// The identifier written at 1-based `line`:`col`, invisible characters
/// included (RON's own error stops at the first of them).
fn written_name(idx: &LineIndex<'_>, line: usize, col: usize) -> String {
    idx.line_text(line)
        .chars()
        .skip(col.saturating_sub(1))
        .take_while(|c| c.is_alphanumeric() || *c == '_' || diagnostic::is_hidden_or_reordering(*c))
        .take(200)
        .collect()
}

/// The names RON may suggest for, per enum or struct.
pub(crate) fn ron_diagnostic(idx: &LineIndex<'_>, e: &ron::error::SpannedError) -> Diagnostic {
    use ron::Error as E;
    let start = e.span.start;
    let end = e.span.end;
    let mut len = if end.line == start.line && end.col > start.col {
        end.col - start.col
    } else {
        1
    };
    let message = match &e.code {
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => {
            len = found.chars().count().max(len);
            let what = match outer.as_deref() {
                Some("EventKind") => crate::tr!("check-what-event-kind"),
                Some("Scale") => crate::tr!("check-what-scale"),
                Some(o) => crate::tr!("check-what-variant-of", outer = o.to_string()),
                None => crate::tr!("check-what-variant"),
            };
            let hint = diagnostic::did_you_mean(found, expected)
                .map(|s| crate::tr!("check-did-you-mean", name = s.to_string()))
                .unwrap_or_default();
            crate::tr!(
                "check-unknown-variant",
                what = what,
                found = found.to_string(),
                expected = expected.join(", ")
            ) + &hint
        }
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            // RON ends a name at an invisible character (a zero-width space
            // inside `trade` is read as `tr`): show the whole name as written.
            let written = written_name(idx, start.line, start.col);
            let invisible = written.chars().any(diagnostic::is_hidden_or_reordering);
            let visible: String = written
                .chars()
                .filter(|c| !diagnostic::is_hidden_or_reordering(*c))
                .collect();
            let (found, probe) = if invisible {
                (&written, visible.as_str())
            } else {
                (found, found.as_str())
            };
            len = found.chars().count().max(len);
            let mut hint = diagnostic::did_you_mean(probe, expected)
                .map(|s| crate::tr!("check-did-you-mean", name = s.to_string()))
                .unwrap_or_else(|| {
                    crate::tr!("check-expected-one-of", expected = expected.join(", "))
                });
            if invisible {
                hint.insert_str(0, &format!(" {}", crate::tr!("check-invisible-in-name")));
            }
            match outer {
                Some(o) => {
                    crate::tr!(
                        "check-unknown-field-in",
                        found = found.clone(),
                        outer = o.to_string()
                    ) + &hint
                }
                None => crate::tr!("check-unknown-field", found = found.clone()) + &hint,
            }
        }
        E::MissingStructField { field, outer } => match outer {
            Some(o) => crate::tr!(
                "check-missing-field-in",
                field = *field,
                outer = o.to_string()
            ),
            None => crate::tr!("check-missing-field", field = *field),
        },
        E::DuplicateStructField { field, outer } => match outer {
            Some(o) => crate::tr!(
                "check-field-twice-in",
                field = *field,
                outer = o.to_string()
            ),
            None => crate::tr!("check-field-twice", field = *field),
        },
        E::ExceededRecursionLimit => crate::tr!("check-too-deep"),
        E::Eof => crate::tr!("check-eof"),
        E::ExpectedStringEnd => crate::tr!("check-string-not-closed"),
        other if let Some(m) = plain_message(other) => m,
        other => {
            let mut s = other.to_string();
            if let Some(first) = s.get(0..1) {
                let lower = first.to_lowercase();
                s.replace_range(0..1, &lower);
            }
            s
        }
    };
    // RON points before the white space that precedes a bad value (or at
    // the end of what it read): point at the next thing written instead.
    let (line, col) = next_token(idx, start.line, start.col);
    let mut message = message;
    if !matches!(e.code, E::Eof | E::ExpectedStringEnd)
        && let Some(open) = unclosed_string_before(idx, line)
    {
        message.push_str(&crate::tr!("check-string-on-line", line = open));
    }
    idx.at(Severity::Error, line, col, len, message)
}

/// RON's errors that need no context, in the window's language.
fn plain_message(e: &ron::Error) -> Option<String> {
    use ron::Error as E;
    Some(match e {
        E::ExpectedArray => crate::tr!("ron-expected-array"),
        E::ExpectedArrayEnd => crate::tr!("ron-expected-array-end"),
        E::ExpectedComma => crate::tr!("ron-expected-comma"),
        E::ExpectedBoolean => crate::tr!("ron-expected-boolean"),
        E::ExpectedFloat => crate::tr!("ron-expected-float"),
        E::ExpectedInteger => crate::tr!("ron-expected-integer"),
        E::ExpectedMap => crate::tr!("ron-expected-map"),
        E::ExpectedMapColon => crate::tr!("ron-expected-colon"),
        E::ExpectedMapEnd => crate::tr!("ron-expected-map-end"),
        E::ExpectedStructLike => crate::tr!("ron-expected-open-paren"),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => crate::tr!("ron-expected-close-paren"),
        E::ExpectedString => crate::tr!("ron-expected-string"),
        E::ExpectedIdentifier => crate::tr!("ron-expected-identifier"),
        E::TrailingCharacters => crate::tr!("ron-trailing"),
        E::UnclosedBlockComment => crate::tr!("ron-unclosed-comment"),
        E::UnexpectedChar(c) => crate::tr!("ron-unexpected-char", char = format!("{c:?}")),
        _ => return None,
    })
}

/// The first non-white-space character at or after `line:col`, if any
/// follows (else the position itself).
fn next_token(idx: &LineIndex<'_>, line: usize, col: usize) -> (usize, usize) {
    let (mut l, mut c) = (line, col);
    for _ in 0..1000 {
        let text = idx.line_text(l);
        let chars: Vec<char> = text.chars().collect();
        if let Some(k) = chars
            .iter()
            .skip(c.saturating_sub(1))
            .position(|ch| !ch.is_whitespace())
        {
            return (l, c + k);
        }
        if l >= idx.line_count() {
            break;
        }
        l += 1;
        c = 1;
    }
    (line, col)
}

/// The nearest line before `line` (within 20) with an odd number of quotes:
/// a string that was probably left open.
fn unclosed_string_before(idx: &LineIndex<'_>, line: usize) -> Option<usize> {
    (line.saturating_sub(20).max(1)..line).rev().find(|&l| {
        let text = idx.line_text(l);
        let mut quotes = 0;
        let mut escaped = false;
        for ch in text.chars() {
            match ch {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => quotes += 1,
                _ => escaped = false,
            }
            if ch != '\\' {
                escaped = false;
            }
        }
        quotes % 2 == 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_whitespace_files_say_so() {
        for text in ["", "   \n\t\n"] {
            let e = load_str(text).unwrap_err();
            assert_eq!((e.diagnostics[0].line, e.diagnostics[0].col), (1, 1));
            assert!(e.diagnostics[0].message.contains("empty"));
        }
    }

    #[test]
    fn not_utf8_names_the_place() {
        let e = load_bytes(b"Dataset(\n  title: \"a\xff\"").unwrap_err();
        let d = &e.diagnostics[0];
        assert_eq!((d.line, d.col), (2, 12));
        assert!(d.message.contains("not valid UTF-8"));
    }
}

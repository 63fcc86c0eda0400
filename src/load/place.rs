//! Puts path-addressed problems (`events[3].date`) at their line and
//! column: in text at hand, or in a large file read again a piece at a
//! time (see [`super::file_locate`]).

use super::chunks::Layout;
use super::diagnostic::{Diagnostic, LineIndex, Severity};
use super::locate::{self, DisplayPath, Found, Path as DataPath};
use super::{LoadError, file_locate, validate};
use std::collections::HashMap;

/// Turns byte offsets into lines, columns and diagnostics.
pub(super) trait Placer {
    /// 1-based line and character column of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize);
    /// A diagnostic at a byte offset, underlining `len` characters.
    fn diagnostic(
        &self,
        severity: Severity,
        offset: usize,
        len: usize,
        message: String,
    ) -> Diagnostic;
}

impl Placer for LineIndex<'_> {
    fn position(&self, offset: usize) -> (usize, usize) {
        LineIndex::position(self, offset)
    }

    fn diagnostic(
        &self,
        severity: Severity,
        offset: usize,
        len: usize,
        message: String,
    ) -> Diagnostic {
        LineIndex::diagnostic(self, severity, offset, len, message)
    }
}

/// The paths to find: each problem's place, its parents as fall-backs
/// when it is absent, and the place it refers to.
fn wanted(problems: &[validate::Problem]) -> Vec<DataPath> {
    let mut wanted: Vec<DataPath> = Vec::new();
    for p in problems {
        for n in 1..=p.path.len() {
            wanted.push(p.path[..n].to_vec());
        }
        if let Some(also) = &p.see_also {
            wanted.push(also.clone());
        }
    }
    wanted.sort_by_cached_key(|p| DisplayPath(p).to_string());
    wanted.dedup();
    wanted
}

/// The place of `path`: itself if found, else its nearest found parent,
/// else the file's start.
fn place(found: &HashMap<DataPath, Found>, path: &DataPath) -> Found {
    (1..=path.len())
        .rev()
        .find_map(|n| found.get(&path[..n]).copied())
        .unwrap_or(Found { offset: 0, len: 1 })
}

/// The byte offsets the diagnostics of `problems` need.
fn offsets(found: &HashMap<DataPath, Found>, problems: &[validate::Problem]) -> Vec<usize> {
    problems
        .iter()
        .flat_map(|p| {
            let also = p.see_also.as_ref().map(|a| place(found, a).offset);
            std::iter::once(place(found, &p.path).offset).chain(also)
        })
        .collect()
}

/// The diagnostics of `problems`, found at `found`, sorted by place.
fn diagnostics(
    problems: &[validate::Problem],
    found: &HashMap<DataPath, Found>,
    placer: &dyn Placer,
) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = problems
        .iter()
        .map(|p| {
            let at = place(found, &p.path);
            let mut message = p.message.clone();
            if let Some(also) = &p.see_also {
                let (l, c) = placer.position(place(found, also).offset);
                message.push_str(&format!(
                    " {}",
                    crate::tr!("check-first-defined", place = format!("{l}:{c}"))
                ));
            }
            if !found.contains_key(&p.path) && !p.path.is_empty() {
                message.push_str(&format!(
                    " {}",
                    crate::tr!("check-at-path", path = DisplayPath(&p.path).to_string())
                ));
            }
            placer.diagnostic(p.severity, at.offset, at.len, message)
        })
        .collect();
    out.sort_by_key(|d| (d.line, d.col));
    out
}

/// `problems` placed in `text` (without a byte-order mark).
pub(super) fn in_text(text: &str, problems: &[validate::Problem]) -> Vec<Diagnostic> {
    if problems.is_empty() {
        return Vec::new();
    }
    let found = locate::locate(text, &wanted(problems));
    diagnostics(problems, &found, &LineIndex::new(text))
}

/// `problems` placed in the file at `path` (`size` bytes, its events cut
/// as `layout` says), reading it again without holding its text.
pub(super) fn in_file(
    path: &std::path::Path,
    size: u64,
    layout: &Layout,
    problems: &[validate::Problem],
) -> Result<Vec<Diagnostic>, LoadError> {
    if problems.is_empty() {
        return Ok(Vec::new());
    }
    let found = file_locate::find(path, size, layout, &wanted(problems))
        .map_err(|e| LoadError::unreadable(&e))?;
    let lines = file_locate::Lines::read(path, size, &offsets(&found, problems))
        .map_err(|e| LoadError::unreadable(&e))?;
    Ok(diagnostics(problems, &found, &lines))
}

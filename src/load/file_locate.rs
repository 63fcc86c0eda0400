//! Places problems in a large file without holding its text: the file is
//! read again a block at a time and cut into the same pieces as when it
//! was parsed; only the pieces that hold a problem's event are searched,
//! then one more pass, a line at a time, turns byte offsets into lines and
//! columns. Memory stays that of one piece and one line.

use super::chunks::{Cutter, Layout, Step};
use super::diagnostic::{Diagnostic, LineIndex, Severity};
use super::locate::{self, Found, Path as DataPath, Seg};
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, Read};
use std::path::Path;

/// Reads at most `size` bytes of `path` (the size checked before parsing).
fn open(path: &Path, size: u64) -> std::io::Result<std::io::Take<std::fs::File>> {
    Ok(std::fs::File::open(path)?.take(size))
}

/// The byte offsets (after any byte-order mark) of the `wanted` paths in
/// the file at `path`, cut as `layout` says it was when parsed.
pub(super) fn find(
    path: &Path,
    size: u64,
    layout: &Layout,
    wanted: &[DataPath],
) -> std::io::Result<HashMap<DataPath, Found>> {
    let mut by_event: BTreeMap<usize, Vec<&DataPath>> = BTreeMap::new();
    let mut other: Vec<DataPath> = Vec::new();
    for p in wanted {
        match p.as_slice() {
            [Seg::Field("events"), Seg::Index(i), ..] => by_event.entry(*i).or_default().push(p),
            _ => other.push(p.clone()),
        }
    }
    let mut read = open(path, size)?;
    let mut cutter = Cutter::new(layout.target);
    let mut block = vec![0u8; 1 << 20];
    let mut eof = false;
    let mut found = HashMap::new();
    let (mut n, mut first, mut removed) = (0usize, 0usize, 0usize);
    let mut cut = None;
    loop {
        match cutter.next(eof) {
            Step::Piece(piece) => {
                let count = layout.counts.get(n).copied().unwrap_or(0);
                cut.get_or_insert(piece.start);
                removed += piece.len();
                // The wanted paths of this piece's events, as paths in the
                // piece (a list of its records).
                let local: Vec<(DataPath, &DataPath)> = by_event
                    .range(first..first + count)
                    .flat_map(|(&i, ps)| {
                        ps.iter().map(move |&p| {
                            let mut l = vec![Seg::Index(i - first)];
                            l.extend_from_slice(&p[2..]);
                            (l, p)
                        })
                    })
                    .collect();
                if !local.is_empty() {
                    let paths: Vec<DataPath> = local.iter().map(|(l, _)| l.clone()).collect();
                    let at = locate::locate(&piece.text, &paths);
                    for (l, p) in &local {
                        if let Some(f) = at.get(l) {
                            // The piece's text starts with a `[` of its own.
                            let offset = piece.start + f.offset.saturating_sub(1);
                            found.insert((*p).clone(), Found { offset, ..*f });
                        }
                    }
                }
                first += count;
                n += 1;
            }
            Step::More => match read.read(&mut block) {
                Ok(0) => eof = true,
                Ok(k) => cutter.feed(&block[..k]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            },
            Step::Done(skeleton) => {
                // The skeleton is the file without the pieces' bytes.
                let cut = cut.unwrap_or(usize::MAX);
                for (p, f) in locate::locate(&skeleton, &other) {
                    let offset = if f.offset < cut {
                        f.offset
                    } else {
                        f.offset + removed
                    };
                    found.insert(p, Found { offset, ..f });
                }
                return Ok(found);
            }
            Step::Unsure => {
                return Err(std::io::Error::other(
                    "the file changed while its problems were being placed",
                ));
            }
        }
    }
}

/// A byte offset's line, column and line text.
struct Place {
    line: usize,
    col: usize,
    text: String,
}

/// Lines and columns of byte offsets in a file, found in one pass.
pub(super) struct Lines {
    at: HashMap<usize, Place>,
}

impl Lines {
    /// Reads `path` a line at a time for the line and column of each of
    /// `offsets` (after any byte-order mark; past the end, the last line).
    pub(super) fn read(path: &Path, size: u64, offsets: &[usize]) -> std::io::Result<Self> {
        let mut wanted = offsets.to_vec();
        wanted.sort_unstable();
        wanted.dedup();
        let mut reader = std::io::BufReader::with_capacity(1 << 20, open(path, size)?);
        let (mut line, mut start, mut next) = (0usize, 0usize, 0usize);
        let mut buf = Vec::new();
        let mut at = HashMap::new();
        loop {
            buf.clear();
            if reader.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            line += 1;
            if line == 1 && buf.starts_with("\u{FEFF}".as_bytes()) {
                buf.drain(..3);
            }
            let end = start + buf.len();
            let last = buf.last() != Some(&b'\n');
            if next < wanted.len() && (wanted[next] < end || last) {
                let text = String::from_utf8_lossy(&buf);
                let text = text.trim_end_matches('\n');
                let text = text.strip_suffix('\r').unwrap_or(text);
                while next < wanted.len() && (wanted[next] < end || last) {
                    let within = wanted[next].saturating_sub(start).min(buf.len());
                    let col = super::chunks::chars(&buf[..within]) + 1;
                    let text = text.to_string();
                    at.insert(wanted[next], Place { line, col, text });
                    next += 1;
                }
            }
            if next == wanted.len() {
                break;
            }
            start = end;
        }
        Ok(Self { at })
    }
}

impl super::place::Placer for Lines {
    fn position(&self, offset: usize) -> (usize, usize) {
        self.at.get(&offset).map_or((1, 1), |p| (p.line, p.col))
    }

    fn diagnostic(
        &self,
        severity: Severity,
        offset: usize,
        len: usize,
        message: String,
    ) -> Diagnostic {
        let Some(p) = self.at.get(&offset) else {
            return LineIndex::new("").at(severity, 1, 1, len, message);
        };
        let mut d = LineIndex::new(&p.text).at(severity, 1, p.col, len, message);
        d.line = p.line;
        d
    }
}

#[cfg(test)]
mod tests {
    /// `text` with the `n`-th occurrence of `from` replaced by `to`.
    fn replace_nth(text: &str, from: &str, to: &str, n: usize) -> String {
        let at = text.match_indices(from).nth(n).expect("occurs").0;
        format!("{}{to}{}", &text[..at], &text[at + from.len()..])
    }

    #[test]
    fn problems_in_a_large_file_are_placed_as_in_its_whole_text() {
        let ds = crate::generate::generate(12_000, 3);
        let text = crate::generate::to_ron(&ds).unwrap();
        assert!(text.len() > super::super::chunks::PARALLEL_FROM_BYTES);
        // Warnings in the first, a middle and the last piece; a duplicate
        // id (an error that names the first); a trade figure after the
        // events whose growth cannot be reconciled.
        let events = text.find("events: [").unwrap();
        let (head, body) = text.split_at(events);
        let mut body = body.to_string();
        let titles = body.matches("      title: \"").count();
        for n in [titles - 1, 6_000, 40] {
            let at = body.match_indices("      title: \"").nth(n).unwrap().0 + 14;
            let end = at + body[at..].find('"').unwrap();
            body.replace_range(at..end, "");
        }
        let body = body.replace("id: \"e0007001\"", "id: \"e0000010\"");
        let text = format!("{head}{body}");
        let text = replace_nth(&text, "percent: ", "percent: 1", 20);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.ron");
        std::fs::write(&path, format!("\u{FEFF}{text}")).unwrap();
        let streamed = crate::load::load_file(&path).unwrap_err();
        let whole = crate::load::load_whole(&text, &|_| {}).unwrap_err();
        assert!(
            streamed.diagnostics.len() >= 5,
            "{:?}",
            streamed.diagnostics
        );
        assert_eq!(streamed.diagnostics, whole.diagnostics);
        let rendered = crate::load::render("big.ron", &streamed.diagnostics);
        assert!(rendered.contains("first defined at"), "{rendered}");
    }
}

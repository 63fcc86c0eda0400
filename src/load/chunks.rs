//! Parallel parsing of large files: the `events` list is split at record
//! boundaries by a small scanner (it knows strings, raw strings, chars,
//! comments and nesting), the chunks are parsed on all cores, and every
//! diagnostic keeps its exact line:col (each chunk carries where it starts).
//! Everything else in the file (title, sources, trade …) is parsed as one
//! small "skeleton" with an empty events list.

use super::diagnostic::{Diagnostic, LineIndex};
use crate::model::{Dataset, Event};

/// Below this size a file is parsed in one go.
pub const PARALLEL_FROM_BYTES: usize = 4 << 20;

/// One piece of the events list: whole records, with where it starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Chunk {
    /// Byte range in the file's text.
    pub start: usize,
    pub end: usize,
    /// Line and character column (1-based) of `start`.
    pub line: usize,
    pub col: usize,
}

/// The events list of a dataset, cut into chunks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Split {
    /// Byte offset just after the list's `[`, and of its `]`.
    pub open: usize,
    pub close: usize,
    pub chunks: Vec<Chunk>,
    /// How many records the list holds (at most one more than its commas).
    pub records: usize,
}

/// Bytes the scanner must look at inside the events list; anything else is
/// skipped in a tight loop.
const SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let special = b"\"'/()[]{},";
    let mut k = 0;
    while k < special.len() {
        t[special[k] as usize] = true;
        k += 1;
    }
    t
};

/// Line (1-based) and character column of byte offsets, counted forward
/// from the last one asked for (offsets must not decrease).
struct Lines<'a> {
    text: &'a str,
    counted_to: usize,
    line: usize,
}

impl Lines<'_> {
    fn at(&mut self, pos: usize) -> (usize, usize) {
        let b = self.text.as_bytes();
        self.line += memchr::memchr_iter(b'\n', &b[self.counted_to..pos]).count();
        self.counted_to = pos;
        let line_start = memchr::memrchr(b'\n', &b[..pos]).map_or(0, |n| n + 1);
        (self.line, self.text[line_start..pos].chars().count() + 1)
    }
}

/// Where the string, raw string, char literal or comment starting at `i`
/// ends (the byte after it), or `None` if it is not one or never ends.
fn skip_literal(b: &[u8], i: usize) -> Option<usize> {
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    match b[i] {
        b'"' => {
            // A raw string r"…" or r#"…"#: the hashes and `r` come before.
            let mut h = i;
            while h > 0 && b[h - 1] == b'#' {
                h -= 1;
            }
            let hashes = i - h;
            let raw = h > 0 && b[h - 1] == b'r' && (h < 2 || !is_ident(b[h - 2]));
            let mut j = i + 1;
            if raw {
                loop {
                    let q = j + memchr::memchr(b'"', b.get(j..)?)?;
                    if b[q + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|&&c| c == b'#')
                        .count()
                        == hashes
                    {
                        return Some(q + 1 + hashes);
                    }
                    j = q + 1;
                }
            }
            loop {
                let k = j + memchr::memchr2(b'"', b'\\', b.get(j..)?)?;
                if b[k] == b'"' {
                    return Some(k + 1);
                }
                j = k + 2;
            }
        }
        b'\'' => {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'\'' && b[j] != b'\n' {
                if b[j] == b'\\' {
                    j += 1;
                }
                j += 1;
            }
            Some(j + 1)
        }
        b'/' if b.get(i + 1) == Some(&b'/') => {
            Some(memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n))
        }
        b'/' if b.get(i + 1) == Some(&b'*') => {
            let mut nest = 0usize;
            let mut j = i;
            loop {
                if j + 1 >= b.len() {
                    return None;
                }
                if b[j] == b'/' && b[j + 1] == b'*' {
                    nest += 1;
                    j += 2;
                } else if b[j] == b'*' && b[j + 1] == b'/' {
                    nest -= 1;
                    j += 2;
                    if nest == 0 {
                        return Some(j);
                    }
                } else {
                    j += 1;
                }
            }
        }
        _ => None,
    }
}

/// Finds the top-level `events: [ … ]` and cuts it into chunks of about
/// `target` bytes at commas between records. `None` when the text is not
/// shaped as expected (no events list, unbalanced brackets, a string that
/// does not end): the caller then parses the whole text in one go, which
/// reports the problem.
pub(crate) fn split(text: &str, target: usize) -> Option<Split> {
    let b = text.as_bytes();
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut lines = Lines {
        text,
        counted_to: 0,
        line: 1,
    };
    // Find `events: [` at depth 1 (inside `Dataset( … )`).
    let mut i = 0;
    let mut depth = 0usize;
    let open = loop {
        let c = *b.get(i)?;
        match c {
            b'"' | b'\'' | b'/' if skip_literal(b, i).is_some() => i = skip_literal(b, i)?,
            b'"' => return None,
            b'#' if depth == 0 => i = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n),
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                i += 1;
            }
            b'e' if depth == 1
                && text[i..].starts_with("events")
                && (i == 0 || !is_ident(b[i - 1]))
                && !b.get(i + 6).copied().is_some_and(is_ident) =>
            {
                let mut j = i + 6;
                while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                if b.get(j) != Some(&b':') {
                    i = j;
                    continue;
                }
                j += 1;
                while b.get(j).is_some_and(u8::is_ascii_whitespace) {
                    j += 1;
                }
                if b.get(j) != Some(&b'[') {
                    return None;
                }
                break j + 1;
            }
            _ => i += 1,
        }
    };
    // Inside the list: depth 0 is the list itself; commas there end records.
    let mut chunks = Vec::new();
    let mut commas = 0usize;
    let (line, col) = lines.at(open);
    let mut chunk = Chunk {
        start: open,
        end: open,
        line,
        col,
    };
    let mut depth = 0usize;
    i = open;
    loop {
        while i < b.len() && !SPECIAL[b[i] as usize] {
            i += 1;
        }
        let c = *b.get(i)?;
        match c {
            b'"' | b'\'' => i = skip_literal(b, i)?,
            b'/' => i = skip_literal(b, i).unwrap_or(i + 1),
            b'(' | b'[' | b'{' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' if depth == 0 => {
                chunk.end = i;
                chunks.push(chunk);
                return Some(Split {
                    open,
                    close: i,
                    chunks,
                    records: commas + 1,
                });
            }
            b')' | b']' | b'}' => {
                depth -= 1;
                i += 1;
            }
            b',' => {
                i += 1;
                if depth == 0 {
                    commas += 1;
                    if i - chunk.start >= target {
                        chunk.end = i;
                        chunks.push(chunk);
                        // The next chunk starts right after the comma: the
                        // chunks cover the list without a gap.
                        let (line, col) = lines.at(i);
                        chunk = Chunk {
                            start: i,
                            end: i,
                            line,
                            col,
                        };
                    }
                }
            }
            _ => i += 1,
        }
    }
}

/// Parses one chunk's records. A problem is reported at its place in the
/// whole file: the chunk is parsed as `[` + its text + `]`, so its first
/// line is shifted by the `[` and the chunk's column, the others by its line.
pub(crate) fn parse_chunk(text: &str, chunk: &Chunk) -> Result<Vec<Event>, Diagnostic> {
    let body = &text[chunk.start..chunk.end];
    let mut wrapped = String::with_capacity(body.len() + 2);
    wrapped.push('[');
    wrapped.push_str(body);
    wrapped.push(']');
    let parsed: Result<Vec<Event>, _> = super::ron_options().from_str(&wrapped);
    parsed
        .map(|mut events| {
            // Dates are worked out here, on this chunk's thread.
            events.iter_mut().for_each(super::validate::fill_when);
            events
        })
        .map_err(|e| {
            let idx = LineIndex::new(&wrapped);
            let mut d = super::ron_diagnostic(&idx, &e);
            if d.line == 1 {
                d.col = (chunk.col + d.col).saturating_sub(2).max(1);
                // The whole line as the file has it, not "[" and its tail.
                let line_start = text[..chunk.start].rfind('\n').map_or(0, |n| n + 1);
                let line_end = text[chunk.start..]
                    .find('\n')
                    .map_or(text.len(), |n| chunk.start + n);
                d.source_line = text[line_start..line_end]
                    .trim_end_matches('\r')
                    .to_string();
                d.source_offset = 0;
            }
            d.line += chunk.line - 1;
            d
        })
}

/// The file without its events: the list left empty.
pub(crate) fn skeleton(text: &str, split: &Split) -> String {
    let mut s = String::with_capacity(text.len() - (split.close - split.open));
    s.push_str(&text[..split.open]);
    s.push_str(&text[split.close..]);
    s
}

/// Parses `text` (already known to be large) with its events list split
/// into chunks parsed on `threads` threads; `progress` hears the bytes
/// parsed so far. `None` when the text cannot be split or its skeleton does
/// not parse: the caller parses it in one go (and reports what is wrong).
pub(crate) fn parse_parallel(
    text: &str,
    threads: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Option<Result<Dataset, Vec<Diagnostic>>> {
    let target = (text.len() / (threads * 8).max(1)).clamp(256 << 10, 16 << 20);
    let split = split(text, target)?;
    let mut dataset: Dataset = super::ron_options()
        .from_str(&skeleton(text, &split))
        .ok()?;
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::atomic::AtomicUsize::new(text.len() - (split.close - split.open));
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Result<Vec<Event>, Diagnostic>)>();
    let mut events: Vec<Event> = Vec::with_capacity(split.records);
    let mut errors = Vec::new();
    std::thread::scope(|scope| {
        for _ in 0..threads.max(1) {
            let tx = tx.clone();
            let (next, done, split) = (&next, &done, &split);
            scope.spawn(move || {
                loop {
                    let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(chunk) = split.chunks.get(n) else {
                        break;
                    };
                    let parsed = parse_chunk(text, chunk);
                    let len = chunk.end - chunk.start;
                    progress(done.fetch_add(len, std::sync::atomic::Ordering::Relaxed) + len);
                    if tx.send((n, parsed)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        // Chunks are put in order as they arrive, so each chunk's own list
        // is freed as soon as it is moved: never two copies of every event.
        let mut waiting = std::collections::BTreeMap::new();
        let mut want = 0;
        for (n, parsed) in rx {
            waiting.insert(n, parsed);
            while let Some(parsed) = waiting.remove(&want) {
                match parsed {
                    Ok(mut chunk_events) => events.append(&mut chunk_events),
                    Err(d) => errors.push(d),
                }
                want += 1;
            }
        }
    });
    if !errors.is_empty() {
        return Some(Err(errors));
    }
    dataset.events = events;
    Some(Ok(dataset))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_records_and_ignores_brackets_in_strings_and_comments() {
        let text = r##"#![enable(implicit_some)]
Dataset(
    title: "a [tricky] (title), with commas",
    parties: ("A", "B"),
    // events: [ not this one
    events: [
        (id: "a", date: "2008", kind: other, title: "x, y ( [", sources: ["s"]),
        /* a comment, ( */
        (id: "b", date: "2009", kind: other, title: r#"raw "), ["#, sources: ["s"]),
        (id: "c", date: "2010", kind: other, title: 'q', sources: ["s"]),
    ],
    sources: [(id: "s", publisher: "P", note: "n")],
)"##
        .replace("title: 'q'", "title: \"q\"");
        let s = split(&text, 1).unwrap();
        // Three records, then what follows the trailing comma.
        assert_eq!(s.chunks.len(), 4, "{s:?}");
        assert!(text[s.chunks[3].start..s.chunks[3].end].trim().is_empty());
        assert!(
            text[s.chunks[0].start..s.chunks[0].end]
                .trim_start()
                .starts_with("(id: \"a\"")
        );
        // The second chunk starts after the first record's comma.
        assert_eq!((s.chunks[1].line, s.chunks[1].col), (7, 81));
        assert_eq!(s.chunks[0].end, s.chunks[1].start);
        assert_eq!(&text[s.close..s.close + 1], "]");
        let ds: Dataset = crate::load::ron_options()
            .from_str(&skeleton(&text, &s))
            .unwrap();
        assert!(ds.events.is_empty());
        assert_eq!(ds.sources.len(), 1);
        let all: Vec<Event> = s
            .chunks
            .iter()
            .flat_map(|c| parse_chunk(&text, c).unwrap())
            .collect();
        assert_eq!(
            all.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }

    #[test]
    fn an_error_in_the_last_chunk_is_placed_in_the_whole_file() {
        let ds = crate::generate::generate(3000, 5);
        let good = crate::generate::to_ron(&ds).unwrap();
        // Break the last event's kind.
        let at = good.rfind("kind: ").unwrap();
        let bad = format!(
            "{}kind: bogus_kind,{}",
            &good[..at],
            &good[at..].split_once(',').unwrap().1
        );
        // The whole text in one go: the place to match.
        let whole = crate::load::ron_options()
            .from_str::<Dataset>(&bad)
            .map_err(|e| crate::load::ron_diagnostic(&LineIndex::new(&bad), &e))
            .unwrap_err();
        let most = std::sync::atomic::AtomicUsize::new(0);
        let parsed = parse_parallel(&bad, 2, &|n| {
            most.fetch_max(n, std::sync::atomic::Ordering::Relaxed);
        });
        assert_eq!(most.into_inner(), bad.len(), "progress ends at every byte");
        let Some(Err(diags)) = parsed else {
            panic!("the broken kind is an error");
        };
        let (w, p) = (&whole, &diags[0]);
        assert_eq!(
            (p.line, p.col),
            (w.line, w.col),
            "{} vs {}",
            p.message,
            w.message
        );
        assert_eq!(p.source_line, w.source_line);
        assert!(p.message.contains("bogus_kind"), "{}", p.message);
        let s = split(&bad, 256 << 10).unwrap();
        assert!(s.chunks.len() > 2, "several chunks: {}", s.chunks.len());
        // The broken record is in the last chunk.
        let last = s.chunks.last().unwrap();
        assert!(at > last.start && at < last.end);
    }
}

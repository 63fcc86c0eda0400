//! Parallel parsing of large files, read a block at a time: the `events`
//! list is cut at record boundaries by a small scanner (it knows strings,
//! raw strings, chars, comments and nesting), the pieces are parsed on all
//! cores while the file is still being read, and every diagnostic keeps its
//! exact line:col (each piece carries where it starts). Everything else in
//! the file (title, sources, trade …) is parsed as one small "skeleton" with
//! an empty events list. The file's whole text is never held in memory.

use super::diagnostic::{Diagnostic, LineIndex};
use crate::model::{Dataset, Event};

/// Below this size a file is parsed in one go.
pub const PARALLEL_FROM_BYTES: usize = 4 << 20;

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

/// How a literal (string, raw string, char, comment) starting at a byte
/// ends, in the bytes at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lit {
    /// It ends just before this offset.
    End(usize),
    /// The byte does not start one (a `/` that is not a comment).
    NotOne,
    /// It does not end in the bytes at hand: read more (or, at the end of
    /// the file, it never ends).
    Open,
}

/// How the string, raw string, char literal or comment at `i` ends.
fn literal(b: &[u8], i: usize) -> Lit {
    let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let open = |found: Option<usize>| found.map_or(Lit::Open, Lit::End);
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
                    let Some(q) = memchr::memchr(b'"', &b[j..]).map(|n| j + n) else {
                        return Lit::Open;
                    };
                    if q + hashes >= b.len() {
                        return Lit::Open;
                    }
                    if b[q + 1..=q + hashes].iter().all(|&c| c == b'#') {
                        return Lit::End(q + 1 + hashes);
                    }
                    j = q + 1;
                }
            }
            loop {
                let Some(k) = memchr::memchr2(b'"', b'\\', &b[j..]).map(|n| j + n) else {
                    return Lit::Open;
                };
                if b[k] == b'"' {
                    return Lit::End(k + 1);
                }
                j = k + 2;
                if j > b.len() {
                    return Lit::Open;
                }
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
            if j >= b.len() {
                Lit::Open
            } else {
                Lit::End(j + 1)
            }
        }
        b'/' => match b.get(i + 1) {
            None => Lit::Open,
            Some(b'/') => open(memchr::memchr(b'\n', &b[i..]).map(|n| i + n)),
            Some(b'*') => {
                let mut nest = 0usize;
                let mut j = i;
                loop {
                    if j + 1 >= b.len() {
                        return Lit::Open;
                    }
                    if b[j] == b'/' && b[j + 1] == b'*' {
                        nest += 1;
                        j += 2;
                    } else if b[j] == b'*' && b[j + 1] == b'/' {
                        nest -= 1;
                        j += 2;
                        if nest == 0 {
                            return Lit::End(j);
                        }
                    } else {
                        j += 1;
                    }
                }
            }
            Some(_) => Lit::NotOne,
        },
        _ => Lit::NotOne,
    }
}

/// Where scanning goes on after the literal (or lone `/`) at `i`; `None`
/// when it does not end in the bytes at hand.
fn after_literal(b: &[u8], i: usize) -> Option<usize> {
    match literal(b, i) {
        Lit::End(j) => Some(j),
        Lit::NotOne => Some(i + 1),
        Lit::Open => None,
    }
}

/// Characters in UTF-8 bytes (those that do not continue a character).
fn chars(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
}

/// The most of a line kept to show a problem on a chunk's first line.
const LINE_HEAD_MAX: usize = 4096;

/// One piece of the events list: whole records, with where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    /// `[`, the records, `]`: a list RON can read.
    pub text: String,
    /// Byte offset of the records in the file.
    pub start: usize,
    /// Line and character column (1-based) of `start`.
    pub line: usize,
    pub col: usize,
    /// The file's text on that line before `start` (`None` when longer
    /// than [`LINE_HEAD_MAX`]), to show a problem on the first line whole.
    pub line_head: Option<String>,
}

impl Piece {
    /// The records' bytes in the file.
    pub fn len(&self) -> usize {
        self.text.len() - 2
    }
}

/// What the scanner has to say after the bytes it was given.
#[derive(Debug)]
pub(crate) enum Step {
    /// The next piece of the events list.
    Piece(Piece),
    /// Give it more bytes (or say the file has ended).
    More,
    /// The file has ended: its text without the events (an empty list).
    Done(String),
    /// The file is not shaped as expected (no events list, unbalanced
    /// brackets, a string that never ends, not UTF-8): parse it whole to
    /// report the problem.
    Unsure,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Before the events list: looking for `events: [` at depth 1.
    Head,
    /// In the list: commas at depth 0 end records.
    List,
    /// After the list's `]`.
    Tail,
}

/// Cuts a dataset's text, given a block at a time, into the text around
/// the events list and pieces of that list of about `target` bytes, at the
/// commas between records. Only the bytes not yet handed out are kept.
pub(crate) struct Cutter {
    /// Bytes not yet handed out; `buf[0]` is at `base` in the file.
    buf: Vec<u8>,
    base: usize,
    /// Next byte to look at in `buf` (never inside a literal).
    pos: usize,
    depth: usize,
    phase: Phase,
    target: usize,
    /// The text before the list, up to its `[`.
    head: Vec<u8>,
    /// Line and character column (0-based) of `buf[0]`, and its line's
    /// text before it (`None` when too long to keep).
    line: usize,
    col: usize,
    line_head: Option<Vec<u8>>,
}

impl Cutter {
    pub fn new(target: usize) -> Self {
        Self {
            buf: Vec::new(),
            base: 0,
            pos: 0,
            depth: 0,
            phase: Phase::Head,
            target: target.max(1),
            head: Vec::new(),
            line: 1,
            col: 0,
            line_head: Some(Vec::new()),
        }
    }

    pub fn feed(&mut self, bytes: &[u8]) {
        let bytes = if self.base == 0 && self.buf.is_empty() {
            bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes)
        } else {
            bytes
        };
        self.buf.extend_from_slice(bytes);
    }

    /// Hands out `buf[..k]`, keeping count of lines and columns.
    fn consume(&mut self, k: usize) -> Vec<u8> {
        let gone: Vec<u8> = self.buf.drain(..k).collect();
        self.base += k;
        self.pos -= k;
        match memchr::memrchr(b'\n', &gone) {
            Some(last) => {
                self.line += memchr::memchr_iter(b'\n', &gone).count();
                let rest = &gone[last + 1..];
                self.col = chars(rest);
                self.line_head = (rest.len() <= LINE_HEAD_MAX).then(|| rest.to_vec());
            }
            None => {
                self.col += chars(&gone);
                if let Some(h) = &mut self.line_head {
                    h.extend_from_slice(&gone);
                    if h.len() > LINE_HEAD_MAX {
                        self.line_head = None;
                    }
                }
            }
        }
        gone
    }

    /// `buf[..k]` as the next piece.
    fn piece(&mut self, k: usize) -> Step {
        let (start, line, col) = (self.base, self.line, self.col + 1);
        let line_head = self
            .line_head
            .as_ref()
            .and_then(|h| String::from_utf8(h.clone()).ok());
        let body = self.consume(k);
        let mut text = Vec::with_capacity(body.len() + 2);
        text.push(b'[');
        text.extend_from_slice(&body);
        text.push(b']');
        match String::from_utf8(text) {
            Ok(text) => Step::Piece(Piece {
                text,
                start,
                line,
                col,
                line_head,
            }),
            Err(_) => Step::Unsure,
        }
    }

    /// Looks further; `eof` says no more bytes will come.
    pub fn next(&mut self, eof: bool) -> Step {
        let step = match self.phase {
            Phase::Head => self.scan_head(),
            Phase::List => self.scan_list(),
            Phase::Tail => Step::More,
        };
        match step {
            Step::More if eof => match self.phase {
                Phase::Tail => {
                    let mut text = std::mem::take(&mut self.head);
                    text.append(&mut self.buf);
                    String::from_utf8(text).map_or(Step::Unsure, Step::Done)
                }
                _ => Step::Unsure,
            },
            step => step,
        }
    }

    fn scan_head(&mut self) -> Step {
        let is_ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
        let b = &self.buf;
        let mut i = self.pos;
        let open = loop {
            let Some(&c) = b.get(i) else {
                self.pos = i;
                return Step::More;
            };
            match c {
                b'"' | b'\'' | b'/' => match after_literal(b, i) {
                    Some(j) => i = j,
                    None => {
                        self.pos = i;
                        return Step::More;
                    }
                },
                b'#' if self.depth == 0 => match memchr::memchr(b'\n', &b[i..]) {
                    Some(n) => i += n,
                    None => {
                        self.pos = i;
                        return Step::More;
                    }
                },
                b'(' | b'[' | b'{' => {
                    self.depth += 1;
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    let Some(d) = self.depth.checked_sub(1) else {
                        return Step::Unsure;
                    };
                    self.depth = d;
                    i += 1;
                }
                b'e' if self.depth == 1 && (i == 0 || !is_ident(b[i - 1])) => {
                    // `events`, white space, `:`, white space, `[`: all of
                    // it must be at hand to decide.
                    let Some(word) = b.get(i..i + 7) else {
                        self.pos = i;
                        return Step::More;
                    };
                    if &word[..6] != b"events" || is_ident(word[6]) {
                        i += 1;
                        continue;
                    }
                    let mut j = i + 6;
                    let mut colon = false;
                    loop {
                        match b.get(j) {
                            None => {
                                self.pos = i;
                                return Step::More;
                            }
                            Some(c) if c.is_ascii_whitespace() => j += 1,
                            Some(b':') if !colon => {
                                colon = true;
                                j += 1;
                            }
                            Some(b'[') if colon => break,
                            Some(_) if colon => return Step::Unsure,
                            Some(_) => {
                                i = j;
                                break;
                            }
                        }
                    }
                    if colon {
                        break j + 1;
                    }
                }
                _ => i += 1,
            }
        };
        // Inside the list: depth 0 is the list itself.
        self.pos = open;
        self.head = self.consume(open);
        self.phase = Phase::List;
        self.depth = 0;
        self.scan_list()
    }

    fn scan_list(&mut self) -> Step {
        let mut i = self.pos;
        loop {
            let b = &self.buf;
            while i < b.len() && !SPECIAL[b[i] as usize] {
                i += 1;
            }
            let Some(&c) = b.get(i) else {
                self.pos = i;
                return Step::More;
            };
            match c {
                b'"' | b'\'' | b'/' => match after_literal(b, i) {
                    Some(j) => i = j,
                    None => {
                        self.pos = i;
                        return Step::More;
                    }
                },
                b'(' | b'[' | b'{' => {
                    self.depth += 1;
                    i += 1;
                }
                b')' | b']' | b'}' if self.depth == 0 => {
                    // The list ends: its last piece, then the rest.
                    self.pos = i;
                    self.phase = Phase::Tail;
                    return self.piece(i);
                }
                b')' | b']' | b'}' => {
                    self.depth -= 1;
                    i += 1;
                }
                b',' => {
                    i += 1;
                    // A comma at depth 0 ends a record. The next piece
                    // starts right after it: the pieces cover the list
                    // without a gap.
                    if self.depth == 0 && i >= self.target {
                        self.pos = i;
                        return self.piece(i);
                    }
                }
                _ => i += 1,
            }
        }
    }
}

/// Parses one piece's records. A problem is reported at its place in the
/// whole file: the piece is `[` + its text + `]`, so its first line is
/// shifted by the `[` and the piece's column, the others by its line.
pub(crate) fn parse_piece(piece: &Piece) -> Result<Vec<Event>, Diagnostic> {
    let parsed: Result<Vec<Event>, _> = super::ron_options().from_str(&piece.text);
    parsed
        .map(|mut events| {
            // Dates are worked out here, on this piece's thread.
            events.iter_mut().for_each(super::validate::fill_when);
            events
        })
        .map_err(|e| {
            let idx = LineIndex::new(&piece.text);
            let mut d = super::ron_diagnostic(&idx, &e);
            if d.line == 1 {
                d.col = (piece.col + d.col).saturating_sub(2).max(1);
                // The whole line as the file has it, not "[" and its tail.
                let rest = piece.text[1..].split('\n').next().unwrap_or_default();
                let rest = rest.strip_suffix(']').unwrap_or(rest);
                // Without the line's start (too long to keep), from the
                // piece on: the caret's column counts from `source_offset`.
                let (line, offset) = match &piece.line_head {
                    Some(head) => (format!("{head}{rest}"), 0),
                    None => (rest.to_string(), piece.col - 1),
                };
                let line = line.trim_end_matches('\r');
                // A long line is shown around the place, as everywhere.
                (d.source_line, d.source_offset) = if line.len() > 4096 {
                    let skip = (d.col - 1).saturating_sub(offset).saturating_sub(1000);
                    (line.chars().skip(skip).take(2000).collect(), offset + skip)
                } else {
                    (line.to_string(), offset)
                };
            }
            d.line += piece.line - 1;
            d
        })
}

/// What reading a dataset in pieces came to.
pub(crate) enum Streamed {
    Parsed(Dataset),
    /// Syntax errors, each at its place in the file.
    Errors(Vec<Diagnostic>),
    /// The text is not shaped for pieces, or its skeleton does not parse:
    /// parse it whole, which reports the problem.
    Unsure,
    Io(std::io::Error),
}

/// Reads a dataset from `read` (`total` bytes) a block at a time, its
/// events list cut into pieces parsed on `threads` threads as the reading
/// goes on, so the file's whole text is never held; `progress` hears the
/// bytes parsed so far. Pieces are put in order as they arrive, each
/// piece's own list freed as it is moved.
pub(crate) fn parse_stream(
    read: &mut dyn std::io::Read,
    total: usize,
    threads: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Streamed {
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    let threads = threads.max(1);
    let target = (total / (threads * 8)).clamp(256 << 10, 4 << 20);
    let mut cutter = Cutter::new(target);
    let (piece_tx, piece_rx) = std::sync::mpsc::sync_channel::<(usize, Piece)>(threads);
    let piece_rx = std::sync::Mutex::new(piece_rx);
    let (done_tx, done_rx) = std::sync::mpsc::channel::<(usize, Result<Vec<Event>, Diagnostic>)>();
    let parsed_bytes = AtomicUsize::new(0);
    let mut merge = Merge::default();
    let mut stopped = None;
    let skeleton = std::thread::scope(|scope| {
        for _ in 0..threads {
            let done_tx = done_tx.clone();
            let (piece_rx, parsed_bytes) = (&piece_rx, &parsed_bytes);
            scope.spawn(move || {
                // One table per thread: each repeated string is stored
                // once per thread, not once per event.
                crate::model::interning(|| {
                    loop {
                        let next = piece_rx.lock().map(|rx| rx.recv());
                        let Ok(Ok((n, piece))) = next else {
                            break;
                        };
                        let parsed = parse_piece(&piece);
                        let len = piece.len();
                        drop(piece);
                        progress(parsed_bytes.fetch_add(len, Relaxed) + len);
                        if done_tx.send((n, parsed)).is_err() {
                            break;
                        }
                    }
                });
            });
        }
        drop(done_tx);
        let mut block = vec![0u8; 1 << 20];
        let mut eof = false;
        let mut pieces = 0;
        let skeleton = loop {
            match cutter.next(eof) {
                Step::Piece(piece) => {
                    if piece_tx.send((pieces, piece)).is_err() {
                        stopped = Some(Streamed::Unsure);
                        break None;
                    }
                    pieces += 1;
                    merge.take(done_rx.try_iter());
                }
                Step::More => match read.read(&mut block) {
                    Ok(0) => eof = true,
                    Ok(n) => cutter.feed(&block[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => {
                        stopped = Some(Streamed::Io(e));
                        break None;
                    }
                },
                Step::Done(skeleton) => break Some(skeleton),
                Step::Unsure => {
                    stopped = Some(Streamed::Unsure);
                    break None;
                }
            }
        };
        drop(piece_tx);
        merge.take(done_rx.iter());
        skeleton
    });
    let Some(skeleton) = skeleton else {
        return stopped.unwrap_or(Streamed::Unsure);
    };
    if !merge.errors.is_empty() {
        return Streamed::Errors(merge.errors);
    }
    let Ok(mut dataset) = super::ron_options().from_str::<Dataset>(&skeleton) else {
        return Streamed::Unsure;
    };
    progress(parsed_bytes.load(Relaxed) + skeleton.len());
    merge.events.shrink_to_fit();
    dataset.events = merge.events;
    Streamed::Parsed(dataset)
}

/// Parsed pieces, put in order as they arrive.
#[derive(Default)]
struct Merge {
    waiting: std::collections::BTreeMap<usize, Result<Vec<Event>, Diagnostic>>,
    want: usize,
    events: Vec<Event>,
    errors: Vec<Diagnostic>,
}

impl Merge {
    fn take(&mut self, arrived: impl Iterator<Item = (usize, Result<Vec<Event>, Diagnostic>)>) {
        for (n, parsed) in arrived {
            self.waiting.insert(n, parsed);
            while let Some(parsed) = self.waiting.remove(&self.want) {
                match parsed {
                    Ok(mut piece_events) => self.events.append(&mut piece_events),
                    Err(d) => self.errors.push(d),
                }
                self.want += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `text` to a cutter `block` bytes at a time: the pieces, and
    /// the text without the events.
    fn cut(text: &str, target: usize, block: usize) -> Option<(Vec<Piece>, String)> {
        let mut cutter = Cutter::new(target);
        let mut rest = text.as_bytes();
        let mut pieces = Vec::new();
        loop {
            match cutter.next(rest.is_empty()) {
                Step::Piece(p) => pieces.push(p),
                Step::More => {
                    let (now, later) = rest.split_at(block.min(rest.len()));
                    cutter.feed(now);
                    rest = later;
                }
                Step::Done(skeleton) => return Some((pieces, skeleton)),
                Step::Unsure => return None,
            }
        }
    }

    const TRICKY: &str = r##"#![enable(implicit_some)]
Dataset(
    title: "a [tricky] (title), with commas",
    parties: ("A", "B"),
    // events: [ not this one
    events: [
        (id: "a", date: "2008", kind: other, title: "x, y ( [", sources: ["s"]),
        /* a comment, ( */
        (id: "b", date: "2009", kind: other, title: r#"raw "), ["#, sources: ["s"]),
        (id: "c", date: "2010", kind: other, title: "q\", (", sources: ["s"]),
    ],
    sources: [(id: "s", publisher: "P", note: "n")],
)"##;

    #[test]
    fn cuts_at_records_and_ignores_brackets_in_strings_and_comments() {
        // Whole, and a few bytes at a time: blocks end inside strings,
        // comments, raw strings and the word `events`.
        let (whole, skeleton) = cut(TRICKY, 1, usize::MAX).unwrap();
        for block in [1, 2, 3, 7, 64] {
            let (pieces, sk) = cut(TRICKY, 1, block).unwrap();
            assert_eq!(pieces, whole, "block of {block}");
            assert_eq!(sk, skeleton);
        }
        // Three records, then what follows the trailing comma.
        assert_eq!(whole.len(), 4, "{whole:?}");
        assert!(whole[3].text[1..whole[3].text.len() - 1].trim().is_empty());
        assert!(whole[0].text[1..].trim_start().starts_with("(id: \"a\""));
        // The second piece starts after the first record's comma.
        assert_eq!((whole[1].line, whole[1].col), (7, 81));
        assert_eq!(whole[0].start + whole[0].len(), whole[1].start);
        assert_eq!(
            whole[1].line_head.as_deref(),
            Some(&TRICKY.lines().nth(6).unwrap()[..80])
        );
        // The pieces and the skeleton are the whole text.
        let covered: usize = whole.iter().map(Piece::len).sum();
        assert_eq!(covered + skeleton.len(), TRICKY.len());
        let ds: Dataset = crate::load::ron_options().from_str(&skeleton).unwrap();
        assert!(ds.events.is_empty());
        assert_eq!(ds.sources.len(), 1);
        let all: Vec<Event> = whole.iter().flat_map(|p| parse_piece(p).unwrap()).collect();
        assert_eq!(
            all.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
            ["a", "b", "c"]
        );
    }

    #[test]
    fn text_not_shaped_for_pieces_is_left_to_a_whole_parse() {
        for text in [
            "Dataset(title: \"x\")",
            "Dataset(title: \"x\", events: [(id: \"a\"",
            "Dataset(title: \"never ends, events: [",
            "Dataset(events: (1, 2))",
            "))",
        ] {
            assert!(cut(text, 1, 3).is_none(), "{text}");
        }
    }

    /// The diagnostic of a whole-text parse of `text`.
    fn whole_parse_error(text: &str) -> Diagnostic {
        crate::load::ron_options()
            .from_str::<Dataset>(text)
            .map_err(|e| crate::load::ron_diagnostic(&LineIndex::new(text), &e))
            .unwrap_err()
    }

    /// `good` with its last event's kind broken.
    fn break_last_kind(good: &str) -> (String, usize) {
        let at = good.rfind("kind: ").unwrap();
        let bad = format!(
            "{}kind: bogus_kind,{}",
            &good[..at],
            &good[at..].split_once(',').unwrap().1
        );
        (bad, at)
    }

    #[test]
    fn an_error_in_the_last_piece_is_placed_in_the_whole_file() {
        let ds = crate::generate::generate(3000, 5);
        let (bad, at) = break_last_kind(&crate::generate::to_ron(&ds).unwrap());
        let whole = whole_parse_error(&bad);
        let most = std::sync::atomic::AtomicUsize::new(0);
        let parsed = parse_stream(&mut bad.as_bytes(), bad.len(), 2, &|n| {
            most.fetch_max(n, std::sync::atomic::Ordering::Relaxed);
        });
        let Streamed::Errors(diags) = parsed else {
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
        assert!(
            most.into_inner() * 10 > bad.len() * 9,
            "progress reaches the end"
        );
        // The broken record is in the last of several pieces.
        let (pieces, _) = cut(&bad, 256 << 10, 1 << 20).unwrap();
        assert!(pieces.len() > 2, "several pieces: {}", pieces.len());
        let last = pieces.last().unwrap();
        assert!(at > last.start && at < last.start + last.len());
    }

    #[test]
    fn an_error_on_a_very_long_line_is_placed_and_shown_around_its_place() {
        // Every event on one line, after the first line.
        let ds = crate::generate::generate(3000, 6);
        let good = crate::generate::to_ron(&ds).unwrap();
        let (first, rest) = good.split_once('\n').unwrap();
        let one_line = format!("{first}\n{}", rest.replace('\n', " "));
        let (bad, _) = break_last_kind(&one_line);
        let whole = whole_parse_error(&bad);
        let Streamed::Errors(diags) = parse_stream(&mut bad.as_bytes(), bad.len(), 2, &|_| {})
        else {
            panic!("the broken kind is an error");
        };
        let p = &diags[0];
        assert_eq!((p.line, p.col), (whole.line, whole.col));
        assert_eq!(p.line, 2);
        // Both show the same characters around the place.
        let shown = |d: &Diagnostic| d.render("f.ron");
        assert_eq!(shown(p), shown(&whole));
    }

    #[test]
    fn a_good_file_read_in_pieces_is_the_file_read_whole() {
        let ds = crate::generate::generate(2000, 8);
        let text = crate::generate::to_ron(&ds).unwrap();
        let Streamed::Parsed(streamed) = parse_stream(&mut text.as_bytes(), text.len(), 3, &|_| {})
        else {
            panic!("a generated file parses");
        };
        let mut whole: Dataset = crate::load::ron_options().from_str(&text).unwrap();
        whole
            .events
            .iter_mut()
            .for_each(crate::load::validate::fill_when);
        assert_eq!(streamed, whole);
    }
}

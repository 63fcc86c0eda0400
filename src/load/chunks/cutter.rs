//! Cuts a dataset's text, given a block at a time, into the text around
//! the events list and pieces of that list at the commas between records.

use super::scanner::{SPECIAL, after_literal, chars};

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
    pub(crate) fn len(&self) -> usize {
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
    pub(crate) fn new(target: usize) -> Self {
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

    pub(crate) fn feed(&mut self, bytes: &[u8]) {
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
    pub(crate) fn next(&mut self, eof: bool) -> Step {
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

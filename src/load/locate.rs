//! Finds where a value sits in RON (or JSON) text, by its path
//! (`events[3].date`; in JSON, object keys are the fields).
//!
//! Serde forgets positions once a value is parsed, so semantic problems
//! (impossible dates, duplicate ids) are reported with a path, and this
//! scanner maps the paths back to byte offsets. It runs only when there is
//! something to report, in one pass, with an explicit stack (no recursion).

use std::collections::HashMap;
use std::fmt;

/// One step of a path: a struct field or a list position.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    Field(&'static str),
    Index(usize),
}

/// A path from the top-level value.
pub(crate) type Path = Vec<Seg>;

/// `events[3].date`
pub(crate) struct DisplayPath<'a>(pub &'a [Seg]);

impl fmt::Display for DisplayPath<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.0.iter().enumerate() {
            match s {
                Seg::Field(name) if i == 0 => write!(f, "{name}")?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
            }
        }
        Ok(())
    }
}

/// Where a value starts, and how many characters its first token spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub offset: usize,
    pub len: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Paren,
    Bracket,
    Brace,
}

struct Frame {
    open: Open,
    index: usize,
    field: Option<String>,
    started: bool,
}

/// The key of the value being read: `events[3].title`.
fn current_key(stack: &[Frame]) -> String {
    let mut s = String::new();
    for (n, fr) in stack.iter().enumerate() {
        match &fr.field {
            Some(name) => {
                if n > 0 {
                    s.push('.');
                }
                s.push_str(name);
            }
            None => {
                s.push('[');
                s.push_str(&fr.index.to_string());
                s.push(']');
            }
        }
    }
    if s.starts_with('.') {
        s.remove(0);
    }
    s
}

/// Where reading goes on after white space, a comment, or (before the
/// root value, `at_root`) an attribute such as `#![enable(…)]` at `i`;
/// `None` when none starts there.
fn skip_trivia_at(bytes: &[u8], mut i: usize, at_root: bool) -> Option<usize> {
    let b = bytes[i];
    if b.is_ascii_whitespace() {
        return Some(i + 1);
    }
    if b == b'/' && bytes.get(i + 1) == Some(&b'/') {
        while i < bytes.len() && bytes[i] != b'\n' {
            i += 1;
        }
        return Some(i);
    }
    if b == b'/' && bytes.get(i + 1) == Some(&b'*') {
        let mut depth = 0usize;
        while i < bytes.len() {
            if bytes[i] == b'/' && bytes.get(i + 1) == Some(&b'*') {
                depth += 1;
                i += 2;
            } else if bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/') {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    break;
                }
            } else {
                i += 1;
            }
        }
        return Some(i);
    }
    if b == b'#' && at_root {
        let mut depth = 0i32;
        while i < bytes.len() {
            match bytes[i] {
                b'[' => depth += 1,
                b']' => {
                    depth -= 1;
                    if depth <= 0 {
                        return Some(i + 1);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        return Some(i);
    }
    None
}

/// A comma (the next element), a colon, or a closing bracket at `i`:
/// the stack follows; `None` for anything else.
fn punctuation(b: u8, stack: &mut Vec<Frame>) -> Option<()> {
    match b {
        b',' => {
            if let Some(top) = stack.last_mut() {
                top.index += 1;
                top.started = false;
                if top.open != Open::Bracket {
                    top.field = None;
                }
            }
        }
        b':' => {}
        b')' | b']' | b'}' => {
            stack.pop();
        }
        _ => return None,
    }
    Some(())
}

/// A field name (an identifier followed by `:` inside parentheses) or a
/// JSON key (a string followed by `:` inside braces) at `start..end`:
/// where reading goes on, after the colon.
fn field_name(text: &str, stack: &mut [Frame], start: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let b = bytes[start];
    let top = stack.last_mut()?;
    let name = if (b.is_ascii_alphabetic() || b == b'_') && top.open == Open::Paren {
        &text[start..end]
    } else if b == b'"' && top.open == Open::Brace {
        &text[start + 1..end.saturating_sub(1).max(start + 1)]
    } else {
        return None;
    };
    let after = skip_trivia(bytes, end);
    if bytes.get(after) != Some(&b':') {
        return None;
    }
    top.field = Some(name.to_string());
    top.started = false;
    Some(after + 1)
}

/// Locates each wanted path; paths that are not in the text are left out.
pub(crate) fn locate(text: &str, wanted: &[Path]) -> HashMap<Path, Found> {
    let mut found = HashMap::new();
    if wanted.is_empty() {
        return found;
    }
    // Compare on strings so field names from the text need no 'static.
    let wanted_keys: HashMap<String, &Path> = wanted
        .iter()
        .map(|p| (DisplayPath(p).to_string(), p))
        .collect();
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut root_started = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if let Some(next) = skip_trivia_at(bytes, i, stack.is_empty() && !root_started) {
            i = next;
            continue;
        }
        if punctuation(b, &mut stack).is_some() {
            i += 1;
            continue;
        }
        // A token that may begin a value (or be a field name).
        let start = i;
        let end = token_end(bytes, i);
        if let Some(next) = field_name(text, &mut stack, start, end) {
            i = next;
            continue;
        }
        let slot_free = match stack.last() {
            Some(top) => !top.started,
            None => !root_started,
        };
        if slot_free {
            match stack.last_mut() {
                Some(top) => top.started = true,
                None => root_started = true,
            }
            if let Some(path) = wanted_keys.get(&current_key(&stack)) {
                let len = text[start..end].chars().count();
                found
                    .entry((*path).clone())
                    .or_insert(Found { offset: start, len });
            }
        }
        if matches!(b, b'(' | b'[' | b'{') {
            stack.push(Frame {
                open: match b {
                    b'(' => Open::Paren,
                    b'[' => Open::Bracket,
                    _ => Open::Brace,
                },
                index: 0,
                field: None,
                started: false,
            });
            i += 1;
        } else {
            i = end.max(i + 1);
        }
    }
    found
}

fn skip_trivia(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The end of the token starting at `i`: a string, a raw string, a char, an
/// identifier or number, or one punctuation byte.
fn token_end(bytes: &[u8], i: usize) -> usize {
    let b = bytes[i];
    if b == b'"' {
        let mut j = i + 1;
        while j < bytes.len() {
            match bytes[j] {
                b'\\' => j += 2,
                b'"' => return j + 1,
                _ => j += 1,
            }
        }
        return bytes.len();
    }
    if b == b'r' && matches!(bytes.get(i + 1), Some(b'"' | b'#')) {
        let mut j = i + 1;
        let mut hashes = 0;
        while bytes.get(j) == Some(&b'#') {
            hashes += 1;
            j += 1;
        }
        if bytes.get(j) == Some(&b'"') {
            j += 1;
            while j < bytes.len() {
                if bytes[j] == b'"'
                    && bytes[j + 1..].iter().take(hashes).all(|&h| h == b'#')
                    && bytes.len() >= j + 1 + hashes
                {
                    return j + 1 + hashes;
                }
                j += 1;
            }
            return bytes.len();
        }
    }
    if b == b'\'' {
        let mut j = i + 1;
        while j < bytes.len() {
            match bytes[j] {
                b'\\' => j += 2,
                b'\'' => return j + 1,
                _ => j += 1,
            }
        }
        return bytes.len();
    }
    if b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'+' | b'.') {
        let mut j = i;
        while j < bytes.len()
            && (bytes[j].is_ascii_alphanumeric() || matches!(bytes[j], b'_' | b'-' | b'+' | b'.'))
        {
            j += 1;
        }
        return j;
    }
    // One character (possibly multi-byte).
    let mut j = i + 1;
    while j < bytes.len() && (bytes[j] & 0xC0) == 0x80 {
        j += 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let text = r#"#![enable(implicit_some)]
Dataset(
    title: "x", // a comment with ( and [
    events: [
        (id: "a", date: "2008"),
        (
            id: "b",
            date: "2023-02-30",
            related: ["a", "zz"],
        ),
    ],
)"#;
        let p_date: Path = vec![Seg::Field("events"), Seg::Index(1), Seg::Field("date")];
        let p_rel: Path = vec![
            Seg::Field("events"),
            Seg::Index(1),
            Seg::Field("related"),
            Seg::Index(1),
        ];
        let p_ev: Path = vec![Seg::Field("events"), Seg::Index(0)];
        let found = locate(text, &[p_date.clone(), p_rel.clone(), p_ev.clone()]);
        let at = |p: &Path| &text[found[p].offset..found[p].offset + found[p].len];
        assert_eq!(at(&p_date), "\"2023-02-30\"");
        assert_eq!(at(&p_rel), "\"zz\"");
        assert_eq!(at(&p_ev), "(");
        assert_eq!(DisplayPath(&p_rel).to_string(), "events[1].related[1]");
    }

    #[test]
    fn finds_json_values_by_key() {
        let text = r#"{"title": {"text": {"headline": "T"}},
 "events": [
  {"start_date": {"year": 2008}, "text": {"headline": "a, b"}},
  {"start_date": {"year": "2023", "month": 13}}
 ]}"#;
        let month: Path = vec![
            Seg::Field("events"),
            Seg::Index(1),
            Seg::Field("start_date"),
            Seg::Field("month"),
        ];
        let headline: Path = vec![
            Seg::Field("events"),
            Seg::Index(0),
            Seg::Field("text"),
            Seg::Field("headline"),
        ];
        let found = locate(text, &[month.clone(), headline.clone()]);
        let at = |p: &Path| &text[found[p].offset..found[p].offset + found[p].len];
        assert_eq!(at(&month), "13");
        assert_eq!(at(&headline), "\"a, b\"");
    }
}

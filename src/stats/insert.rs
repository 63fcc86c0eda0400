//! `import --into`: imported series and indicators written into a dataset's
//! own text, which stays byte for byte the same outside the inserted block:
//! the text is scanned (strings, raw strings, comments and brackets) only
//! to find the `trade: [ … ]` or `indicators: [ … ]` list and its records,
//! and the block goes in before the list's closing bracket, or replaces a
//! record of the same id when asked to.

use std::ops::Range;

/// Which list of the dataset a record goes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    Trade,
    Indicators,
    Events,
    Sources,
}

impl List {
    const ALL: [List; 4] = [Self::Sources, Self::Events, Self::Trade, Self::Indicators];

    fn name(self) -> &'static str {
        match self {
            Self::Trade => "trade",
            Self::Indicators => "indicators",
            Self::Events => "events",
            Self::Sources => "sources",
        }
    }
}

/// One record to insert: its list, its id and its RON text.
#[derive(Clone, Debug)]
pub struct Record {
    pub list: List,
    pub id: String,
    pub text: String,
}

/// A top-level field of the dataset: its name and, for a list, where its
/// brackets are and its records.
#[derive(Debug)]
struct FieldAt {
    name: String,
    open: usize,
    close: usize,
    items: Vec<Range<usize>>,
}

/// Where the dataset's fields are, and its closing parenthesis.
#[derive(Debug)]
struct Outline {
    close: usize,
    fields: Vec<FieldAt>,
}

/// Skips a comment, string or character starting at `i`, if one does.
fn skip(b: &[u8], i: usize) -> Option<usize> {
    let at = |k: usize| b.get(k).copied().unwrap_or(0);
    match (at(i), at(i + 1)) {
        (b'/', b'/') => Some(
            b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p),
        ),
        (b'/', b'*') => {
            let (mut k, mut depth) = (i + 2, 1);
            while k < b.len() && depth > 0 {
                match (at(k), at(k + 1)) {
                    (b'/', b'*') => (depth, k) = (depth + 1, k + 2),
                    (b'*', b'/') => (depth, k) = (depth - 1, k + 2),
                    _ => k += 1,
                }
            }
            Some(k)
        }
        (b'"', _) => {
            let mut k = i + 1;
            while k < b.len() && b[k] != b'"' {
                k += if b[k] == b'\\' { 2 } else { 1 };
            }
            Some(k + 1)
        }
        (b'r', b'#' | b'"')
            if i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') =>
        {
            let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
            if at(i + 1 + hashes) != b'"' {
                return None;
            }
            let end: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            let from = i + 2 + hashes;
            Some(
                b[from..]
                    .windows(end.len())
                    .position(|w| w == end)
                    .map_or(b.len(), |p| from + p + end.len()),
            )
        }
        (b'\'', _) => {
            let k = if at(i + 1) == b'\\' { i + 3 } else { i + 2 };
            Some(
                b[k..]
                    .iter()
                    .position(|&c| c == b'\'')
                    .map_or(b.len(), |p| k + p + 1),
            )
        }
        _ => None,
    }
}

/// The outline of a dataset's text.
fn outline(text: &str) -> Result<Outline, String> {
    let b = text.as_bytes();
    let (mut i, mut depth) = (0, 0usize);
    let mut fields: Vec<FieldAt> = Vec::new();
    let mut word = String::new();
    let mut pending: Option<String> = None;
    while i < b.len() {
        if let Some(next) = skip(b, i) {
            i = next;
            continue;
        }
        let c = b[i];
        if depth == 0 && c == b'#' {
            i = b[i..]
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            continue;
        }
        match c {
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth == 2
                    && c == b'['
                    && let Some(name) = pending.take()
                {
                    fields.push(FieldAt {
                        name,
                        open: i,
                        close: i,
                        items: Vec::new(),
                    });
                } else if depth == 3
                    && c == b'('
                    && let Some(f) = fields.last_mut().filter(|f| f.close == f.open)
                {
                    f.items.push(i..i);
                }
            }
            b')' | b']' | b'}' => {
                if depth == 3
                    && c == b')'
                    && let Some(f) = fields.last_mut().filter(|f| f.close == f.open)
                    && let Some(item) = f.items.last_mut()
                {
                    item.end = i + 1;
                }
                if depth == 2
                    && c == b']'
                    && let Some(f) = fields.last_mut().filter(|f| f.close == f.open)
                {
                    f.close = i;
                }
                if depth == 1 {
                    return Ok(Outline { close: i, fields });
                }
                depth = depth
                    .checked_sub(1)
                    .ok_or("a closing bracket with no opening one")?;
            }
            b':' if depth == 1 && !word.is_empty() => pending = Some(std::mem::take(&mut word)),
            c if depth == 1 && (c.is_ascii_alphanumeric() || c == b'_') => word.push(c as char),
            c if !c.is_ascii_whitespace() => {
                word.clear();
                if depth == 1 && c == b',' {
                    pending = None;
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err("the dataset's closing parenthesis was not found".into())
}

/// The start of `at`'s line when only white space comes before it there.
fn line_start(text: &str, at: usize) -> usize {
    let start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    if text[start..at].trim().is_empty() {
        start
    } else {
        at
    }
}

/// Where a comma must go before `at` so that a record can follow: after
/// the last code before it, unless that is a comma or an opening bracket.
fn needs_comma(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let (mut i, mut last, mut end) = (0, b'(', 0);
    while i < at {
        if let Some(next) = skip(b, i) {
            if !(b[i] == b'/' && matches!(b.get(i + 1), Some(b'/' | b'*'))) {
                (last, end) = (b'"', next);
            }
            i = next;
            continue;
        }
        if !b[i].is_ascii_whitespace() {
            (last, end) = (b[i], i + 1);
        }
        i += 1;
    }
    (!matches!(last, b',' | b'[' | b'(')).then_some(end)
}

/// The id of a record's text, read by RON.
fn id_of(text: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Id {
        id: String,
    }
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str::<Id>(text)
        .ok()
        .map(|r| r.id)
}

/// `text` with `records` added (each list's records in one block, after a
/// comment line `comment`); a record whose id is in the list already is
/// refused unless `replace`, and then its text is what changes.
pub fn insert(
    text: &str,
    records: &[Record],
    comment: &str,
    replace: bool,
) -> Result<String, String> {
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let outline = outline(text)?;
    for list in List::ALL {
        let mine: Vec<&Record> = records.iter().filter(|r| r.list == list).collect();
        if mine.is_empty() {
            continue;
        }
        let field = outline.fields.iter().find(|f| f.name == list.name());
        let mut added = Vec::new();
        for r in mine {
            let existing = field.and_then(|f| {
                f.items
                    .iter()
                    .find(|item| id_of(&text[(*item).clone()]).as_deref() == Some(r.id.as_str()))
            });
            match existing {
                Some(_) if !replace => {
                    return Err(format!(
                        "the dataset already has a {} record with id \"{}\"",
                        list.name(),
                        r.id
                    ));
                }
                Some(item) => edits.push((
                    replaced_span(text, item.clone()),
                    format!("        // {comment}\n{}", r.text),
                )),
                None => added.push(r.text.as_str()),
            }
        }
        if added.is_empty() {
            continue;
        }
        let block = format!("        // {comment}\n{}", added.concat());
        let (close, with) = match field {
            Some(f) => (f.close, block),
            None => (
                outline.close,
                format!("    {}: [\n{block}    ],\n", list.name()),
            ),
        };
        let at = line_start(text, close);
        if let Some(p) = needs_comma(text, at) {
            edits.push((p..p, ",".into()));
        }
        let newline = if text[..at].ends_with('\n') { "" } else { "\n" };
        edits.push((at..at, format!("{newline}{with}")));
    }
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    let mut out = text.to_string();
    for (range, with) in edits {
        out.replace_range(range, &with);
    }
    Ok(out)
}

/// A record's lines, with its comma and an import comment just above it.
fn replaced_span(text: &str, item: Range<usize>) -> Range<usize> {
    let mut start = line_start(text, item.start);
    let before = &text[..start];
    if let Some(prev) = before
        .trim_end_matches('\n')
        .rsplit_once('\n')
        .map(|(_, l)| l)
        .or(Some(before.trim_end_matches('\n')))
        && prev.trim_start().starts_with("// Imported by Entente from")
    {
        start -= prev.len() + 1;
    }
    let rest = &text[item.end..];
    let comma = rest
        .find(|c: char| !c.is_whitespace())
        .filter(|&p| rest[p..].starts_with(','))
        .map_or(0, |p| p + 1);
    let mut end = item.end + comma;
    if let Some(nl) = text[end..]
        .find('\n')
        .filter(|&p| text[end..end + p].trim().is_empty())
    {
        end += nl + 1;
    }
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    const DS: &str = "#![enable(implicit_some)]\n// A comment (with a bracket [)\nDataset(\n    title: \"x ]) \\\" r#\",\n    trade: [\n        (id: \"a\", note: r#\"raw ) ]\"#),\n    ],\n    eras: [],\n)\n";

    fn record(id: &str) -> Record {
        Record {
            list: List::Trade,
            id: id.into(),
            text: format!("        (id: \"{id}\"),\n"),
        }
    }

    #[test]
    fn a_block_goes_before_the_lists_closing_bracket_and_nothing_else_changes() {
        let out = insert(DS, &[record("b")], "Imported by Entente from f.csv", false).unwrap();
        let block = "        // Imported by Entente from f.csv\n        (id: \"b\"),\n";
        assert_eq!(out.replacen(block, "", 1), DS);
        assert!(out.find(block).unwrap() < out.find("    ],\n    eras").unwrap());
    }

    #[test]
    fn an_existing_id_is_refused_or_replaced() {
        let err = insert(DS, &[record("a")], "c", false).unwrap_err();
        assert!(
            err.contains("already has a trade record with id \"a\""),
            "{err}"
        );
        let out = insert(DS, &[record("a")], "c", true).unwrap();
        assert!(!out.contains("raw ) ]"), "{out}");
        assert!(
            out.contains("        // c\n        (id: \"a\"),\n    ],"),
            "{out}"
        );
    }

    #[test]
    fn a_list_that_is_missing_is_added_at_the_end() {
        let ds = "Dataset(\n    title: \"x\"\n)\n";
        let out = insert(ds, &[record("b")], "c", false).unwrap();
        assert_eq!(
            out,
            "Dataset(\n    title: \"x\",\n    trade: [\n        // c\n        (id: \"b\"),\n    ],\n)\n"
        );
    }
}

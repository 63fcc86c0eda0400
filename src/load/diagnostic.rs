//! Problems found in a data file, with their place, rendered like a compiler's.

use std::fmt::Write as _;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Self::Error => "error",
            Self::Warning => "warning",
        }
    }
}

/// One problem at one place in a file. Lines and columns are 1-based and
/// count characters (a tab is one column, a CRLF ends a line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub line: usize,
    pub col: usize,
    /// Width of the underlined text in characters (at least 1).
    pub len: usize,
    pub message: String,
    /// The text of the offending line, without its line ending (for a very
    /// long line, the part around the place).
    pub source_line: String,
    /// How many characters of the line come before `source_line`.
    pub source_offset: usize,
}

impl Diagnostic {
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:col: error: message`, the first line of [`Self::render`].
    pub(crate) fn headline(&self, path: &str) -> String {
        format!(
            "{path}:{}:{}: {}: {}",
            self.line,
            self.col,
            self.severity.label(),
            self.message
        )
    }

    /// The headline, then the offending line with a caret under the place.
    pub fn render(&self, path: &str) -> String {
        let mut out = self.headline(path);
        out.push('\n');
        if self.source_line.is_empty() && self.col <= 1 {
            return out;
        }
        let number = self.line.to_string();
        let gutter = " ".repeat(number.len());
        // Long lines are shown as a window around the place.
        let chars: Vec<char> = self.source_line.chars().collect();
        let col0 = self
            .col
            .saturating_sub(1)
            .saturating_sub(self.source_offset)
            .min(chars.len());
        let from = col0.saturating_sub(120);
        let to = (col0 + 120).min(chars.len());
        let shown_chars = &chars[from..to];
        // One column per character: controls become spaces, characters
        // that reorder or hide text become a visible replacement mark.
        let show = |c: &char| -> String {
            if *c == '\t' {
                "    ".to_string()
            } else if c.is_control() {
                " ".to_string()
            } else if is_hidden_or_reordering(*c) {
                "\u{fffd}".to_string()
            } else {
                c.to_string()
            }
        };
        let prefix = if from + self.source_offset > 0 {
            "…"
        } else {
            ""
        };
        let suffix = if to < chars.len() { "…" } else { "" };
        let shown: String = shown_chars.iter().map(show).collect();
        let pad: usize = prefix.chars().count()
            + chars[from..col0]
                .iter()
                .map(|c| if *c == '\t' { 4 } else { 1 })
                .sum::<usize>();
        let _ = writeln!(out, "{number} | {prefix}{shown}{suffix}");
        let _ = writeln!(
            out,
            "{gutter} | {}{}",
            " ".repeat(pad),
            "^".repeat(self.len.clamp(1, 80))
        );
        out
    }
}

/// Maps byte offsets in a text to lines and columns.
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self { text, starts }
    }

    /// How many lines the text has.
    pub(crate) fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The text of a 1-based line, without `\n` or `\r\n`.
    pub(crate) fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .starts
            .get(line)
            .map_or(self.text.len(), |&next| next - 1);
        let s = &self.text[start..end.max(start)];
        s.strip_suffix('\r').unwrap_or(s)
    }

    /// 1-based line and character column of a byte offset.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset);
        let start = self.starts[line - 1];
        let mut o = offset;
        while !self.text.is_char_boundary(o) {
            o -= 1;
        }
        (line, self.text[start..o].chars().count() + 1)
    }

    /// A diagnostic at a byte offset, underlining `len` characters.
    pub(crate) fn diagnostic(
        &self,
        severity: Severity,
        offset: usize,
        len: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, col) = self.position(offset);
        self.at(severity, line, col, len, message)
    }

    /// A diagnostic at a line and column.
    pub(crate) fn at(
        &self,
        severity: Severity,
        line: usize,
        col: usize,
        len: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let text = self.line_text(line);
        let (source_line, source_offset) = if text.len() > 4096 {
            let skip = col.saturating_sub(1).saturating_sub(1000);
            (text.chars().skip(skip).take(2000).collect(), skip)
        } else {
            (text.to_string(), 0)
        };
        Diagnostic {
            severity,
            line,
            col,
            len: len.max(1),
            message: escape(&message.into()),
            // Keep the line around the place, not a whole 50 MB line.
            source_offset,
            source_line,
        }
    }
}

/// Characters that change how the rest of a line is shown (bidirectional
/// overrides and isolates) or that are not seen at all (zero-width spaces
/// and joiners, the byte-order mark, the soft hyphen).
pub(crate) fn is_hidden_or_reordering(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{061c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// `text` with control (a new line too: a message is one line),
/// bidirectional and invisible characters written as escapes (`\u{1b}`, `\u{202e}`, `\u{200b}`), so that a message shows what
/// the file holds and can neither move the terminal's cursor nor hide or
/// reorder the text around it.
pub(crate) fn escape(text: &str) -> String {
    if !text
        .chars()
        .any(|c| c.is_control() || is_hidden_or_reordering(c))
    {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\0' => out.push_str("\\0"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() || is_hidden_or_reordering(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// The closest of `candidates` to `found`, if it is close enough to suggest.
pub(crate) fn did_you_mean<'c>(found: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let found_l = found.to_lowercase();
    let n = found_l.chars().count();
    candidates
        .iter()
        // A score of 0.6 needs lengths within 40% of each other: skip the
        // rest without comparing them.
        .filter(|c| {
            let m = c.chars().count();
            n.abs_diff(m) * 5 <= 2 * n.max(m)
        })
        // Optimal string alignment (transpositions count as one edit), which
        // needs no allocation per pair, unlike full Damerau–Levenshtein.
        .map(|c| {
            let longest = n.max(c.chars().count()).max(1);
            let score = 1.0 - strsim::osa_distance(&found_l, c) as f64 / longest as f64;
            (score, *c)
        })
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_and_handle_crlf() {
        let text = "ab\r\n\tcé x\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(0), (1, 1));
        let x = text.find('x').unwrap();
        assert_eq!(idx.position(x), (2, 5));
        assert_eq!(idx.line_text(1), "ab");
        assert_eq!(idx.line_text(2), "\tcé x");
        assert_eq!(idx.position(text.len()), (3, 5));
    }

    #[test]
    fn renders_headline_line_and_caret() {
        let idx = LineIndex::new("one\n\tkind: treatie,\n");
        let d = idx.at(Severity::Error, 2, 8, 7, "unknown kind");
        let r = d.render("f.ron");
        assert!(r.starts_with("f.ron:2:8: error: unknown kind\n"), "{r}");
        assert!(r.contains("2 |     kind: treatie,"), "{r}");
        assert!(r.contains("  |           ^^^^^^^"), "{r}");
    }

    #[test]
    fn messages_escape_what_could_forge_or_hide_text() {
        let idx = LineIndex::new("x");
        let d = idx.at(
            Severity::Error,
            1,
            1,
            1,
            "unknown id \"a\u{1b}[2K\rb\u{202e}c\u{200b}d\0\"",
        );
        assert_eq!(
            d.message,
            "unknown id \"a\\u{1b}[2K\\rb\\u{202e}c\\u{200b}d\\0\""
        );
        assert!(!d.render("f.ron").contains('\u{1b}'));
        let line = LineIndex::new("id: \"x\u{202e}y\"");
        let r = line.at(Severity::Error, 1, 5, 1, "m").render("f.ron");
        assert!(!r.contains('\u{202e}') && r.contains("x\u{fffd}y"), "{r}");
    }

    #[test]
    fn suggests_close_names() {
        assert_eq!(
            did_you_mean("treatie", &["treaty", "agreement"]),
            Some("treaty")
        );
        assert_eq!(did_you_mean("zzz", &["treaty", "agreement"]), None);
    }
}

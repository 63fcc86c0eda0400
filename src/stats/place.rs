//! The problems found while a statistics file was read, placed at their
//! line and column: the row is read again from its byte offset and the
//! field's column found by scanning the line's quotes and commas (the only
//! scanning of CSV text outside the `csv` crate).

use super::table::Table;
use crate::load::{Diagnostic, Severity};
use std::io::{BufRead, Read, Seek, SeekFrom};
use std::path::Path;

/// A warning on the file as a whole, at its first line.
pub(super) fn note(message: String) -> Diagnostic {
    super::unplaced(Severity::Warning, message)
}

/// The character column where field `index` of a CSV line starts, and
/// how many characters it takes.
pub(crate) fn field_column(line: &str, index: usize) -> (usize, usize) {
    let mut field = 0;
    let mut quoted = false;
    let mut start = 0;
    for (col, c) in line.chars().enumerate() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => {
                if field == index {
                    return (start + 1, (col - start).max(1));
                }
                field += 1;
                start = col + 1;
            }
            _ => {}
        }
    }
    (start + 1, (line.chars().count() - start).max(1))
}

/// The table's problems as diagnostics, in the file's order.
pub(super) fn place(path: &Path, table: &Table) -> Vec<Diagnostic> {
    let mut pending = table.problems.clone();
    pending.sort_by_key(|p| p.byte);
    let mut file = std::fs::File::open(path).ok().map(std::io::BufReader::new);
    pending
        .into_iter()
        .map(|p| {
            let text = file
                .as_mut()
                .and_then(|f| {
                    f.seek(SeekFrom::Start(p.byte)).ok()?;
                    let mut bytes = Vec::new();
                    f.by_ref()
                        .take(1 << 16)
                        .read_until(b'\n', &mut bytes)
                        .ok()?;
                    let text = match String::from_utf8(bytes) {
                        Ok(t) => t,
                        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
                    };
                    Some(text.trim_end().to_string())
                })
                .unwrap_or_default();
            let (col, len) = p.field.map_or((1, 1), |i| field_column(&text, i));
            Diagnostic {
                severity: p.severity,
                line: p.line as usize,
                col,
                len,
                message: p.message,
                source_line: text,
                source_offset: 0,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_field_is_placed_past_quoted_commas() {
        let line = r#"H5,2017,1,Import,842,USA,156,China,3,"Fish, crustaceans",x1,4"#;
        assert_eq!(super::field_column(line, 0), (1, 2));
        assert_eq!(super::field_column(line, 10), (58, 2));
        assert_eq!(super::field_column(line, 11), (61, 1));
    }
}

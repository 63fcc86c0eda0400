//! TimelineJS's Google Sheets template, saved as CSV: a header row naming
//! the columns (Year, Month, Day, Time, End Year, …, Type, Group), then one
//! row per slide. `Type` is `title` for the title slide, `era` for an era,
//! empty for an event. Read with the `csv` crate; a problem is reported at
//! its row's line and the column of its field.

use super::slides::{At, DateParts, Issue, Part, Read, Slide};
use crate::load::{LineIndex, LoadError, Severity};

/// The template's columns, as its header row names them.
pub(crate) const COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

/// Reads the rows of a TimelineJS spreadsheet.
pub(crate) fn read(text: &str, idx: &LineIndex<'_>) -> Result<Read, LoadError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let fail = |line: usize, col: usize, message: String| LoadError {
        diagnostics: vec![idx.at(Severity::Error, line, col, 1, message)],
    };
    let headers = reader
        .headers()
        .map_err(|e| fail(1, 1, format!("the header row cannot be read: {e}")))?
        .clone();
    let mut read = Read::default();
    let column = columns(text, idx, &headers, &mut read.issues)?;
    let col = |name: &str| {
        COLUMNS
            .iter()
            .position(|c| *c == name)
            .and_then(|c| column[c])
    };
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let (line, c) = e
                    .position()
                    .map_or((1, 1), |p| idx.position(p.byte() as usize));
                return Err(fail(line, c, format!("the row cannot be read: {e}")));
            }
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        // The csv crate places a record after the previous one's '\r':
        // its first character is after the line break.
        let mut start = record.position().map_or(0, |p| p.byte() as usize);
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let row_line = idx.position(start).0;
        let get = |name: &str| -> String {
            col(name)
                .and_then(|i| record.get(i))
                .unwrap_or("")
                .to_string()
        };
        let part = |name: &str| -> Option<Part> {
            col(name).map(|i| Part {
                text: record.get(i).unwrap_or("").to_string(),
                at: field_at(text, idx, start, i),
            })
        };
        let date = |prefix: &str| -> DateParts {
            let name = |n: &str| format!("{prefix}{n}");
            DateParts {
                year: part(&name("Year")),
                month: part(&name("Month")),
                day: part(&name("Day")),
                time: part(&name("Time")).into_iter().collect(),
                display: None,
                at: Some(At::Pos {
                    line: row_line,
                    col: 1,
                    len: 1,
                }),
            }
        };
        let slide = Slide {
            at: Some(At::Pos {
                line: row_line,
                col: 1,
                len: 1,
            }),
            start: date(""),
            end: date("End "),
            display_date: Some(get("Display Date")).filter(|d| !d.trim().is_empty()),
            headline: get("Headline"),
            text: get("Text"),
            media_url: get("Media"),
            media_credit: get("Media Credit"),
            media_caption: get("Media Caption"),
            group: get("Group"),
            unique_id: None,
        };
        match get("Type").trim().to_ascii_lowercase().as_str() {
            "title" => {
                if read.title.is_some() {
                    read.issues.push(Issue::warning(
                        slide.at.clone().expect("set above"),
                        "a second title row; the first one is the dataset's title",
                    ));
                } else {
                    read.title = Some(slide);
                }
            }
            "era" => read.eras.push(slide),
            "" => read.events.push(slide),
            other => {
                read.issues.push(Issue::warning(
                    part("Type").map_or(slide.at.clone().expect("set above"), |p| p.at),
                    format!("type \"{other}\" is not one TimelineJS knows (title, era or empty); the row is read as an event"),
                ));
                read.events.push(slide);
            }
        }
    }
    Ok(read)
}

/// The column of each template column in `headers`, if present; an
/// error when Year or Headline is missing, a warning for each column
/// TimelineJS does not have.
fn columns(
    text: &str,
    idx: &LineIndex<'_>,
    headers: &csv::StringRecord,
    issues: &mut Vec<Issue>,
) -> Result<[Option<usize>; COLUMNS.len()], LoadError> {
    // Column number of each template column, if present.
    let mut column: [Option<usize>; COLUMNS.len()] = [None; COLUMNS.len()];
    for (i, h) in headers.iter().enumerate() {
        let h = h.trim();
        match COLUMNS.iter().position(|c| c.eq_ignore_ascii_case(h)) {
            Some(c) => column[c] = Some(i),
            None if h.is_empty() => {}
            None => issues.push(Issue::warning(
                field_at(text, idx, 0, i),
                format!("column \"{h}\" is not one of TimelineJS's; it is ignored"),
            )),
        }
    }
    if column[0].is_none() || column[9].is_none() {
        let missing: Vec<&str> = [0, 9]
            .into_iter()
            .filter(|&c| column[c].is_none())
            .map(|c| COLUMNS[c])
            .collect();
        return Err(LoadError {
            diagnostics: vec![idx.at(
                Severity::Error,
                1,
                1,
                1,
            format!(
                "expected TimelineJS's spreadsheet template: the header row has no {} column (its columns are {})",
                missing.join(" or "),
                COLUMNS.join(", ")
            ),
            )],
        });
    }
    Ok(column)
}

/// Where field `n` of the record starting at byte `start` is: the line and
/// column of its first character, underlining the field as written.
fn field_at(text: &str, idx: &LineIndex<'_>, start: usize, n: usize) -> At {
    let bytes = text.as_bytes();
    let mut i = start.min(bytes.len());
    let mut field = 0;
    let mut in_quotes = false;
    while i < bytes.len() && field < n {
        match bytes[i] {
            b'"' => in_quotes = !in_quotes,
            b',' if !in_quotes => field += 1,
            b'\n' | b'\r' if !in_quotes => break,
            _ => {}
        }
        i += 1;
    }
    let from = i;
    let mut in_quotes = false;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => in_quotes = !in_quotes,
            b',' | b'\n' | b'\r' if !in_quotes => break,
            _ => {}
        }
        i += 1;
    }
    let (line, col) = idx.position(from);
    let len = text
        .get(from..i)
        .map_or(1, |s| s.lines().next().unwrap_or("").chars().count());
    At::Pos { line, col, len }
}

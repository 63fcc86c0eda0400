//! What a file is, from its first bytes: each reader says whether the text
//! looks like its format, as Rerun's data loaders do. The extension is a
//! hint; the content decides when it is clear.

use super::Format;

/// How many bytes are read to tell a file's kind.
pub(crate) const HEAD_BYTES: usize = 64 * 1024;

/// What the first bytes of a file look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Looks {
    /// Clearly this format.
    Like(Format),
    /// A CSV file whose header row is not one Entente reads.
    OtherCsv,
    /// Nothing to go by (empty, or text of no known kind).
    Unknown,
}

/// What `head` (the first bytes of a file) looks like.
pub(crate) fn looks(head: &[u8]) -> Looks {
    // Up to the first byte that is not UTF-8 (the head may end inside a
    // character; the reader reports a real encoding error).
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // The valid prefix is valid UTF-8 by definition.
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if crate::layer::recognise(text).is_some() {
        return Looks::Like(Format::Layer);
    }
    let code = skip_comments(text);
    // A JSON object: `{` then a key or `}`. (A list, `[`, could be RON
    // as well as JSON: the name decides.)
    if let Some(rest) = code.strip_prefix('{')
        && (rest.trim_start().starts_with('"') || rest.trim_start().starts_with('}'))
    {
        return Looks::Like(Format::TimelineJson);
    }
    if code.starts_with("Dataset") || code.starts_with('(') || code.starts_with("#![") {
        return Looks::Like(Format::Ron);
    }
    csv_header(text)
}

/// The text after leading white space and RON comments (`//` to the end
/// of the line, `/* … */`).
fn skip_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest.split_once("*/").map_or("", |(_, r)| r);
        } else {
            return text;
        }
    }
}

/// The names of a CSV header row, without quotes and case.
fn header_names(line: &str) -> Vec<String> {
    line.split(',')
        .map(|n| n.trim().trim_matches('"').trim().to_lowercase())
        .collect()
}

/// A TimelineJS sheet (a header row with Year and Headline), another CSV
/// (a header row of several names, and a next row with as many fields), or
/// neither.
fn csv_header(text: &str) -> Looks {
    if crate::stats::recognise(text.lines().next().unwrap_or("")).is_some() {
        return Looks::Like(Format::Statistics);
    }
    let mut lines = text.lines();
    let names = header_names(lines.next().unwrap_or(""));
    let has = |n: &str| names.iter().any(|h| h == n);
    if has("year") && has("headline") {
        return Looks::Like(Format::TimelineCsv);
    }
    // A column's name: short, and not code or prose.
    let name_like = |n: &String| {
        !n.is_empty()
            && n.chars().count() <= 40
            && !n.contains(['[', ']', '(', ')', '{', '}', ':', ';', '.'])
    };
    let rows_agree = lines
        .next()
        .is_none_or(|row| row.split(',').count() == names.len());
    if names.len() >= 2 && names.iter().all(name_like) && rows_agree {
        Looks::OtherCsv
    } else {
        Looks::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_is_told_by_its_first_bytes() {
        let ron = Looks::Like(Format::Ron);
        assert_eq!(looks(b"Dataset(title: \"x\")"), ron);
        assert_eq!(
            looks(b"\xEF\xBB\xBF// A comment\n/* more */ (title: \"x\")"),
            ron
        );
        assert_eq!(looks(b"#![enable(implicit_some)]\nDataset()"), ron);
        assert_eq!(
            looks(b"  {\"events\": []}"),
            Looks::Like(Format::TimelineJson)
        );
        assert_eq!(
            looks(b"Year,Month,Day,Time,End Year,Headline,Text\n2008,6,11"),
            Looks::Like(Format::TimelineCsv)
        );
        assert_eq!(
            looks(b"\"YEAR\", \"headline\"\n"),
            Looks::Like(Format::TimelineCsv)
        );
        assert_eq!(looks(b"Name,Value\nx,1\n"), Looks::OtherCsv);
        assert_eq!(looks(b"hello"), Looks::Unknown);
        assert_eq!(
            looks(b"Dear colleague,\nplease find attached"),
            Looks::Unknown
        );
        assert_eq!(looks(b"{ }"), Looks::Like(Format::TimelineJson));
        // A list is RON or JSON: the name decides.
        assert_eq!(looks(b"[1, 2, 3]"), Looks::Unknown);
        assert_eq!(looks(b""), Looks::Unknown);
        assert_eq!(looks(b"\xFF\xFE\x00garbage"), Looks::Unknown);
    }
}

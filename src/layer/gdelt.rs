//! GDELT events: the 2.0 export (61 tab-separated columns, no header), the
//! 1.0 daily and historical files (58 and 57 columns), and either with a
//! header row (columns then found by name, so an added or renamed column
//! still reads; tab- or comma-separated). Actor countries are CAMEO codes;
//! `EventCode` stays text.

use super::{Actor, Keep, Layer, LayerEvent, LayerFormat, Problems, diagnostic, field_at};
use crate::country::Country;
use crate::load::{LoadError, Severity};
use std::path::Path;

/// Where the fields a layer uses are.
#[derive(Clone, Copy, Debug)]
struct Columns {
    id: usize,
    date: usize,
    a1: [usize; 3],
    a2: [usize; 3],
    code: usize,
    root: usize,
    quad: usize,
    goldstein: usize,
    mentions: usize,
    sources: usize,
    articles: usize,
    tone: usize,
    place: usize,
    url: Option<usize>,
    /// How many fields a row has (or the fewest, for 1.0's 57 or 58).
    fields: usize,
}

/// GDELT 2.0's and 1.0's layouts without a header.
fn by_layout(format: LayerFormat) -> Columns {
    let v2 = format == LayerFormat::Gdelt2;
    Columns {
        id: 0,
        date: 1,
        a1: [5, 6, 7],
        a2: [15, 16, 17],
        code: 26,
        root: 28,
        quad: 29,
        goldstein: 30,
        mentions: 31,
        sources: 32,
        articles: 33,
        tone: 34,
        place: if v2 { 52 } else { 50 },
        url: Some(if v2 { 60 } else { 57 }),
        fields: if v2 { 61 } else { 57 },
    }
}

/// The columns of a header row, by name.
fn by_header(names: &[String]) -> Result<Columns, String> {
    let at = |n: &str| names.iter().position(|h| h.eq_ignore_ascii_case(n));
    let need = |n: &'static str| at(n).ok_or(n);
    let find = || -> Result<Columns, &'static str> {
        Ok(Columns {
            id: need("GLOBALEVENTID")?,
            date: need("SQLDATE")?,
            a1: [
                need("Actor1Code")?,
                need("Actor1Name")?,
                need("Actor1CountryCode")?,
            ],
            a2: [
                need("Actor2Code")?,
                need("Actor2Name")?,
                need("Actor2CountryCode")?,
            ],
            code: need("EventCode")?,
            root: need("EventRootCode")?,
            quad: need("QuadClass")?,
            goldstein: need("GoldsteinScale")?,
            mentions: need("NumMentions")?,
            sources: need("NumSources")?,
            articles: need("NumArticles")?,
            tone: need("AvgTone")?,
            place: need("ActionGeo_FullName")?,
            url: at("SOURCEURL"),
            fields: names.len(),
        })
    };
    find().map_err(|missing| crate::tr!("layer-gdelt-no-column", column = missing.to_string()))
}

pub(super) fn read(
    path: &Path,
    keep: Keep,
    layer: &mut Layer,
    progress: &dyn Fn(u64, u64),
) -> Result<(), LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    let total = file.metadata().map_or(0, |m| m.len());
    let mut head = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(&file), &mut head)
        .map_err(|e| LoadError::unreadable(&e))?;
    let sep = if head.contains('\t') { b'\t' } else { b',' };
    let header = head.to_ascii_lowercase().starts_with("globaleventid");
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(sep)
        .quoting(sep == b',')
        .from_reader(std::io::BufReader::with_capacity(1 << 20, file));
    let mut record = csv::ByteRecord::new();
    let mut cols = by_layout(layer.format);
    if header {
        reader
            .read_byte_record(&mut record)
            .map_err(|e| super::error_at(1, 1, e.to_string()))?;
        let names: Vec<String> = record
            .iter()
            .map(|f| String::from_utf8_lossy(f).trim().to_string())
            .collect();
        cols = by_header(&names).map_err(|m| super::error_at(1, 1, m))?;
    }
    let mut problems = Problems::default();
    let mut codes = Codes::default();
    let mut n = 0u64;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                problems.unreadable(&e);
                continue;
            }
        }
        n += 1;
        if n.is_multiple_of(65_536) {
            progress(record.position().map_or(0, |p| p.byte()), total);
        }
        if record.len() == 1 && record.get(0).is_some_and(<[u8]>::is_empty) {
            continue;
        }
        layer.rows += 1;
        let line = record.position().map_or(0, |p| p.line()) as usize;
        row(
            &record,
            line,
            (&cols, sep as char),
            keep,
            &mut codes,
            layer,
            &mut problems,
        );
    }
    progress(total, total);
    layer.warnings = problems.finish();
    Ok(())
}

/// CAMEO country codes seen, each looked up once.
#[derive(Default)]
struct Codes(rustc_hash::FxHashMap<Vec<u8>, Option<Country>>);

impl Codes {
    fn country(&mut self, code: &[u8]) -> Option<Country> {
        if code.is_empty() {
            return None;
        }
        if let Some(c) = self.0.get(code) {
            return *c;
        }
        let c = std::str::from_utf8(code).ok().and_then(Country::by_cameo);
        self.0.insert(code.to_vec(), c);
        c
    }
}

fn text(b: &[u8]) -> &str {
    std::str::from_utf8(b).unwrap_or("").trim()
}

/// One row: kept when its actors' countries are the parties' (a
/// warning, and the row left out, when a field is not what it should be).
fn row(
    record: &csv::ByteRecord,
    line: usize,
    (cols, sep): (&Columns, char),
    keep: Keep,
    codes: &mut Codes,
    layer: &mut Layer,
    problems: &mut Problems,
) {
    let field = |i: usize| record.get(i).unwrap_or_default();
    let raw_line = || {
        record
            .iter()
            .map(|f| String::from_utf8_lossy(f).into_owned())
            .collect::<Vec<_>>()
            .join(&sep.to_string())
    };
    let short =
        record.len() < cols.fields && !(layer.format == LayerFormat::Gdelt1 && record.len() >= 57);
    if short || record.len() > cols.fields + 1 {
        problems.add("fields", || {
            diagnostic(
                Severity::Warning,
                (line, 1, 1),
                crate::tr!(
                    "layer-fields-of",
                    expected = cols.fields.to_string(),
                    format = layer.format.label(),
                    found = record.len()
                ),
                raw_line(),
            )
        });
        return;
    }
    country_codes(record, line, (cols, sep), &raw_line, problems);
    let c1 = codes.country(field(cols.a1[2]));
    // Between the parties: a first actor of neither is enough to skip.
    if keep.scope == super::Scope::Both && !keep.is_party(c1) {
        return;
    }
    let c2 = codes.country(field(cols.a2[2]));
    if !keep.keeps(c1, c2) {
        return;
    }
    let at = |i: usize| field_at(&raw_line(), i, sep);
    let date = text(field(cols.date));
    let Some(date) = sqldate(date) else {
        problems.add("date", || {
            diagnostic(
                Severity::Warning,
                (line, at(cols.date).0, at(cols.date).1),
                crate::tr!("layer-gdelt-bad-date", date = date.to_string()),
                raw_line(),
            )
        });
        return;
    };
    let Ok(goldstein) = problems.optional_number(
        ("goldstein", "GoldsteinScale"),
        text(field(cols.goldstein)),
        || {
            let (col, len) = at(cols.goldstein);
            (line, col, len)
        },
        raw_line,
    ) else {
        return;
    };
    let actor = |a: [usize; 3], c: Option<Country>| Actor {
        code: text(field(a[0])).into(),
        name: text(field(a[1])).into(),
        country: c.map(|c| c.iso3),
    };
    let number = |i: usize| text(field(i)).parse::<u32>().unwrap_or(0);
    let code = text(field(cols.code));
    let root = text(field(cols.root));
    layer.events.push(LayerEvent {
        id: text(field(cols.id)).into(),
        date: date.into(),
        actor1: actor(cols.a1, c1),
        actor2: actor(cols.a2, c2),
        code: code.into(),
        quad: text(field(cols.quad))
            .parse()
            .ok()
            .or_else(|| super::cameo::quad_class(root))
            .unwrap_or(0),
        goldstein,
        tone: text(field(cols.tone)).parse().ok(),
        mentions: number(cols.mentions),
        sources: number(cols.sources),
        articles: number(cols.articles),
        place: text(field(cols.place)).into(),
        url: cols
            .url
            .map(|i| text(field(i)).to_string())
            .unwrap_or_default(),
        publisher: Default::default(),
        line: line as u32,
    });
}

/// `20190930` as `2019-09-30`, if it is a day that exists.
fn sqldate(text: &str) -> Option<String> {
    if text.len() != 8 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let iso = format!("{}-{}-{}", &text[..4], &text[4..6], &text[6..]);
    crate::model::Date::parse(&iso)
        .ok()
        .filter(|d| d.day != 0)
        .map(|_| iso)
}

/// Warns of actor country codes that are not CAMEO's three capitals (the
/// actor is then taken as of no country).
fn country_codes(
    record: &csv::ByteRecord,
    line: usize,
    (cols, sep): (&Columns, char),
    raw_line: &dyn Fn() -> String,
    problems: &mut Problems,
) {
    let field = |i: usize| record.get(i).unwrap_or_default();
    for k in [cols.a1[2], cols.a2[2]] {
        let code = field(k);
        if !(code.is_empty() || code.len() == 3 && code.iter().all(u8::is_ascii_uppercase)) {
            let (col, len) = field_at(&raw_line(), k, sep);
            let shown = String::from_utf8_lossy(code).into_owned();
            problems.add("country", || {
                diagnostic(
                    Severity::Warning,
                    (line, col, len),
                    crate::tr!("layer-gdelt-bad-country", code = shown.clone()),
                    raw_line(),
                )
            });
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sqldate_must_be_a_day_that_exists() {
        assert_eq!(super::sqldate("20190930").as_deref(), Some("2019-09-30"));
        assert_eq!(super::sqldate("20190931"), None);
        assert_eq!(super::sqldate("2019093"), None);
    }
}

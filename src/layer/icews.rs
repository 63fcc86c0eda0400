//! ICEWS coded events (`.tab`): 20 named, tab-separated columns, `NA` for
//! what is missing, countries as full names ("Russian Federation").

use super::{Actor, Keep, Layer, LayerEvent, Problems, diagnostic, field_at};
use crate::country::Country;
use crate::load::{LoadError, Severity};
use std::path::Path;

/// The columns used, by name.
const NEEDED: [&str; 10] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Country",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Country",
    "Publisher",
    "Country",
];

pub(super) fn read(
    path: &Path,
    keep: Keep,
    layer: &mut Layer,
    progress: &dyn Fn(u64, u64),
) -> Result<(), LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    let total = file.metadata().map_or(0, |m| m.len());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(b'\t')
        .quoting(false)
        .from_reader(std::io::BufReader::with_capacity(1 << 20, file));
    let mut record = csv::StringRecord::new();
    if !reader
        .read_record(&mut record)
        .map_err(|e| super::error_at(1, 1, e.to_string()))?
    {
        return Err(super::error_at(1, 1, crate::tr!("layer-file-empty")));
    }
    let names: Vec<String> = record.iter().map(|n| n.trim().to_string()).collect();
    let mut at = [0usize; NEEDED.len()];
    for (k, n) in NEEDED.iter().enumerate() {
        at[k] = names
            .iter()
            .position(|h| h.eq_ignore_ascii_case(n))
            .ok_or_else(|| {
                super::error_at(
                    1,
                    1,
                    crate::tr!("layer-icews-no-column", column = format!("\"{n}\"")),
                )
            })?;
    }
    let (city, province) = (
        names.iter().position(|h| h == "City"),
        names.iter().position(|h| h == "Province"),
    );
    let mut problems = Problems::default();
    let mut countries: rustc_hash::FxHashMap<String, Option<Country>> = Default::default();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                problems.unreadable(&e);
                continue;
            }
        }
        layer.rows += 1;
        if layer.rows.is_multiple_of(65_536) {
            progress(record.position().map_or(0, |p| p.byte()), total);
        }
        let line = record.position().map_or(0, |p| p.line()) as usize;
        let columns = Columns {
            at: &at,
            width: names.len(),
            city,
            province,
        };
        row(
            &record,
            line,
            &columns,
            keep,
            &mut countries,
            layer,
            &mut problems,
        );
    }
    progress(total, total);
    layer.warnings = problems.finish();
    Ok(())
}

/// Where the columns a row needs are.
struct Columns<'a> {
    at: &'a [usize; NEEDED.len()],
    width: usize,
    city: Option<usize>,
    province: Option<usize>,
}

/// One row: kept when its countries are the parties'.
fn row(
    record: &csv::StringRecord,
    line: usize,
    cols: &Columns<'_>,
    keep: Keep,
    countries: &mut rustc_hash::FxHashMap<String, Option<Country>>,
    layer: &mut Layer,
    problems: &mut Problems,
) {
    let (at, city, province) = (cols.at, cols.city, cols.province);
    let get = |k: usize| {
        record
            .get(at[k])
            .map(str::trim)
            .filter(|v| *v != "NA")
            .unwrap_or("")
    };
    let raw = || record.iter().collect::<Vec<_>>().join("\t");
    if record.len() != cols.width {
        problems.add("fields", || {
            diagnostic(
                Severity::Warning,
                (line, 1, 1),
                crate::tr!(
                    "layer-fields",
                    expected = cols.width.to_string(),
                    found = record.len()
                ),
                raw(),
            )
        });
        return;
    }
    let mut country = |k: usize, problems: &mut Problems| {
        let name = get(k).to_string();
        if name.is_empty() {
            return None;
        }
        let found = *countries
            .entry(name.clone())
            .or_insert_with(|| Country::find(&name));
        if found.is_none() {
            let (col, len) = field_at(&raw(), at[k], '\t');
            problems.add("country", || {
                diagnostic(
                    Severity::Warning,
                    (line, col, len),
                    crate::tr!(
                        "layer-unknown-country",
                        name = name.to_string(),
                        column = NEEDED[k]
                    ),
                    raw(),
                )
            });
        }
        found
    };
    let (c1, c2) = (country(3, problems), country(7, problems));
    if !keep.keeps(c1, c2) {
        return;
    }
    let date = get(1);
    if crate::model::Date::parse(date)
        .ok()
        .is_none_or(|d| d.day == 0)
    {
        let (col, len) = field_at(&raw(), at[1], '\t');
        problems.add("date", || {
            diagnostic(
                Severity::Warning,
                (line, col, len),
                crate::tr!("layer-icews-bad-date", date = date.to_string()),
                raw(),
            )
        });
        return;
    }
    let Ok(intensity) = problems.optional_number(
        ("intensity", "Intensity"),
        get(5),
        || {
            let (col, len) = field_at(&raw(), at[5], '\t');
            (line, col, len)
        },
        raw,
    ) else {
        return;
    };
    let place = place_of(record, (city, province), get(9));
    let (c1, c2) = (c1.map(|c| c.iso3), c2.map(|c| c.iso3));
    layer
        .events
        .push(event(&get, (date, c1, c2, intensity, place), line));
}

/// "City, Province, Country", as far as the row gives them.
fn place_of(
    record: &csv::StringRecord,
    (city, province): (Option<usize>, Option<usize>),
    country: &str,
) -> String {
    let parts: Vec<&str> = [city, province]
        .into_iter()
        .flatten()
        .filter_map(|i| record.get(i))
        .chain(std::iter::once(country))
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "NA")
        .collect();
    parts.join(", ")
}

type Known<'a> = (
    &'a str,
    Option<&'static str>,
    Option<&'static str>,
    Option<f32>,
    String,
);

/// The event of a row, from its fields (`get` by [`NEEDED`] place) and
/// what was checked of them: date, countries, intensity, place.
fn event<'r>(
    get: &dyn Fn(usize) -> &'r str,
    (date, c1, c2, intensity, place): Known<'_>,
    line: usize,
) -> LayerEvent {
    let code = get(4);
    LayerEvent {
        id: get(0).into(),
        date: date.into(),
        actor1: Actor {
            code: Default::default(),
            name: get(2).into(),
            country: c1,
        },
        actor2: Actor {
            code: Default::default(),
            name: get(6).into(),
            country: c2,
        },
        code: code.into(),
        quad: super::cameo::quad_class(code.get(..2).unwrap_or("")).unwrap_or(0),
        goldstein: intensity,
        tone: None,
        mentions: 1,
        sources: 1,
        articles: 1,
        place: place.into(),
        url: String::new(),
        publisher: get(8).into(),
        line: line as u32,
    }
}

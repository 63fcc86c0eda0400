//! World Bank WDI files (`API_<indicator>_DS2_en_csv_v2_….csv`): a
//! preamble ("Data Source", "Last Updated Date"), then one row per country
//! or aggregate and one column per year, with a trailing comma and empty
//! cells for missing years. Read as an indicator series for a country.

use super::place::{field_column, note};
use super::{Imported, Options, Publisher, columns::normalise, error_at, rows};
use crate::country::Country;
use crate::format::plural;
use crate::load::{Diagnostic, LoadError, Severity};
use crate::model::{Dataset, Indicator, IndicatorValue, Source};
use std::path::Path;

/// The header and what the preamble says.
struct Layout {
    updated: Option<String>,
    years: Vec<(usize, i32)>,
    code: usize,
    name: usize,
    indicator: usize,
    indicator_code: usize,
}

/// A country's row: its name and values by year (value, line, column).
struct Found {
    name: String,
    values: Vec<(i32, f64)>,
}

pub(super) fn read(
    path: &Path,
    file_name: String,
    options: &Options,
    progress: &dyn Fn(u64, u64),
) -> Result<Imported, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    let total = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::BufReader::new(file));
    let wanted: Vec<Country> = match (&options.country, &options.parties) {
        (Some(c), _) => vec![Country::find(c).ok_or_else(|| {
            error_at(
                1,
                1,
                crate::tr!("stats-unknown-country-option", country = c.to_string()),
            )
        })?],
        (None, Some(p)) => p.countries.to_vec(),
        (None, None) => Vec::new(),
    };
    let mut layout: Option<Layout> = None;
    let mut updated = None;
    let mut rows_read = 0usize;
    let mut found: Vec<(Country, Found)> = Vec::new();
    let mut problems: Vec<Diagnostic> = Vec::new();
    let mut meta = (String::new(), String::new());
    let mut latin1 = false;
    for record in reader.records() {
        let record = record.map_err(|e| {
            error_at(
                e.position().map_or(1, |p| p.line() as usize),
                1,
                format!("the file could not be read as CSV: {e}"),
            )
        })?;
        let first = normalise(record.get(0).unwrap_or(""));
        let Some(l) = &layout else {
            if first == "lastupdateddate" {
                updated = record.get(1).map(str::to_string);
            } else if first == "countryname" {
                layout = Some(header(&record, updated.clone())?);
            }
            continue;
        };
        rows_read += 1;
        let line = record.position().map_or(0, |p| p.line()) as usize;
        let code = record.get(l.code).unwrap_or("").trim();
        if meta.0.is_empty() {
            meta = (
                record.get(l.indicator).unwrap_or("").to_string(),
                record.get(l.indicator_code).unwrap_or("").to_string(),
            );
        }
        let Some(country) = wanted.iter().find(|c| c.iso3.eq_ignore_ascii_case(code)) else {
            continue;
        };
        let values = values_of(&record, &l.years, line, &mut problems);
        let name =
            rows::text(record.get(l.name).unwrap_or("").as_bytes(), &mut latin1).into_owned();
        found.push((*country, Found { name, values }));
    }
    progress(total, total);
    let Some(layout) = layout else {
        return Err(error_at(1, 1, crate::tr!("stats-wdi-header")));
    };
    if problems.iter().any(Diagnostic::is_error) {
        return Err(LoadError {
            diagnostics: problems,
        });
    }
    if rows_read == 0 {
        return Err(error_at(6, 1, crate::tr!("stats-no-rows")));
    }
    let read = Read {
        layout,
        meta,
        rows_read,
        found,
        wanted,
    };
    Ok(finish(read, problems, options, &file_name))
}

/// What the rows gave.
struct Read {
    layout: Layout,
    meta: (String, String),
    rows_read: usize,
    found: Vec<(Country, Found)>,
    wanted: Vec<Country>,
}

/// The summary, the notes on countries not found, the indicators.
fn finish(
    read: Read,
    mut problems: Vec<Diagnostic>,
    options: &Options,
    file_name: &str,
) -> Imported {
    let Read {
        layout,
        meta,
        rows_read,
        found,
        wanted,
    } = read;
    let span = match (layout.years.first(), layout.years.last()) {
        (Some(a), Some(b)) => format!("{}–{}", a.1, b.1),
        _ => "no years".into(),
    };
    let summary = format!(
        "World Bank WDI CSV: indicator {} ({}); {}; {}; last updated {}",
        meta.0,
        meta.1,
        plural(rows_read, "country or aggregate row"),
        span,
        layout.updated.as_deref().unwrap_or("not given")
    );
    if wanted.is_empty() {
        problems.push(note(crate::tr!("stats-wdi-name-country")));
    }
    for c in &wanted {
        if !found.iter().any(|(f, _)| f == c) {
            problems.push(note(crate::tr!(
                "stats-wdi-no-row",
                country = c.iso3,
                rows = plural(rows_read, "row")
            )));
        }
    }
    let indicators = found
        .into_iter()
        .filter(|(_, f)| !f.values.is_empty())
        .map(|(c, f)| indicator(c, f, &meta, &layout, file_name))
        .collect();
    let ds = Dataset {
        title: format!("{} (World Bank WDI)", meta.0).into(),
        parties: options
            .parties
            .as_ref()
            .map(|p| p.names.clone())
            .unwrap_or_default(),
        description: format!("Imported by Entente from {file_name} (World Bank WDI CSV).").into(),
        indicators,
        ..Dataset::default()
    };
    Imported {
        dataset: ds,
        publisher: Publisher::Wdi,
        summary,
        warnings: problems,
    }
}

/// The values of a country's row by year; a cell that is not a number is
/// an error at its column.
fn values_of(
    record: &csv::StringRecord,
    years: &[(usize, i32)],
    line: usize,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(i32, f64)> {
    let mut values = Vec::new();
    for &(i, year) in years {
        match rows::number(record.get(i).unwrap_or("")) {
            rows::Number::Empty => {}
            rows::Number::Value { value, .. } => values.push((year, value)),
            rows::Number::Bad(text) => {
                let raw = (record.iter())
                    .map(|f| {
                        if f.contains(',') {
                            format!("\"{f}\"")
                        } else {
                            f.to_string()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(",");
                let (col, len) = field_column(&raw, i);
                problems.push(Diagnostic {
                    severity: Severity::Error,
                    line,
                    col,
                    len,
                    message: crate::tr!(
                        "stats-bad-number",
                        column = format!("\"{year}\""),
                        found = text.to_string()
                    ),
                    source_line: raw,
                    source_offset: 0,
                });
            }
        }
    }
    values
}

fn header(record: &csv::StringRecord, updated: Option<String>) -> Result<Layout, LoadError> {
    let names: Vec<String> = record.iter().map(normalise).collect();
    let at = |n: &str| names.iter().position(|h| h == n);
    let need = |n: &str, shown: &str| {
        at(n).ok_or_else(|| {
            error_at(
                record.position().map_or(5, |p| p.line() as usize),
                1,
                crate::tr!("stats-wdi-no-column", column = shown.to_string()),
            )
        })
    };
    Ok(Layout {
        updated,
        years: names
            .iter()
            .enumerate()
            .filter_map(|(i, n)| {
                n.parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2100).contains(y))
                    .map(|y| (i, y))
            })
            .collect(),
        code: need("countrycode", "Country Code")?,
        name: need("countryname", "Country Name")?,
        indicator: need("indicatorname", "Indicator Name")?,
        indicator_code: need("indicatorcode", "Indicator Code")?,
    })
}

/// The indicator of one country: the latest year's value, the others
/// before it; amounts in US dollars shown in millions.
fn indicator(
    country: Country,
    found: Found,
    (name, code): &(String, String),
    layout: &Layout,
    file_name: &str,
) -> Indicator {
    let id = format!(
        "wdi-{}-{}",
        code.to_lowercase().replace('.', "-"),
        country.iso3.to_lowercase()
    );
    let source_id = format!("{id}-file");
    let unit_in_file = name
        .rsplit_once('(')
        .map(|(_, u)| u.trim_end_matches(')').to_string())
        .unwrap_or_default();
    let big = found.values.iter().any(|(_, v)| v.abs() >= 1e6) && unit_in_file.contains("US$");
    let scale = if big { 1e6 } else { 1.0 };
    let unit = if big {
        "US$ million".to_string()
    } else {
        unit_in_file.clone()
    };
    let mut values: Vec<IndicatorValue> = found
        .values
        .iter()
        .map(|&(year, v)| IndicatorValue {
            value: v / scale,
            as_of: year.to_string(),
            approximate: false,
            rank: None,
            note: None,
            sources: vec![source_id.clone()],
        })
        .collect();
    let last = values.pop().expect("a country with values");
    Indicator {
        id,
        label: format!("{}: {name}", found.name).into(),
        value: last.value,
        unit,
        as_of: last.as_of,
        approximate: false,
        rank: None,
        rank_among: None,
        note: Some(if big {
            format!("In {unit_in_file} in the file, shown in millions.")
        } else {
            format!("In {unit_in_file}.")
        }),
        sources: vec![source_id.clone()],
        source: Some(Source {
            id: source_id,
            publisher: "World Bank WDI".into(),
            title: Some(format!("{name} ({code})").into()),
            url: None,
            date: layout.updated.clone(),
            note: Some(format!(
                "From {file_name}: the row of {} ({}).",
                found.name, country.iso3
            )),
        }),
        earlier: values,
    }
}

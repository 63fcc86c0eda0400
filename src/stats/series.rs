//! A Comtrade or WITS file, streamed into a [`Table`], then the table in
//! the dataset's terms: one series per reporter (flows from its side, the
//! partner the other party), built by [`super::build`].

use super::build::build;
use super::columns::{Columns, Field};
use super::table::Table;
use super::{Imported, Options, Parties, Publisher, error_at, place, rows};
use crate::country::Country;
use crate::format::{plural, thousands};
use crate::load::LoadError;
use crate::model::Dataset;
use std::path::Path;

/// Streams the file into a table and builds the dataset's series.
pub(super) fn read(
    path: &Path,
    publisher: Publisher,
    file_name: String,
    options: &Options,
    (total, progress): (u64, &dyn Fn(u64, u64)),
) -> Result<Imported, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::unreadable(&e))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::BufReader::with_capacity(1 << 20, file));
    let mut record = csv::ByteRecord::new();
    let mut latin1 = false;
    let header: Vec<String> = match reader.read_byte_record(&mut record) {
        Ok(true) => record
            .iter()
            .map(|f| {
                rows::text(f, &mut latin1)
                    .trim_start_matches('\u{FEFF}')
                    .to_string()
            })
            .collect(),
        _ => {
            return Err(error_at(1, 1, crate::tr!("stats-empty")));
        }
    };
    let cols = Columns::find(&header, publisher)
        .map_err(|missing| missing_columns(publisher, &missing, &header))?;
    // Where lines end in CR LF, the csv crate places a record at the LF
    // that ends the one before: one byte and one line early.
    let crlf = crlf(path);
    let mut table = Table::new(publisher, file_name);
    table.latin1 = latin1;
    let mut n = 0u64;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line()) as usize;
                return Err(error_at(
                    line.max(1),
                    1,
                    crate::tr!("stats-not-csv", error = e.to_string()),
                ));
            }
        }
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let pos = record.position().map_or((0, 0), |p| (p.line(), p.byte()));
        let pos = if crlf { (pos.0 + 1, pos.1 + 1) } else { pos };
        rows::read_row(&mut table, &cols, options.parties.as_ref(), &record, pos);
        n += 1;
        if n.is_multiple_of(65_536) {
            progress(pos.1, total);
        }
    }
    progress(total, total);
    finish(path, table, options)
}

/// Whether the file's first line ends in CR LF.
fn crlf(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 1 << 16), &mut head));
    read.is_ok()
        && head
            .iter()
            .position(|&b| b == b'\n')
            .is_some_and(|i| i > 0 && head[i - 1] == b'\r')
}

fn missing_columns(publisher: Publisher, missing: &[Field], header: &[String]) -> LoadError {
    let names: Vec<&str> = missing.iter().map(|f| f.shown(publisher)).collect();
    error_at(
        1,
        1,
        crate::tr!(
            "stats-missing-columns",
            file = publisher.label(),
            columns = names.join(", "),
            header = header.join(", ")
        ),
    )
}

/// The table's problems placed, the parties decided, the series built.
fn finish(path: &Path, table: Table, options: &Options) -> Result<Imported, LoadError> {
    let mut diagnostics = place::place(path, &table);
    for (kind, more) in table.unlisted() {
        diagnostics.push(place::note(crate::tr!(
            "stats-more-rows",
            n = crate::format::thousands(more),
            kind = kind.to_string()
        )));
    }
    if table.rows == 0 {
        return Err(error_at(2, 1, crate::tr!("stats-no-rows")));
    }
    if table.has_errors() {
        return Err(LoadError { diagnostics });
    }
    let summary = summary(&table);
    let parties = match &options.parties {
        Some(p) => Some(p.clone()),
        None => infer_parties(&table),
    };
    let mut ds = Dataset {
        description: format!(
            "Imported by Entente from {} ({}).",
            table.file_name,
            table.publisher.label()
        )
        .into(),
        ..Dataset::default()
    };
    let Some(parties) = parties else {
        diagnostics.push(place::note(crate::tr!(
            "stats-name-parties",
            reporters = table.names(&table.reporters, 12),
            partners = table.names(&table.partners, 12)
        )));
        ds.title = format!("{} ({})", table.file_name, table.publisher.label()).into();
        return Ok(Imported {
            dataset: ds,
            publisher: table.publisher,
            summary,
            warnings: diagnostics,
        });
    };
    if table.used == 0 {
        return Err(error_at(
            1,
            1,
            crate::tr!(
                "stats-none-between",
                rows = plural(table.rows as usize, "row"),
                a = parties.names.0.clone(),
                b = parties.names.1.clone(),
                reporters = table.names(&table.reporters, 12),
                partners = table.names(&table.partners, 12)
            ),
        ));
    }
    ds.title = format!(
        "{}–{} trade ({})",
        parties.names.0,
        parties.names.1,
        table.publisher.publisher()
    )
    .into();
    ds.parties = parties.names.clone();
    let [a, b] = parties.countries;
    ds.trade = [(a, b), (b, a)]
        .into_iter()
        .filter_map(|(r, p)| build(&table, &parties, r, p))
        .collect();
    Ok(Imported {
        dataset: ds,
        publisher: table.publisher,
        summary,
        warnings: diagnostics,
    })
}

/// The two countries of a file between two (each as reporter, partner
/// or both), the first reporter first.
fn infer_parties(table: &Table) -> Option<Parties> {
    let both: std::collections::BTreeSet<u16> =
        table.reporters.union(&table.partners).copied().collect();
    if both.len() != 2 {
        return None;
    }
    let first = *table.reporters.first()?;
    let second = *both.iter().find(|&&c| c != first)?;
    let (r, p) = (
        &table.countries[first as usize],
        &table.countries[second as usize],
    );
    Some(Parties {
        names: (r.name.clone(), p.name.clone()),
        countries: [Country::find(&r.code)?, Country::find(&p.code)?],
    })
}

/// "UN Comtrade CSV: reporters USA; partners CHN; flows exports, imports;
/// 2017; 290 rows: 193 used, 97 skipped (97 re-export …)".
fn summary(table: &Table) -> String {
    let skipped: u64 = table.skipped.values().sum();
    let why = table.skip_reasons();
    let flows: Vec<String> = table
        .flows
        .iter()
        .map(|f| match *f {
            "exports" => crate::tr!("flow-exports"),
            "imports" => crate::tr!("flow-imports"),
            other => other.to_string(),
        })
        .collect();
    let mut text = crate::tr!(
        "stats-summary",
        file = table.publisher.label(),
        reporters = table.names(&table.reporters, 12),
        partners = table.names(&table.partners, 12),
        flows = if flows.is_empty() {
            crate::tr!("stats-no-flows")
        } else {
            flows.join(", ")
        },
        span = table.period_span(),
        rows = plural(table.rows as usize, "row"),
        used = thousands(table.used as usize),
        skipped = thousands(skipped as usize)
    );
    if !why.is_empty() {
        text.push_str(&format!(" ({})", why.join("; ")));
    }
    if table.latin1 {
        text.push_str(&format!("; {}", crate::tr!("stats-latin1")));
    }
    text
}

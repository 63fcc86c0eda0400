//! Reads the rows of a UN Comtrade (current or legacy) or WITS file one at
//! a time (the `csv` crate, over a buffered file) into a [`Table`]: each
//! row's fields by their column, checked, and added to its cell.

use super::columns::{Columns, Field};
use super::table::{Key, Pending, TOTAL, Table};
use super::{Parties, Publisher};
use crate::country::Country;
use crate::load::Severity;
use crate::model::Flow;
use std::borrow::Cow;

/// A field's text: UTF-8, or Latin-1 (as Comtrade and WITS write) byte by
/// byte when it is not.
pub(crate) fn text<'a>(bytes: &'a [u8], latin1: &mut bool) -> Cow<'a, str> {
    match std::str::from_utf8(bytes) {
        Ok(t) => Cow::Borrowed(t.trim()),
        Err(_) => {
            *latin1 = true;
            Cow::Owned(
                bytes
                    .iter()
                    .map(|&b| b as char)
                    .collect::<String>()
                    .trim()
                    .to_string(),
            )
        }
    }
}

/// How a row's value reads.
pub(crate) enum Number {
    Empty,
    Value { value: f64, lossy: bool },
    Bad(String),
}

/// A figure as written: plain or in scientific notation (then `lossy`:
/// a spreadsheet kept only a few significant digits).
pub(crate) fn number(text: &str) -> Number {
    let t = text.trim();
    if t.is_empty() {
        return Number::Empty;
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Number::Value {
            value: v,
            lossy: t.contains(['e', 'E']),
        },
        _ => Number::Bad(t.to_string()),
    }
}

/// One row's reading, before it is added.
struct Row<'r> {
    record: &'r csv::ByteRecord,
    line: u64,
    byte: u64,
}

impl<'r> Row<'r> {
    /// A field's bytes, as in the file.
    fn raw(&self, cols: &Columns, f: Field) -> &'r [u8] {
        cols.index(f)
            .and_then(|i| self.record.get(i))
            .unwrap_or_default()
    }

    /// A field's text, borrowed when it is UTF-8.
    fn text(&self, cols: &Columns, f: Field, latin1: &mut bool) -> Cow<'r, str> {
        text(self.raw(cols, f), latin1)
    }

    fn pending(&self, cols: &Columns, f: Field, severity: Severity, message: String) -> Pending {
        Pending {
            severity,
            line: self.line,
            byte: self.byte,
            field: cols.index(f),
            message,
        }
    }
}

/// The flow of a row: exports, imports, or a flow not used (re-exports...).
fn flow(publisher: Publisher, code: &str, name: &str) -> Result<Flow, String> {
    let by_code = match (publisher, code) {
        (Publisher::Comtrade, "X" | "x")
        | (Publisher::ComtradeLegacy, "2")
        | (Publisher::Wits, "6") => Some(Flow::Exports),
        (Publisher::Comtrade, "M" | "m")
        | (Publisher::ComtradeLegacy, "1")
        | (Publisher::Wits, "5") => Some(Flow::Imports),
        _ => None,
    };
    let named = |names: [&str; 3]| names.iter().any(|n| name.eq_ignore_ascii_case(n));
    by_code
        .or_else(|| {
            if named(["export", "exports", "gross exp."]) {
                Some(Flow::Exports)
            } else if named(["import", "imports", "gross imp."]) {
                Some(Flow::Imports)
            } else {
                None
            }
        })
        .ok_or_else(|| {
            if name.is_empty() {
                format!("flow {code}")
            } else {
                name.to_lowercase()
            }
        })
}

/// Is this partner an aggregate (World, "Areas, nes", bunkers...)?
fn aggregate_partner(code: &str, iso: &str, name: &str) -> bool {
    let iso = iso.trim();
    code == "0"
        || iso.eq_ignore_ascii_case("W00")
        || iso.eq_ignore_ascii_case("WLD")
        || iso.starts_with('_')
        || iso.starts_with('X')
        || name.eq_ignore_ascii_case("world")
        || name.contains(", nes")
}

/// A country of a row (its code, ISO code and name) as the table keeps it,
/// looked up once per distinct country in the file.
fn country_of(
    table: &mut Table,
    row: &Row<'_>,
    cols: &Columns,
    fields: [Field; 3],
) -> (u16, Option<Country>) {
    let [code, iso, name] = fields.map(|f| row.raw(cols, f));
    let mut key = std::mem::take(&mut table.key_buf);
    key.clear();
    for part in [code, iso, name] {
        key.extend_from_slice(part);
        key.push(0);
    }
    let found = match table.identities.get(key.as_slice()) {
        Some(&known) => known,
        None => {
            let mut latin1 = false;
            let [code, iso, name] = [code, iso, name].map(|b| text(b, &mut latin1));
            let (id, country) = identify(&code, &iso, &name);
            let index = table.country(&id, &name);
            table.identities.insert(key.clone(), (index, country));
            (index, country)
        }
    };
    table.key_buf = key;
    found
}

/// A country's code as the table keeps it: alpha-3 when the table knows
/// it, else the file's own code or name.
fn identify(code: &str, iso: &str, name: &str) -> (String, Option<Country>) {
    let found = Country::find(iso)
        .or_else(|| Country::find(code))
        .or_else(|| Country::find(name));
    match found {
        Some(c) => (c.iso3.to_string(), Some(c)),
        None => {
            let own = [iso, code, name]
                .into_iter()
                .find(|t| !t.is_empty())
                .unwrap_or("?");
            (own.to_string(), None)
        }
    }
}

/// HS codes as Comtrade's legacy files and spreadsheets write them lose a
/// leading zero ("1" for chapter 01): restore it for an HS code.
fn product_code(classification: &str, code: &str) -> String {
    let hs = classification.starts_with('H') || classification.starts_with('h');
    if hs && code.len() % 2 == 1 && code.bytes().all(|b| b.is_ascii_digit()) {
        format!("0{code}")
    } else {
        code.to_string()
    }
}

/// Reads one row into the table.
pub(crate) fn read_row(
    table: &mut Table,
    cols: &Columns,
    parties: Option<&Parties>,
    record: &csv::ByteRecord,
    (line, byte): (u64, u64),
) {
    table.rows += 1;
    let row = Row { record, line, byte };
    let mut latin1 = table.latin1;
    let publisher = cols.publisher;

    let Some(period) = period_of(table, &row, cols) else {
        return;
    };
    // The flow.
    let flow = match flow(
        publisher,
        &row.text(cols, Field::FlowCode, &mut latin1),
        &row.text(cols, Field::FlowName, &mut latin1),
    ) {
        Ok(f) => f,
        Err(name) => {
            table.latin1 = latin1;
            table.skip_flow(&name);
            return;
        }
    };

    // Breakdowns that would count a value twice.
    for (f, total) in [
        (Field::Partner2Code, "0"),
        (Field::ModeOfTransport, "0"),
        (Field::Customs, "C00"),
    ] {
        let v = row.raw(cols, f).trim_ascii();
        if !v.is_empty() && v != total.as_bytes() {
            table.latin1 = latin1;
            table.skip("stats-skip-breakdown");
            return;
        }
    }

    // Reporter and partner.
    let (r, reporter) = country_of(
        table,
        &row,
        cols,
        [Field::ReporterCode, Field::ReporterIso, Field::ReporterName],
    );
    table.reporters.insert(r);
    let mut l = false;
    let p_fields = [Field::PartnerCode, Field::PartnerIso, Field::PartnerName]
        .map(|f| row.text(cols, f, &mut l));
    if aggregate_partner(&p_fields[0], &p_fields[1], &p_fields[2]) {
        table.skip("stats-skip-world");
        return;
    }
    let (p, partner) = country_of(
        table,
        &row,
        cols,
        [Field::PartnerCode, Field::PartnerIso, Field::PartnerName],
    );
    table.partners.insert(p);
    table.flows.insert(flow.label());
    if let Some(parties) = parties
        && !parties.pair(reporter, partner)
    {
        table.skip("stats-skip-not-parties");
        return;
    }

    let Some(value) = value_of(table, &row, cols) else {
        return;
    };
    let usd = if publisher == Publisher::Wits {
        (value.0 * 100_000.0).round() / 100.0
    } else {
        value.0
    };

    let product = product_of(table, &row, cols);
    let raw_code = row.text(cols, Field::ProductCode, &mut latin1);
    let estimated = publisher == Publisher::Comtrade
        && row
            .raw(cols, Field::IsReported)
            .eq_ignore_ascii_case(b"false")
        && row
            .raw(cols, Field::IsAggregate)
            .eq_ignore_ascii_case(b"false");
    let unit = (publisher == Publisher::Wits).then(|| {
        let u = row.text(cols, Field::QtyUnit, &mut latin1).into_owned();
        table.unit(&u)
    });
    table.latin1 |= latin1;
    let key = Key {
        reporter: r,
        partner: p,
        flow,
        period,
        product,
    };
    table.periods.insert(key.period);
    if let Some(first) = table.add(key, usd, (estimated, value.1), line, unit) {
        let p = row.pending(
            cols,
            Field::ProductCode,
            Severity::Warning,
            duplicate_message(publisher, &raw_code, first),
        );
        table.problem("duplicate", p);
        table.skip("stats-skip-duplicate");
        return;
    }
    table.used += 1;
}

/// The row's period, `year * 100 + month` (month 0 for a year); a year
/// that is not one, or outside 1900–2100, is an error at its column.
fn period_of(table: &mut Table, row: &Row<'_>, cols: &Columns) -> Option<u32> {
    let publisher = cols.publisher;
    let mut latin1 = table.latin1;
    let get = |f: Field, l: &mut bool| row.text(cols, f, l);
    let year_text = get(Field::Year, &mut latin1);
    let Ok(year) = year_text.parse::<i32>() else {
        let p = row.pending(
            cols,
            Field::Year,
            Severity::Error,
            crate::tr!(
                "stats-bad-year",
                column = Field::Year.shown(publisher),
                found = year_text.to_string()
            ),
        );
        table.problem("year", p);
        return None;
    };
    if !(1900..=2100).contains(&year) {
        let p = row.pending(
            cols,
            Field::Year,
            Severity::Error,
            crate::tr!(
                "stats-year-range",
                year = year.to_string(),
                column = Field::Year.shown(publisher)
            ),
        );
        table.problem("year", p);
        return None;
    }
    // Comtrade says its frequency; a legacy file's monthly period is
    // written YYYYMM.
    let period_text = get(Field::Period, &mut latin1);
    let monthly = match cols.index(Field::Frequency) {
        Some(_) => get(Field::Frequency, &mut latin1).eq_ignore_ascii_case("M"),
        None => period_text.len() == 6 && period_text.bytes().all(|b| b.is_ascii_digit()),
    };
    let month = if monthly {
        let m = get(Field::Month, &mut latin1).parse::<u32>().unwrap_or(0);
        let from_period = get(Field::Period, &mut latin1);
        if (1..=12).contains(&m) {
            m
        } else {
            from_period
                .get(4..6)
                .and_then(|s| s.parse().ok())
                .unwrap_or(0)
        }
    } else {
        0
    };
    table.latin1 = latin1;
    Some(year as u32 * 100 + month)
}

/// The row's value and whether it was written in scientific notation; a
/// value that is not a number, or negative, is an error at its column; no
/// value skips the row.
fn value_of(table: &mut Table, row: &Row<'_>, cols: &Columns) -> Option<(f64, bool)> {
    let publisher = cols.publisher;
    let mut latin1 = table.latin1;
    let text = row.text(cols, Field::Value, &mut latin1);
    let value = match number(&text) {
        Number::Value { value, .. } if value < 0.0 => {
            let p = row.pending(
                cols,
                Field::Value,
                Severity::Error,
                crate::tr!(
                    "stats-negative",
                    column = Field::Value.shown(publisher),
                    value = value.to_string()
                ),
            );
            table.problem("negative", p);
            return None;
        }
        Number::Value { value, lossy } => (value, lossy),
        Number::Empty => {
            table.skip("stats-skip-no-value");
            return None;
        }
        Number::Bad(found) => {
            let p = row.pending(
                cols,
                Field::Value,
                Severity::Error,
                crate::tr!(
                    "stats-bad-number",
                    column = Field::Value.shown(publisher),
                    found = found.to_string()
                ),
            );
            table.problem("number", p);
            return None;
        }
    };
    if value.1 {
        table.lossy += 1;
        if table.lossy == 1 {
            let p = row.pending(
                cols,
                Field::Value,
                Severity::Warning,
                crate::tr!(
                    "stats-lossy",
                    column = Field::Value.shown(publisher),
                    value = value.0.to_string()
                ),
            );
            table.problem("lossy", p);
        }
    }
    Some(value)
}

/// The row's product, [`TOTAL`] for a total-commodity row; its
/// classification noted, its code and name kept once.
fn product_of(table: &mut Table, row: &Row<'_>, cols: &Columns) -> u32 {
    let mut latin1 = false;
    let classification = row.raw(cols, Field::Classification);
    if classification != table.last_classification.as_slice() {
        table.last_classification = classification.to_vec();
        let c = text(classification, &mut latin1);
        if !c.is_empty() {
            table.classifications.insert(c.into_owned());
        }
    }
    let raw_code = row.text(cols, Field::ProductCode, &mut latin1);
    if raw_code.eq_ignore_ascii_case("total") || raw_code == "999999" {
        return TOTAL;
    }
    if let Some(i) = table.product_of_raw(row.raw(cols, Field::ProductCode)) {
        return i;
    }
    let class = text(classification, &mut latin1);
    let code = product_code(&class, &raw_code);
    let name = row.text(cols, Field::ProductName, &mut latin1);
    let i = table.product(&code, &name);
    table.remember_raw(row.raw(cols, Field::ProductCode), i);
    table.latin1 |= latin1;
    i
}

/// A duplicated row's warning, with the WITS unit and the leading-zeros
/// hint where they apply.
fn duplicate_message(publisher: Publisher, raw_code: &str, first: u64) -> String {
    let wits = publisher == Publisher::Wits;
    let unit = if wits {
        format!(" {}", crate::tr!("stats-duplicate-unit"))
    } else {
        String::new()
    };
    let zeros = if wits && !raw_code.starts_with('0') && raw_code.len() < 4 {
        format!(" {}", crate::tr!("stats-duplicate-zeros"))
    } else {
        String::new()
    };
    crate::tr!(
        "stats-duplicate",
        column = Field::ProductCode.shown(publisher),
        unit = unit,
        line = first,
        zeros = zeros
    )
}

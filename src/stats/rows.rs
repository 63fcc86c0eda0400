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
            Cow::Owned(bytes.iter().map(|&b| b as char).collect::<String>().trim().to_string())
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

impl Row<'_> {
    fn field(&self, cols: &Columns, f: Field, latin1: &mut bool) -> Option<String> {
        let i = cols.index(f)?;
        self.record.get(i).map(|b| text(b, latin1).into_owned())
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
    let code_up = code.to_ascii_uppercase();
    let by_code = match (publisher, code_up.as_str()) {
        (Publisher::Comtrade, "X") | (Publisher::ComtradeLegacy, "2") | (Publisher::Wits, "6") => {
            Some(Flow::Exports)
        }
        (Publisher::Comtrade, "M") | (Publisher::ComtradeLegacy, "1") | (Publisher::Wits, "5") => {
            Some(Flow::Imports)
        }
        _ => None,
    };
    by_code
        .or_else(|| match name.to_ascii_lowercase().as_str() {
            "export" | "exports" | "gross exp." => Some(Flow::Exports),
            "import" | "imports" | "gross imp." => Some(Flow::Imports),
            _ => None,
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

/// A country's code as the table keeps it: alpha-3 when the table knows
/// it, else the file's own code or name.
fn identify(code: &str, iso: &str, name: &str) -> (String, Option<Country>) {
    let found = Country::find(iso)
        .or_else(|| Country::find(code))
        .or_else(|| Country::find(name));
    match found {
        Some(c) => (c.iso3.to_string(), Some(c)),
        None => {
            let own = [iso, code, name].into_iter().find(|t| !t.is_empty()).unwrap_or("?");
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
    let get = |f: Field, l: &mut bool| row.field(cols, f, l).unwrap_or_default();
    let publisher = cols.publisher;

    // The period.
    let year_text = get(Field::Year, &mut latin1);
    let Ok(year) = year_text.parse::<i32>() else {
        let p = row.pending(cols, Field::Year, Severity::Error, format!("expected a year in column {}, found \"{year_text}\"", Field::Year.shown(publisher)));
        table.problem("year", p);
        return;
    };
    if !(1900..=2100).contains(&year) {
        let p = row.pending(cols, Field::Year, Severity::Error, format!("year {year} in column {} is outside 1900–2100", Field::Year.shown(publisher)));
        table.problem("year", p);
        return;
    }
    let monthly = get(Field::Frequency, &mut latin1).eq_ignore_ascii_case("M");
    let month = if monthly {
        let m = get(Field::Month, &mut latin1).parse::<u32>().unwrap_or(0);
        let from_period = get(Field::Period, &mut latin1);
        if (1..=12).contains(&m) {
            m
        } else {
            from_period.get(4..6).and_then(|s| s.parse().ok()).unwrap_or(0)
        }
    } else {
        0
    };

    // The flow.
    let flow = match flow(publisher, &get(Field::FlowCode, &mut latin1), &get(Field::FlowName, &mut latin1)) {
        Ok(f) => f,
        Err(name) => {
            table.latin1 = latin1;
            table.skip(&format!("{name} (only exports and imports are used)"));
            return;
        }
    };

    // Breakdowns that would count a value twice.
    for (f, total) in [(Field::Partner2Code, "0"), (Field::ModeOfTransport, "0"), (Field::Customs, "C00")] {
        let v = get(f, &mut latin1);
        if !v.is_empty() && v != total {
            table.latin1 = latin1;
            table.skip("a breakdown by second partner, transport or customs procedure");
            return;
        }
    }

    // Reporter and partner.
    let p_code = get(Field::PartnerCode, &mut latin1);
    let p_iso = get(Field::PartnerIso, &mut latin1);
    let p_name = get(Field::PartnerName, &mut latin1);
    let r_code = get(Field::ReporterCode, &mut latin1);
    let r_iso = get(Field::ReporterIso, &mut latin1);
    let r_name = get(Field::ReporterName, &mut latin1);
    table.latin1 = latin1;
    let (r_id, reporter) = identify(&r_code, &r_iso, &r_name);
    let r = table.country(&r_id, &r_name);
    table.reporters.insert(r);
    if aggregate_partner(&p_code, &p_iso, &p_name) {
        table.skip("the partner is World or a group of areas");
        return;
    }
    let (p_id, partner) = identify(&p_code, &p_iso, &p_name);
    let p = table.country(&p_id, &p_name);
    table.partners.insert(p);
    table.flows.insert(flow.label());
    if let Some(parties) = parties
        && !parties.pair(reporter, partner)
    {
        table.skip("not between the two parties");
        return;
    }

    // The value.
    let value = match number(&get(Field::Value, &mut latin1)) {
        Number::Value { value, .. } if value < 0.0 => {
            let p = row.pending(cols, Field::Value, Severity::Error, format!("the value in column {} is negative ({value}); expected an amount", Field::Value.shown(publisher)));
            table.problem("negative", p);
            return;
        }
        Number::Value { value, lossy } => (value, lossy),
        Number::Empty => {
            table.skip("no value");
            return;
        }
        Number::Bad(found) => {
            let p = row.pending(cols, Field::Value, Severity::Error, format!("expected a number in column {}, found \"{found}\"", Field::Value.shown(publisher)));
            table.problem("number", p);
            return;
        }
    };
    if value.1 {
        table.lossy += 1;
        if table.lossy == 1 {
            let p = row.pending(cols, Field::Value, Severity::Warning, format!("the value in column {} is in scientific notation ({}): the file was re-saved by a spreadsheet and the figure kept only its first digits; precision was lost", Field::Value.shown(publisher), value.0));
            table.problem("lossy", p);
        }
    }
    let usd = if publisher == Publisher::Wits { (value.0 * 100_000.0).round() / 100.0 } else { value.0 };

    // The product.
    let classification = get(Field::Classification, &mut latin1);
    if !classification.is_empty() && !table.classifications.contains(&classification) {
        table.classifications.insert(classification.clone());
    }
    let raw_code = get(Field::ProductCode, &mut latin1);
    let product = if raw_code.eq_ignore_ascii_case("total") || raw_code == "999999" {
        TOTAL
    } else {
        let code = product_code(&classification, &raw_code);
        let name = get(Field::ProductName, &mut latin1);
        table.product(&code, &name)
    };
    let estimated = publisher == Publisher::Comtrade
        && get(Field::IsReported, &mut latin1).eq_ignore_ascii_case("false")
        && get(Field::IsAggregate, &mut latin1).eq_ignore_ascii_case("false");
    let unit = (publisher == Publisher::Wits).then(|| {
        let u = get(Field::QtyUnit, &mut latin1);
        table.unit(&u)
    });
    table.latin1 = latin1;
    let key = Key {
        reporter: r,
        partner: p,
        flow,
        period: year as u32 * 100 + month,
        product,
    };
    table.periods.insert(key.period);
    if let Some(first) = table.add(key, usd, (estimated, value.1), line, unit) {
        let p = row.pending(cols, Field::ProductCode, Severity::Warning, format!("duplicated row: the same reporter, partner, flow, period and product (column {}){} as line {first}; not counted again{}", Field::ProductCode.shown(publisher), if publisher == Publisher::Wits { " and unit (QtyUnit)" } else { "" }, if publisher == Publisher::Wits && !raw_code.starts_with('0') && raw_code.len() < 4 { " (a spreadsheet re-save strips the leading zeros of ProductCode, so \"01\" and \"1\" become one code: use the file as WITS wrote it)" } else { "" }));
        table.problem("duplicate", p);
        table.skip("a duplicate of an earlier row");
        return;
    }
    table.used += 1;
}

//! A Comtrade or WITS file, streamed into a [`Table`], then the table in
//! the dataset's terms: one series per reporter (flows from its side, the
//! partner the other party), totals from total rows, or summed from the
//! whole top level of the classification (said in a note), or else a
//! product series named by its products, never called total trade.

use super::columns::{Columns, Field};
use super::table::{Cell, Key, TOTAL, Table};
use super::{Imported, Options, Parties, Publisher, error_at, hs, place, rows};
use crate::country::Country;
use crate::format::{plural, thousands};
use crate::load::LoadError;
use crate::model::{Dataset, Flow, Observation, Period, ProductFigure, Scale, Source, TradeSeries};
use std::collections::BTreeMap;
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
        Ok(true) => record.iter().map(|f| rows::text(f, &mut latin1).trim_start_matches('\u{FEFF}').to_string()).collect(),
        _ => return Err(error_at(1, 1, "the file is empty; expected a header row".into())),
    };
    let cols = Columns::find(&header, publisher).map_err(|missing| missing_columns(publisher, &missing, &header))?;
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
                return Err(error_at(line.max(1), 1, format!("the file could not be read as CSV: {e}")));
            }
        }
        if record.iter().all(|f| f.is_empty()) {
            continue;
        }
        let pos = record.position().map_or((0, 0), |p| (p.line(), p.byte()));
        let pos = if crlf { (pos.0 + 1, pos.1 + 1) } else { pos };
        rows::read_row(&mut table, &cols, options.parties.as_ref(), &record, pos);
        n += 1;
        if n % 65_536 == 0 {
            progress(pos.1, total);
        }
    }
    progress(total, total);
    finish(path, table, options)
}

/// Whether the file's first line ends in CR LF.
fn crlf(path: &Path) -> bool {
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 1 << 16), &mut head));
    read.is_ok() && head.iter().position(|&b| b == b'\n').is_some_and(|i| i > 0 && head[i - 1] == b'\r')
}

fn missing_columns(publisher: Publisher, missing: &[Field], header: &[String]) -> LoadError {
    let names: Vec<&str> = missing.iter().map(|f| f.shown(publisher)).collect();
    error_at(
        1,
        1,
        format!(
            "this {} has no column {} (columns are matched by name, ignoring case, spaces and underscores); its header has: {}",
            publisher.label(),
            names.join(", "),
            header.join(", ")
        ),
    )
}

/// The table's problems placed, the parties decided, the series built.
fn finish(path: &Path, table: Table, options: &Options) -> Result<Imported, LoadError> {
    let mut diagnostics = place::place(path, &table);
    for (kind, more) in table.unlisted() {
        diagnostics.push(place::note(format!("{more} more rows with the same problem ({kind}) are not listed")));
    }
    if table.rows == 0 {
        return Err(error_at(2, 1, "no data: the file has a header row and no rows".into()));
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
        title: String::new(),
        parties: Default::default(),
        description: format!("Imported by Entente from {} ({}).", table.file_name, table.publisher.label()),
        media: None,
        sources: Vec::new(),
        events: Vec::new(),
        trade: Vec::new(),
        indicators: Vec::new(),
        eras: Vec::new(),
        kinds: Vec::new(),
        kind_table: Default::default(),
    };
    let Some(parties) = parties else {
        diagnostics.push(place::note(format!(
            "the file holds reporters {}; partners {}: name the two parties (--parties A B) to read their figures",
            table.names(&table.reporters, 12),
            table.names(&table.partners, 12)
        )));
        ds.title = format!("{} ({})", table.file_name, table.publisher.label());
        return Ok(Imported { dataset: ds, publisher: table.publisher, summary, warnings: diagnostics });
    };
    if table.used == 0 {
        return Err(error_at(
            1,
            1,
            format!(
                "none of the file's {} is between {} and {}: it holds reporters {}; partners {}",
                plural(table.rows as usize, "row"),
                parties.names.0,
                parties.names.1,
                table.names(&table.reporters, 12),
                table.names(&table.partners, 12)
            ),
        ));
    }
    ds.title = format!("{}–{} trade ({})", parties.names.0, parties.names.1, table.publisher.publisher());
    ds.parties = parties.names.clone();
    let [a, b] = parties.countries;
    ds.trade = [(a, b), (b, a)]
        .into_iter()
        .filter_map(|(r, p)| build(&table, &parties, r, p))
        .collect();
    Ok(Imported { dataset: ds, publisher: table.publisher, summary, warnings: diagnostics })
}

/// The two countries of a file between two (each as reporter, partner
/// or both), the first reporter first.
fn infer_parties(table: &Table) -> Option<Parties> {
    let both: std::collections::BTreeSet<u16> = table.reporters.union(&table.partners).copied().collect();
    if both.len() != 2 {
        return None;
    }
    let first = *table.reporters.first()?;
    let second = *both.iter().find(|&&c| c != first)?;
    let (r, p) = (&table.countries[first as usize], &table.countries[second as usize]);
    Some(Parties {
        names: (r.name.clone(), p.name.clone()),
        countries: [Country::find(&r.code)?, Country::find(&p.code)?],
    })
}

/// "UN Comtrade CSV: reporters USA; partners CHN; flows exports, imports;
/// 2017; 290 rows: 193 used, 97 skipped (97 re-export …)".
fn summary(table: &Table) -> String {
    let skipped: u64 = table.skipped.values().sum();
    let why: Vec<String> = table.skipped.iter().map(|(w, n)| format!("{n} {w}")).collect();
    let flows: Vec<&str> = table.flows.iter().copied().collect();
    let mut text = format!(
        "{}: reporters {}; partners {}; flows {}; {}; {}: {} used, {} skipped",
        table.publisher.label(),
        table.names(&table.reporters, 12),
        table.names(&table.partners, 12),
        if flows.is_empty() { "none".into() } else { flows.join(", ") },
        table.period_span(),
        plural(table.rows as usize, "row"),
        thousands(table.used as usize),
        thousands(skipped as usize)
    );
    if !why.is_empty() {
        text.push_str(&format!(" ({})", why.join("; ")));
    }
    if table.latin1 {
        text.push_str("; text read as Latin-1");
    }
    text
}

fn period_text(p: u32) -> String {
    if p % 100 == 0 { (p / 100).to_string() } else { format!("{}-{:02}", p / 100, p % 100) }
}

/// A (period, flow)'s figure and how it was found.
struct Figure {
    value: f64,
    estimated: bool,
    lossy: bool,
    /// Summed from this many top-level products (no total row).
    summed: Option<usize>,
}

/// The series of `reporter`'s figures with `partner`, if the file has any.
fn build(table: &Table, parties: &Parties, reporter: Country, partner: Country) -> Option<TradeSeries> {
    let index = |c: Country| table.countries.iter().position(|n| n.code == c.iso3).map(|i| i as u16);
    let (r, p) = (index(reporter)?, index(partner)?);
    let cells: Vec<(&Key, &Cell)> = table.cells.iter().filter(|(k, _)| k.reporter == r && k.partner == p).collect();
    if cells.is_empty() {
        return None;
    }
    let hs = table.classifications.iter().all(|c| c.starts_with('H'));
    let top_len = cells.iter().filter(|(k, _)| k.product != TOTAL).map(|(k, _)| table.products[k.product as usize].0.len()).min();
    let is_top = |k: &Key| k.product != TOTAL && Some(table.products[k.product as usize].0.len()) == top_len;
    let mut totals: BTreeMap<(u32, Flow), &Cell> = BTreeMap::new();
    let mut tops: BTreeMap<(u32, Flow), Vec<(&Key, &Cell)>> = BTreeMap::new();
    for (k, c) in &cells {
        if k.product == TOTAL {
            totals.insert((k.period, k.flow), c);
        } else if is_top(k) {
            tops.entry((k.period, k.flow)).or_default().push((k, c));
        }
    }
    // HS's top level is its chapters, WITS's its one-digit groups: a file
    // whose products are finer never sums to a total.
    let whole_level: Vec<String> = if hs && top_len == Some(2) {
        hs::goods_chapters().map(String::from).collect()
    } else if hs || top_len != Some(1) {
        vec![String::new()]
    } else {
        let mut all: Vec<String> = tops.values().flatten().map(|(k, _)| table.products[k.product as usize].0.clone()).collect();
        all.sort();
        all.dedup();
        all
    };
    let mut figures: BTreeMap<(u32, Flow), Figure> = BTreeMap::new();
    let mut partial = false;
    for key in totals.keys().chain(tops.keys()).copied().collect::<std::collections::BTreeSet<_>>() {
        if let Some(c) = totals.get(&key) {
            figures.insert(key, Figure { value: c.value, estimated: c.estimated, lossy: c.lossy, summed: None });
            continue;
        }
        let parts = &tops[&key];
        let has_all = whole_level.iter().all(|code| parts.iter().any(|(k, _)| table.products[k.product as usize].0 == *code));
        partial |= !has_all;
        figures.insert(key, Figure {
            value: parts.iter().map(|(_, c)| c.value).sum(),
            estimated: parts.iter().any(|(_, c)| c.estimated),
            lossy: parts.iter().any(|(_, c)| c.lossy),
            summed: Some(parts.len()),
        });
    }
    let names = (parties.name_of(reporter).to_string(), parties.name_of(partner).to_string());
    Some(assemble(table, (reporter, partner), names, figures, partial, (&tops, hs)))
}

type Tops<'a> = BTreeMap<(u32, Flow), Vec<(&'a Key, &'a Cell)>>;

/// The series record from its figures.
fn assemble(
    table: &Table,
    (reporter, partner): (Country, Country),
    (r_name, p_name): (String, String),
    figures: BTreeMap<(u32, Flow), Figure>,
    partial: bool,
    (tops, hs): (&Tops<'_>, bool),
) -> TradeSeries {
    let publisher = table.publisher;
    let mut id = format!("{}-{}-{}", publisher.short(), reporter.iso3.to_lowercase(), partner.iso3.to_lowercase());
    let mut label = format!("{}, as reported by {r_name}", publisher.publisher());
    let product_codes: Vec<String> = {
        let mut c: Vec<String> = tops.values().flatten().map(|(k, _)| table.products[k.product as usize].0.clone()).collect();
        c.sort();
        c.dedup();
        c
    };
    if partial {
        let named: Vec<String> = product_codes.iter().take(3).map(|c| product_name(table, c, hs)).collect();
        let more = product_codes.len().saturating_sub(3);
        let classification = if hs { "HS " } else { "" };
        label.push_str(&format!(": {classification}{}{} only", named.join(", "), if more > 0 { format!(" and {more} more") } else { String::new() }));
        id.push('-');
        id.push_str(&product_codes.iter().take(3).cloned().collect::<Vec<_>>().join("-"));
    }
    let source_id = format!("{id}-file");
    let mut periods: BTreeMap<u32, [Option<&Figure>; 2]> = BTreeMap::new();
    for ((period, flow), f) in &figures {
        periods.entry(*period).or_default()[*flow as usize] = Some(f);
    }
    let observations = periods.iter().map(|(&period, [x, m])| observation(period, *x, *m, &source_id, partial)).collect();
    let products = tops
        .iter()
        .flat_map(|(&(period, flow), parts)| {
            parts.iter().map(move |(k, c)| {
                let (code, name) = &table.products[k.product as usize];
                ProductFigure {
                    period: period_text(period),
                    flow,
                    code: code.clone(),
                    label: (!(hs && code.len() == 2) && !name.is_empty()).then(|| name.clone()),
                    value: c.value / 1e6,
                    estimated: c.estimated,
                    parsed_period: Period::default(),
                }
            })
        })
        .collect::<Vec<_>>();
    let mut products = products;
    products.sort_by(|a, b| (&a.period, a.flow, &a.code).cmp(&(&b.period, b.flow, &b.code)));
    let classifications: Vec<&str> = table.classifications.iter().map(String::as_str).collect();
    let query = format!(
        "Reporter {r_name} ({}), partner {p_name} ({}); {}; classification {}; {}; {} of the file used.",
        reporter.iso3,
        partner.iso3,
        table.flows.iter().copied().collect::<Vec<_>>().join(" and "),
        if classifications.is_empty() { "not given".to_string() } else { classifications.join(", ") },
        table.period_span(),
        plural(table.used as usize, "row")
    );
    TradeSeries {
        id,
        reporter: r_name.clone(),
        reporter_label: label,
        currency: "USD".into(),
        scale: Scale::Millions,
        flows: format!("exports = {r_name} → {p_name}; imports = {p_name} → {r_name}"),
        note: Some(valuation(publisher)),
        source: Some(Source {
            id: source_id,
            publisher: publisher.publisher().into(),
            title: Some(table.file_name.clone()),
            url: None,
            date: None,
            note: Some(query),
        }),
        observations,
        classification: (!product_codes.is_empty()).then(|| if hs { "HS".to_string() } else { classifications.join(", ") }),
        products,
    }
}

fn product_name(table: &Table, code: &str, hs: bool) -> String {
    let own = table.products.iter().find(|(c, _)| c == code).map(|(_, n)| n.as_str()).unwrap_or("");
    let name = if hs { hs::chapter_name(code).unwrap_or(own) } else { own };
    if name.is_empty() { code.to_string() } else { format!("{code} ({name})") }
}

fn valuation(publisher: Publisher) -> String {
    match publisher {
        Publisher::Comtrade | Publisher::ComtradeLegacy => "As UN Comtrade gives them, in US dollars (shown in millions): imports valued CIF, exports FOB, each from the reporter's side.",
        _ => "As WITS gives them, in thousands of US dollars (converted, shown in millions): imports valued CIF, exports FOB, each from the reporter's side.",
    }
    .to_string()
}

fn observation(period: u32, x: Option<&Figure>, m: Option<&Figure>, source: &str, partial: bool) -> Observation {
    let mut notes = Vec::new();
    for (flow, f) in [("exports", x), ("imports", m)] {
        if let Some(Figure { summed: Some(n), .. }) = f {
            if partial {
                notes.push(format!("{flow}: the sum of the file's {} (not total trade)", plural(*n, "product")));
            } else {
                notes.push(format!("{flow}: no total row; summed from the file's {} of the top level", plural(*n, "product")));
            }
        }
        if f.is_some_and(|f| f.lossy) {
            notes.push(format!("{flow}: written in scientific notation in the file; precision was lost"));
        }
    }
    let (exports, imports) = (x.map(|f| f.value / 1e6), m.map(|f| f.value / 1e6));
    Observation {
        period: period_text(period),
        // Added in dollars, then written in millions (no sum's rounding).
        turnover: x.zip(m).map(|(a, b)| (a.value + b.value) / 1e6),
        exports,
        imports,
        growth: None,
        approximate: false,
        estimated: x.is_some_and(|f| f.estimated) || m.is_some_and(|f| f.estimated),
        note: (!notes.is_empty()).then(|| notes.join("; ")),
        sources: vec![source.to_string()],
        parsed_period: Period::default(),
    }
}

//! The series of one reporter with one partner from a [`Table`]: totals
//! from total rows, or summed from the whole top level of the
//! classification (said in a note), or else a product series named by its
//! products, never called total trade; with its source record, its
//! figures by product and the notes on how each figure was found.

use super::table::{Cell, Key, TOTAL, Table};
use super::{Parties, Publisher, hs};
use crate::country::Country;
use crate::format::plural;
use crate::model::{Flow, Observation, Period, ProductFigure, Scale, Source, TradeSeries};
use std::collections::BTreeMap;

fn period_text(p: u32) -> String {
    if p.is_multiple_of(100) {
        (p / 100).to_string()
    } else {
        format!("{}-{:02}", p / 100, p % 100)
    }
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
pub(super) fn build(
    table: &Table,
    parties: &Parties,
    reporter: Country,
    partner: Country,
) -> Option<TradeSeries> {
    let index = |c: Country| {
        table
            .countries
            .iter()
            .position(|n| n.code == c.iso3)
            .map(|i| i as u16)
    };
    let (r, p) = (index(reporter)?, index(partner)?);
    let cells: Vec<(&Key, &Cell)> = table
        .cells
        .iter()
        .filter(|(k, _)| k.reporter == r && k.partner == p)
        .collect();
    if cells.is_empty() {
        return None;
    }
    let hs = table.classifications.iter().all(|c| c.starts_with('H'));
    let top_len = cells
        .iter()
        .filter(|(k, _)| k.product != TOTAL)
        .map(|(k, _)| table.products[k.product as usize].0.len())
        .min();
    let is_top =
        |k: &Key| k.product != TOTAL && Some(table.products[k.product as usize].0.len()) == top_len;
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
        let mut all: Vec<String> = tops
            .values()
            .flatten()
            .map(|(k, _)| table.products[k.product as usize].0.clone())
            .collect();
        all.sort();
        all.dedup();
        all
    };
    let mut figures: BTreeMap<(u32, Flow), Figure> = BTreeMap::new();
    let mut partial = false;
    for key in totals
        .keys()
        .chain(tops.keys())
        .copied()
        .collect::<std::collections::BTreeSet<_>>()
    {
        if let Some(c) = totals.get(&key) {
            figures.insert(
                key,
                Figure {
                    value: c.value,
                    estimated: c.estimated,
                    lossy: c.lossy,
                    summed: None,
                },
            );
            continue;
        }
        let parts = &tops[&key];
        let has_all = whole_level.iter().all(|code| {
            parts
                .iter()
                .any(|(k, _)| table.products[k.product as usize].0 == *code)
        });
        partial |= !has_all;
        figures.insert(
            key,
            Figure {
                value: parts.iter().map(|(_, c)| c.value).sum(),
                estimated: parts.iter().any(|(_, c)| c.estimated),
                lossy: parts.iter().any(|(_, c)| c.lossy),
                summed: Some(parts.len()),
            },
        );
    }
    let names = (
        parties.name_of(reporter).to_string(),
        parties.name_of(partner).to_string(),
    );
    Some(assemble(
        table,
        (reporter, partner),
        names,
        figures,
        partial,
        (&tops, hs),
    ))
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
    let mut id = format!(
        "{}-{}-{}",
        publisher.short(),
        reporter.iso3.to_lowercase(),
        partner.iso3.to_lowercase()
    );
    let mut label = format!("{}, as reported by {r_name}", publisher.publisher());
    let product_codes = codes(table, tops);
    if partial {
        let (named, short) = only(table, &product_codes, hs);
        label.push_str(&named);
        id.push('-');
        id.push_str(&short);
    }
    let source_id = format!("{id}-file");
    let mut periods: BTreeMap<u32, [Option<&Figure>; 2]> = BTreeMap::new();
    for ((period, flow), f) in &figures {
        periods.entry(*period).or_default()[*flow as usize] = Some(f);
    }
    let observations = periods
        .iter()
        .map(|(&period, [x, m])| observation(period, *x, *m, &source_id, partial))
        .collect();
    let products = product_figures(table, tops, hs);
    let classifications: Vec<&str> = table.classifications.iter().map(String::as_str).collect();
    let query = format!(
        "Reporter {r_name} ({}), partner {p_name} ({}); {}; classification {}; {}; {} of the file used.",
        reporter.iso3,
        partner.iso3,
        table
            .flows
            .iter()
            .copied()
            .collect::<Vec<_>>()
            .join(" and "),
        if classifications.is_empty() {
            "not given".to_string()
        } else {
            classifications.join(", ")
        },
        table.period_span(),
        plural(table.used as usize, "row")
    );
    TradeSeries {
        id,
        reporter: r_name.clone(),
        reporter_label: label.into(),
        currency: "USD".into(),
        scale: Scale::Millions,
        flows: format!("exports = {r_name} → {p_name}; imports = {p_name} → {r_name}"),
        note: Some(valuation(publisher)),
        source: Some(Source {
            id: source_id,
            publisher: publisher.publisher().into(),
            title: Some(table.file_name.clone().into()),
            url: None,
            date: None,
            note: Some(format!("{query} {}", valuation(publisher))),
        }),
        observations,
        classification: (!product_codes.is_empty()).then(|| {
            if hs {
                "HS".to_string()
            } else {
                classifications.join(", ")
            }
        }),
        products,
    }
}

fn product_name(table: &Table, code: &str, hs: bool) -> String {
    let own = table
        .products
        .iter()
        .find(|(c, _)| c == code)
        .map(|(_, n)| n.as_str())
        .unwrap_or("");
    let name = if hs {
        hs::chapter_name(code).unwrap_or(own)
    } else {
        own
    };
    if name.is_empty() {
        code.to_string()
    } else {
        format!("{code} ({name})")
    }
}

fn valuation(publisher: Publisher) -> String {
    match publisher {
        Publisher::Comtrade | Publisher::ComtradeLegacy => "As UN Comtrade gives them, in US dollars (shown in millions): imports valued CIF, exports FOB, each from the reporter's side.",
        _ => "As WITS gives them, in thousands of US dollars (converted, shown in millions): imports valued CIF, exports FOB, each from the reporter's side.",
    }
    .to_string()
}

fn observation(
    period: u32,
    x: Option<&Figure>,
    m: Option<&Figure>,
    source: &str,
    partial: bool,
) -> Observation {
    let mut notes = Vec::new();
    for (flow, f) in [("exports", x), ("imports", m)] {
        if let Some(Figure {
            summed: Some(n), ..
        }) = f
        {
            if partial {
                notes.push(format!(
                    "{flow}: the sum of the file's {} (not total trade)",
                    plural(*n, "product")
                ));
            } else {
                notes.push(format!(
                    "{flow}: no total row; summed from the file's {} of the top level",
                    plural(*n, "product")
                ));
            }
        }
        if f.is_some_and(|f| f.lossy) {
            notes.push(format!(
                "{flow}: written in scientific notation in the file; precision was lost"
            ));
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

/// The product codes of the top level, sorted, each once.
fn codes(table: &Table, tops: &Tops<'_>) -> Vec<String> {
    let mut c: Vec<String> = (tops.values().flatten())
        .map(|(k, _)| table.products[k.product as usize].0.clone())
        .collect();
    c.sort();
    c.dedup();
    c
}

/// What a series of only some products is called (": HS 8542
/// (Electronic integrated circuits) only") and its id's ending.
fn only(table: &Table, codes: &[String], hs: bool) -> (String, String) {
    let named: Vec<String> = (codes.iter().take(3))
        .map(|c| product_name(table, c, hs))
        .collect();
    let more = match codes.len().saturating_sub(3) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    let classification = if hs { "HS " } else { "" };
    let label = format!(": {classification}{}{more} only", named.join(", "));
    (
        label,
        codes.iter().take(3).cloned().collect::<Vec<_>>().join("-"),
    )
}

/// The top level's figures by product, in millions, in period, flow and
/// code order.
fn product_figures(table: &Table, tops: &Tops<'_>, hs: bool) -> Vec<ProductFigure> {
    let mut products: Vec<ProductFigure> = (tops.iter())
        .flat_map(|(&(period, flow), parts)| {
            parts.iter().map(move |(k, c)| {
                let (code, name) = &table.products[k.product as usize];
                ProductFigure {
                    period: period_text(period),
                    flow,
                    code: code.clone(),
                    label: (!(name.is_empty() || hs && code.len() == 2)).then(|| name.clone()),
                    value: c.value / 1e6,
                    estimated: c.estimated,
                    parsed_period: Period::default(),
                }
            })
        })
        .collect();
    products.sort_by(|a, b| (&a.period, a.flow, &a.code).cmp(&(&b.period, b.flow, &b.code)));
    products
}

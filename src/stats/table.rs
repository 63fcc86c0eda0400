//! What a statistics file holds, aggregated as it is read: one cell per
//! reporter, partner, flow, period and product, never the rows themselves;
//! with the counts a summary gives (rows used, rows skipped and why) and the
//! problems found, waiting to be placed at their line and column.

use super::Publisher;
use crate::load::Severity;
use crate::model::Flow;
use rustc_hash::FxHashMap;
use std::collections::{BTreeMap, BTreeSet};

/// The key of a skipped flow's count, before the flow's name.
const FLOW_SKIP: &str = "flow:";

/// The product code of a total-commodity row.
pub(crate) const TOTAL: u32 = u32::MAX;

/// A country as the file names it: its code (alpha-3 where known) and name.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Named {
    pub(crate) code: String,
    pub(crate) name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Key {
    pub(crate) reporter: u16,
    pub(crate) partner: u16,
    pub(crate) flow: Flow,
    /// `year * 100 + month`, month 0 for a year.
    pub(crate) period: u32,
    /// Index in [`Table::products`], or [`TOTAL`].
    pub(crate) product: u32,
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Cell {
    pub(crate) value: f64,
    pub(crate) estimated: bool,
    /// A value written with few significant digits (scientific notation).
    pub(crate) lossy: bool,
    pub(crate) first_line: u64,
    /// The quantity units seen (WITS: one row per unit, each a part of
    /// the value), as bits of [`Table::units`] indices.
    pub(crate) units: u64,
}

/// A problem at a row, placed at its column once the file is read.
#[derive(Clone, Debug)]
pub(crate) struct Pending {
    pub(crate) severity: Severity,
    pub(crate) line: u64,
    /// Byte offset of the row's start.
    pub(crate) byte: u64,
    /// The field's index in the row (None: the row as a whole).
    pub(crate) field: Option<usize>,
    pub(crate) message: String,
}

/// How many problems of one kind are listed; the rest are counted.
const LISTED: usize = 20;

#[derive(Debug)]
pub(crate) struct Table {
    pub(crate) publisher: Publisher,
    pub(crate) file_name: String,
    pub(crate) classifications: BTreeSet<String>,
    pub(crate) rows: u64,
    pub(crate) used: u64,
    pub(crate) skipped: BTreeMap<String, u64>,
    pub(crate) countries: Vec<Named>,
    country_index: FxHashMap<String, u16>,
    pub(crate) reporters: BTreeSet<u16>,
    pub(crate) partners: BTreeSet<u16>,
    pub(crate) flows: BTreeSet<&'static str>,
    pub(crate) periods: BTreeSet<u32>,
    pub(crate) cells: FxHashMap<Key, Cell>,
    pub(crate) products: Vec<(String, String)>,
    product_index: FxHashMap<String, u32>,
    pub(crate) units: Vec<String>,
    pub(crate) problems: Vec<Pending>,
    problem_counts: BTreeMap<&'static str, usize>,
    /// Values written in scientific notation: how many, and the first.
    pub(crate) lossy: u64,
    pub(crate) latin1: bool,
    /// Countries by the bytes of their code, ISO code and name in the
    /// file: each looked up in the country table once.
    pub(crate) identities: FxHashMap<Vec<u8>, (u16, Option<crate::country::Country>)>,
    pub(crate) key_buf: Vec<u8>,
    /// Product codes by their bytes in the file.
    product_raw: FxHashMap<Vec<u8>, u32>,
    pub(crate) last_classification: Vec<u8>,
}

impl Table {
    pub(crate) fn new(publisher: Publisher, file_name: String) -> Self {
        Self {
            publisher,
            file_name,
            classifications: BTreeSet::new(),
            rows: 0,
            used: 0,
            skipped: BTreeMap::new(),
            countries: Vec::new(),
            country_index: FxHashMap::default(),
            reporters: BTreeSet::new(),
            partners: BTreeSet::new(),
            flows: BTreeSet::new(),
            periods: BTreeSet::new(),
            cells: FxHashMap::default(),
            products: Vec::new(),
            product_index: FxHashMap::default(),
            units: Vec::new(),
            problems: Vec::new(),
            problem_counts: BTreeMap::new(),
            lossy: 0,
            latin1: false,
            identities: FxHashMap::default(),
            key_buf: Vec::new(),
            product_raw: FxHashMap::default(),
            last_classification: Vec::new(),
        }
    }

    /// The product of a code as the file writes it, if seen before.
    pub(crate) fn product_of_raw(&self, raw: &[u8]) -> Option<u32> {
        self.product_raw.get(raw).copied()
    }

    pub(crate) fn remember_raw(&mut self, raw: &[u8], product: u32) {
        self.product_raw.insert(raw.to_vec(), product);
    }

    pub(crate) fn country(&mut self, code: &str, name: &str) -> u16 {
        if let Some(&i) = self.country_index.get(code) {
            return i;
        }
        let i = self.countries.len() as u16;
        self.countries.push(Named {
            code: code.to_string(),
            name: name.to_string(),
        });
        self.country_index.insert(code.to_string(), i);
        i
    }

    pub(crate) fn product(&mut self, code: &str, name: &str) -> u32 {
        if let Some(&i) = self.product_index.get(code) {
            return i;
        }
        let i = self.products.len() as u32;
        self.products
            .push((code.to_string(), name.trim().to_string()));
        self.product_index.insert(code.to_string(), i);
        i
    }

    pub(crate) fn unit(&mut self, unit: &str) -> u32 {
        let unit = unit.split_whitespace().collect::<Vec<_>>().join(" ");
        match self.units.iter().position(|u| *u == unit) {
            Some(i) => i as u32,
            None => {
                self.units.push(unit);
                (self.units.len() - 1) as u32
            }
        }
    }

    /// Counts a row left out for a reason: the id of its message
    /// (`stats-skip-…`), said in the window's language only in the summary
    /// (rows are many, reasons few).
    pub(crate) fn skip(&mut self, why: &'static str) {
        self.count_skipped(why);
    }

    /// Counts a row of a flow other than exports and imports.
    pub(crate) fn skip_flow(&mut self, flow: &str) {
        self.count_skipped(&format!("{FLOW_SKIP}{flow}"));
    }

    fn count_skipped(&mut self, key: &str) {
        match self.skipped.get_mut(key) {
            Some(n) => *n += 1,
            None => {
                self.skipped.insert(key.to_string(), 1);
            }
        }
    }

    /// Why rows were left out, each with its count, in the window's
    /// language, in alphabetical order: "96 re-export (only exports and
    /// imports are used)".
    pub(crate) fn skip_reasons(&self) -> Vec<String> {
        let mut why: Vec<(String, u64)> = self
            .skipped
            .iter()
            .map(|(key, &n)| {
                let text = match key.strip_prefix(FLOW_SKIP) {
                    Some(flow) => crate::tr!("stats-skip-flow", flow = flow.to_string()),
                    None => crate::i18n::t(key),
                };
                (text, n)
            })
            .collect();
        why.sort();
        why.into_iter().map(|(w, n)| format!("{n} {w}")).collect()
    }

    /// Records a problem; past [`LISTED`] of one kind only counts it.
    pub(crate) fn problem(&mut self, kind: &'static str, p: Pending) {
        let n = self.problem_counts.entry(kind).or_insert(0);
        *n += 1;
        if *n <= LISTED {
            self.problems.push(p);
        }
    }

    /// Problems of a kind past those listed: (kind, how many more).
    pub(crate) fn unlisted(&self) -> Vec<(&'static str, usize)> {
        self.problem_counts
            .iter()
            .filter(|(_, n)| **n > LISTED)
            .map(|(k, n)| (*k, n - LISTED))
            .collect()
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Adds a row's value to its cell; a second row of the same cell (and,
    /// for WITS, the same unit) is a duplicate: the line it repeats.
    pub(crate) fn add(
        &mut self,
        key: Key,
        value: f64,
        flags: (bool, bool),
        line: u64,
        unit: Option<u32>,
    ) -> Option<u64> {
        let cell = self.cells.entry(key).or_insert(Cell {
            first_line: line,
            ..Cell::default()
        });
        let bit = unit.map_or(1, |u| 1u64 << (u % 64));
        if cell.units & bit != 0 {
            return Some(cell.first_line);
        }
        cell.units |= bit;
        cell.value += value;
        cell.estimated |= flags.0;
        cell.lossy |= flags.1;
        None
    }

    /// "KAZ (Kazakhstan), FRA (France)" for a set of country indices.
    pub(crate) fn names(&self, set: &BTreeSet<u16>, most: usize) -> String {
        let mut list: Vec<&str> = set
            .iter()
            .map(|&i| self.countries[i as usize].code.as_str())
            .collect();
        list.sort_unstable();
        let more = list.len().saturating_sub(most);
        list.truncate(most);
        let mut text = list.join(", ");
        if more > 0 {
            text.push_str(&format!(" and {more} more"));
        }
        text
    }

    /// "2014–2024", "2022", "2022-01–2022-12".
    pub(crate) fn period_span(&self) -> String {
        let show = |p: u32| {
            if p.is_multiple_of(100) {
                (p / 100).to_string()
            } else {
                format!("{}-{:02}", p / 100, p % 100)
            }
        };
        match (self.periods.first(), self.periods.last()) {
            (Some(&a), Some(&b)) if a == b => show(a),
            (Some(&a), Some(&b)) => format!("{}–{}", show(a), show(b)),
            _ => "none".into(),
        }
    }
}

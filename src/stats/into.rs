//! Imported records added to a dataset's text (`import --into`, and File ▸
//! Add statistics… in the window): the records as RON, inserted with a
//! comment saying where they came from and when, and the result checked as
//! `check` would before anything is written.

use super::insert::{self, List, Record};
use crate::import::ron_out;
use crate::load::{self, LoadError};
use crate::model::Dataset;

/// The dataset's new text, and what was added.
#[derive(Debug)]
pub struct Added {
    pub text: String,
    pub series: usize,
    pub figures: usize,
    pub indicators: usize,
}

/// Why nothing can be added.
#[derive(Debug)]
pub enum Refused {
    /// The records cannot go in (an id taken, no list found, nothing to add).
    Why(String),
    /// The dataset would not pass `check` with them.
    Invalid(LoadError),
}

/// The records of `imported` as RON, eight spaces in, each ending ",\n".
fn records(imported: &Dataset) -> Vec<Record> {
    let text = |v: String| format!("        {v},\n");
    let trade = imported.trade.iter().map(|s| Record {
        list: List::Trade,
        id: s.id.clone(),
        text: text(ron_out::value(s, 8)),
    });
    let indicators = imported.indicators.iter().map(|i| Record {
        list: List::Indicators,
        id: i.id.clone(),
        text: text(ron_out::value(i, 8)),
    });
    trade.chain(indicators).collect()
}

/// `target` (a dataset's text) with the records of `imported`, read from
/// `from` ("kz.csv (UN Comtrade CSV)").
pub fn add(target: &str, imported: &Dataset, from: &str, replace: bool) -> Result<Added, Refused> {
    let records = records(imported);
    if records.is_empty() {
        return Err(Refused::Why(format!(
            "{from} gives no series or indicator to add"
        )));
    }
    let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
    let comment = format!(
        "Imported by Entente from {from} on {}: {}",
        crate::export::today(),
        ids.join(", ")
    );
    let text = insert::insert(target, &records, &comment, replace).map_err(Refused::Why)?;
    load::load_str(&text).map_err(Refused::Invalid)?;
    Ok(Added {
        text,
        series: imported.trade.len(),
        figures: imported.trade.iter().map(|s| s.observations.len()).sum(),
        indicators: imported.indicators.len(),
    })
}

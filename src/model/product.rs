//! What is traded: a series' figures by product (HS chapters or a WITS
//! product group), one per period, flow and product code.

use super::Period;
use serde::{Deserialize, Serialize};

/// Which way goods go, from the reporter's side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flow {
    Exports,
    Imports,
}

impl Flow {
    pub const BOTH: [Flow; 2] = [Flow::Exports, Flow::Imports];

    pub fn label(self) -> &'static str {
        match self {
            Self::Exports => "exports",
            Self::Imports => "imports",
        }
    }
}

/// One product's value in one period and flow, in the series' currency and
/// scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductFigure {
    pub period: String,
    pub flow: Flow,
    /// The product's code as the classification writes it, leading zeros
    /// kept: "27", "0", "011".
    pub code: String,
    /// Its name, where the classification's own table does not give it
    /// (HS chapters are named by Entente).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub value: f64,
    /// Estimated by the publisher, not reported (Comtrade's flags).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub estimated: bool,
    #[serde(skip)]
    pub parsed_period: Period,
}

//! Columns found by name, never by position: case, spaces and underscores
//! are ignored, so `reporterISO`, `reporter_iso` and `Reporter ISO` are one
//! column; each field lists the names the publishers give it.

use super::Publisher;

/// A column a reader uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Field {
    Frequency,
    Year,
    Month,
    Period,
    ReporterCode,
    ReporterIso,
    ReporterName,
    PartnerCode,
    PartnerIso,
    PartnerName,
    Partner2Code,
    FlowCode,
    FlowName,
    Classification,
    ProductCode,
    ProductName,
    Value,
    IsReported,
    IsAggregate,
    ModeOfTransport,
    Customs,
    QtyUnit,
}

impl Field {
    pub(crate) const ALL: [Field; 22] = [
        Self::Frequency,
        Self::Year,
        Self::Month,
        Self::Period,
        Self::ReporterCode,
        Self::ReporterIso,
        Self::ReporterName,
        Self::PartnerCode,
        Self::PartnerIso,
        Self::PartnerName,
        Self::Partner2Code,
        Self::FlowCode,
        Self::FlowName,
        Self::Classification,
        Self::ProductCode,
        Self::ProductName,
        Self::Value,
        Self::IsReported,
        Self::IsAggregate,
        Self::ModeOfTransport,
        Self::Customs,
        Self::QtyUnit,
    ];

    /// The names (normalised) a publisher gives this column.
    fn names(self, publisher: Publisher) -> &'static [&'static str] {
        use Publisher::*;
        match (self, publisher) {
            (Self::Frequency, Comtrade) => &["freqcode", "frequencycode"],
            (Self::Year, Comtrade) => &["refyear"],
            (Self::Year, _) => &["year"],
            (Self::Month, Comtrade) => &["refmonth"],
            (Self::Period, Comtrade | ComtradeLegacy) => &["period"],
            (Self::ReporterCode, Comtrade | ComtradeLegacy) => &["reportercode"],
            (Self::ReporterIso, Comtrade) => &["reporteriso", "reporteriso3"],
            (Self::ReporterIso, ComtradeLegacy) => &["reporteriso"],
            (Self::ReporterIso, Wits) => &["reporteriso3"],
            (Self::ReporterName, Comtrade) => &["reporterdesc", "reportername"],
            (Self::ReporterName, ComtradeLegacy) => &["reporter"],
            (Self::ReporterName, Wits) => &["reportername"],
            (Self::PartnerCode, Comtrade | ComtradeLegacy) => &["partnercode"],
            (Self::PartnerIso, Comtrade) => &["partneriso", "partneriso3"],
            (Self::PartnerIso, ComtradeLegacy) => &["partneriso"],
            (Self::PartnerIso, Wits) => &["partneriso3"],
            (Self::PartnerName, Comtrade) => &["partnerdesc", "partnername"],
            (Self::PartnerName, ComtradeLegacy) => &["partner"],
            (Self::PartnerName, Wits) => &["partnername"],
            (Self::Partner2Code, Comtrade) => &["partner2code"],
            (Self::FlowCode, Comtrade) => &["flowcode"],
            (Self::FlowCode, ComtradeLegacy | Wits) => &["tradeflowcode"],
            (Self::FlowName, Comtrade) => &["flowdesc", "flowname"],
            (Self::FlowName, ComtradeLegacy | Wits) => &["tradeflow", "tradeflowname"],
            (Self::Classification, Comtrade) => &["classificationcode"],
            (Self::Classification, ComtradeLegacy) => &["classification"],
            (Self::Classification, Wits) => &["nomenclature"],
            (Self::ProductCode, Comtrade) => &["cmdcode", "commoditycode"],
            (Self::ProductCode, ComtradeLegacy) => &["commoditycode"],
            (Self::ProductCode, Wits) => &["productcode"],
            (Self::ProductName, Comtrade) => &["cmddesc", "commodityname"],
            (Self::ProductName, ComtradeLegacy) => &["commodity"],
            (Self::ProductName, Wits) => &["productdescription"],
            (Self::Value, Comtrade) => &["primaryvalue", "tradevalueprimaryvalue"],
            (Self::Value, ComtradeLegacy) => &["tradevalue(us$)"],
            (Self::Value, Wits) => &["tradevaluein1000usd", "tradevaluek"],
            (Self::IsReported, Comtrade) => &["isreported"],
            (Self::IsAggregate, Comtrade) => &["isaggregate"],
            (Self::ModeOfTransport, Comtrade) => &["motcode"],
            (Self::Customs, Comtrade) => &["customscode"],
            (Self::QtyUnit, Wits) => &["qtyunit"],
            _ => &[],
        }
    }

    /// Must the file have it?
    fn required(self, publisher: Publisher) -> bool {
        use Publisher::*;
        match self {
            Self::Year | Self::FlowCode | Self::Value => true,
            Self::ReporterCode | Self::PartnerCode => {
                matches!(publisher, Comtrade | ComtradeLegacy)
            }
            Self::ReporterIso | Self::PartnerIso => publisher == Wits,
            Self::ProductCode => true,
            _ => false,
        }
    }

    /// How the column is named in the publisher's own files, for messages.
    pub(crate) fn shown(self, publisher: Publisher) -> &'static str {
        use Publisher::*;
        match (self, publisher) {
            (Self::Value, Comtrade) => "primaryValue",
            (Self::Value, ComtradeLegacy) => "Trade Value (US$)",
            (Self::Value, Wits) => "TradeValue in 1000 USD",
            (Self::Year, Comtrade) => "refYear",
            (Self::Year, _) => "Year",
            (Self::FlowCode, Comtrade) => "flowCode",
            (Self::FlowCode, _) => "Trade Flow Code",
            (Self::ReporterCode, Comtrade) => "reporterCode",
            (Self::ReporterCode, _) => "Reporter Code",
            (Self::PartnerCode, Comtrade) => "partnerCode",
            (Self::PartnerCode, _) => "Partner Code",
            (Self::ReporterIso, _) => "ReporterISO3",
            (Self::PartnerIso, _) => "PartnerISO3",
            (Self::ProductCode, Comtrade) => "cmdCode",
            (Self::ProductCode, ComtradeLegacy) => "Commodity Code",
            (Self::ProductCode, Wits) => "ProductCode",
            (Self::Month, _) => "refMonth",
            (Self::Period, _) => "period",
            _ => "",
        }
    }
}

/// A column name without case, spaces or underscores.
pub(crate) fn normalise(name: &str) -> String {
    name.trim()
        .trim_start_matches('\u{FEFF}')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// Where each field is in a header row.
#[derive(Clone, Debug)]
pub(crate) struct Columns {
    at: [Option<usize>; Field::ALL.len()],
    pub(crate) publisher: Publisher,
}

impl Columns {
    /// Finds the fields in `header`; the required ones missing are named.
    pub(crate) fn find(header: &[String], publisher: Publisher) -> Result<Self, Vec<Field>> {
        let names: Vec<String> = header.iter().map(|h| normalise(h)).collect();
        let mut at = [None; Field::ALL.len()];
        let mut missing = Vec::new();
        for (i, field) in Field::ALL.into_iter().enumerate() {
            at[i] = field
                .names(publisher)
                .iter()
                .find_map(|n| names.iter().position(|h| h == n));
            if at[i].is_none() && field.required(publisher) {
                missing.push(field);
            }
        }
        if missing.is_empty() {
            Ok(Self { at, publisher })
        } else {
            Err(missing)
        }
    }

    pub(crate) fn index(&self, field: Field) -> Option<usize> {
        self.at[field as usize]
    }
}

/// Which publisher's file a header row is, from its column names.
pub(crate) fn publisher_of(header: &[String]) -> Option<Publisher> {
    let names: Vec<String> = header.iter().map(|h| normalise(h)).collect();
    let has = |n: &str| names.iter().any(|h| h == n);
    // Told by a few names each, so that a file missing a needed column is
    // still recognised, and the reader names what it misses.
    if has("primaryvalue") || has("tradevalueprimaryvalue") || (has("refyear") && has("flowcode")) {
        Some(Publisher::Comtrade)
    } else if has("tradeflowcode") && (has("commoditycode") || has("tradevalue(us$)")) {
        Some(Publisher::ComtradeLegacy)
    } else if has("productcode")
        && (has("tradevaluein1000usd")
            || has("tradevaluek")
            || (has("tradeflowname") && has("reporteriso3")))
    {
        Some(Publisher::Wits)
    } else if has("countrycode") && has("indicatorcode") {
        Some(Publisher::Wdi)
    } else {
        None
    }
}

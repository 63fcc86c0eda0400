//! A synthetic UN Comtrade file for scale tests: rows in the current site's
//! CSV layout (47 named columns, every value quoted, a trailing comma),
//! five reporters, fifty partners, both flows, HS chapters and totals, one
//! year after another, streamed to a writer. The figures are random.

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::io::Write;

const HEADER: &str = "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate";

/// (Comtrade number, alpha-3, name) of the reporters, Kazakhstan and
/// France first.
const REPORTERS: [(u16, &str, &str); 5] = [
    (398, "KAZ", "Kazakhstan"),
    (251, "FRA", "France"),
    (276, "DEU", "Germany"),
    (156, "CHN", "China"),
    (643, "RUS", "Russian Federation"),
];

/// Partners: the reporters, then other countries by M49 number.
const OTHERS: [(u16, &str); 45] = [
    (4, "AFG"),
    (8, "ALB"),
    (12, "DZA"),
    (32, "ARG"),
    (36, "AUS"),
    (40, "AUT"),
    (56, "BEL"),
    (76, "BRA"),
    (100, "BGR"),
    (124, "CAN"),
    (152, "CHL"),
    (170, "COL"),
    (191, "HRV"),
    (203, "CZE"),
    (208, "DNK"),
    (818, "EGY"),
    (233, "EST"),
    (246, "FIN"),
    (300, "GRC"),
    (348, "HUN"),
    (699, "IND"),
    (360, "IDN"),
    (364, "IRN"),
    (372, "IRL"),
    (376, "ISR"),
    (380, "ITA"),
    (392, "JPN"),
    (417, "KGZ"),
    (428, "LVA"),
    (440, "LTU"),
    (484, "MEX"),
    (528, "NLD"),
    (579, "NOR"),
    (586, "PAK"),
    (616, "POL"),
    (620, "PRT"),
    (642, "ROU"),
    (410, "KOR"),
    (682, "SAU"),
    (724, "ESP"),
    (752, "SWE"),
    (757, "CHE"),
    (762, "TJK"),
    (792, "TUR"),
    (860, "UZB"),
];

/// Writes a header and `rows` rows.
pub fn write_csv(rows: usize, seed: u64, out: &mut dyn Write) -> std::io::Result<()> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let partners: Vec<(u16, &str)> = REPORTERS
        .iter()
        .map(|(c, i, _)| (*c, *i))
        .chain(OTHERS)
        .collect();
    let products: Vec<String> = std::iter::once("TOTAL".to_string())
        .chain((1..=97).filter(|c| *c != 77).map(|c| format!("{c:02}")))
        .collect();
    writeln!(out, "{HEADER}\r")?;
    let mut written = 0;
    'years: for year in (1995..).take(1000) {
        for &(rc, ri, rd) in &REPORTERS {
            for &(pc, pi) in partners.iter().filter(|(_, i)| *i != ri) {
                for (flow, desc) in [("X", "Export"), ("M", "Import")] {
                    for cmd in &products {
                        if written == rows {
                            break 'years;
                        }
                        let value: u64 = rng.random_range(1_000..5_000_000_000);
                        let (cif, fob) = if flow == "M" {
                            (value.to_string(), String::new())
                        } else {
                            (String::new(), value.to_string())
                        };
                        let level = if cmd == "TOTAL" { 0 } else { 2 };
                        write!(
                            out,
                            "\"C\",\"A\",\"{year}0101\",\"{year}\",\"52\",\"{year}\",\"{rc}\",\"{ri}\",\"{rd}\",\"{flow}\",\"{desc}\",\"{pc}\",\"{pi}\",\"{pi}\",\"0\",\"W00\",\"World\",\"H5\",\"HS\",\"true\",\"{cmd}\",\"Commodity {cmd}\",\"{level}\",\"false\",\"C00\",\"TOTAL CPC\",\"0\",\"0\",\"TOTAL MOT\",\"-1\",\"N/A\",\"0\",\"false\",\"-1\",\"N/A\",\"0\",\"false\",\"0\",\"false\",\"0\",\"false\","
                        )?;
                        let quoted = |v: &str| {
                            if v.is_empty() {
                                String::new()
                            } else {
                                format!("\"{v}\"")
                            }
                        };
                        writeln!(
                            out,
                            "{},{},\"{value}\",\"0\",\"true\",\"{}\",\r",
                            quoted(&cif),
                            quoted(&fob),
                            level == 0
                        )?;
                        written += 1;
                    }
                }
            }
        }
    }
    Ok(())
}

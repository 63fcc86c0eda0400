//! A synthetic GDELT 2.0 events file for scale tests: rows in the 15-minute
//! export's layout (61 tab-separated columns, no header), real CAMEO event
//! codes and actor countries, dates over ten years, about one row in five
//! between Kazakhstan and France; the rest among other countries. Streamed
//! to a writer; the figures and addresses are invented.

use crate::layer::cameo::{EVENT_CODES, quad_class};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::io::Write;

/// (CAMEO, FIPS, name) of the actors' countries, the two parties first.
const COUNTRIES: [(&str, &str, &str); 8] = [
    ("KAZ", "KZ", "KAZAKHSTAN"),
    ("FRA", "FR", "FRANCE"),
    ("RUS", "RS", "RUSSIA"),
    ("CHN", "CH", "CHINA"),
    ("USA", "US", "UNITED STATES"),
    ("DEU", "GM", "GERMANY"),
    ("UZB", "UZ", "UZBEKISTAN"),
    ("TUR", "TU", "TURKEY"),
];

/// Writes `rows` rows.
pub fn write_tsv(rows: usize, seed: u64, out: &mut dyn Write) -> std::io::Result<()> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let codes: Vec<&str> = EVENT_CODES
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| c.len() == 3)
        .collect();
    for n in 0..rows {
        let (a, b) = if rng.random_range(0..5) == 0 {
            if rng.random_bool(0.5) { (0, 1) } else { (1, 0) }
        } else {
            let a = rng.random_range(2..COUNTRIES.len());
            (
                a,
                (a + rng.random_range(1..COUNTRIES.len())) % COUNTRIES.len(),
            )
        };
        let (a, b) = (COUNTRIES[a], COUNTRIES[b]);
        let code = codes[rng.random_range(0..codes.len())];
        let root = &code[..2];
        let year = rng.random_range(2015..2025);
        let month = rng.random_range(1..13);
        let day = rng.random_range(1..29);
        let date = format!("{year}{month:02}{day:02}");
        let goldstein = f64::from(rng.random_range(-100..=100)) / 10.0;
        let tone = f64::from(rng.random_range(-800..=800)) / 100.0;
        let mentions = rng.random_range(1..60);
        let id = 1_000_000_000 + n;
        let mut f: Vec<String> = vec![String::new(); 61];
        f[0] = id.to_string();
        f[1] = date.clone();
        f[2] = date[..6].to_string();
        f[3] = year.to_string();
        f[4] = format!("{year}.{:04}", (month - 1) * 833 + day * 27);
        f[5] = format!("{}GOV", a.0);
        f[6] = a.2.to_string();
        f[7] = a.0.to_string();
        f[12] = "GOV".into();
        f[15] = format!("{}GOV", b.0);
        f[16] = b.2.to_string();
        f[17] = b.0.to_string();
        f[22] = "GOV".into();
        f[25] = "1".into();
        f[26] = code.to_string();
        f[27] = code.to_string();
        f[28] = root.to_string();
        f[29] = quad_class(root).unwrap_or(1).to_string();
        f[30] = format!("{goldstein:.1}");
        f[31] = mentions.to_string();
        f[32] = rng.random_range(1..=mentions.min(10)).to_string();
        f[33] = mentions.to_string();
        f[34] = format!("{tone}");
        for (k, c) in [(35, a), (43, b), (51, a)] {
            f[k] = "1".into();
            f[k + 1] = c.2.to_string();
            f[k + 2] = c.1.to_string();
            f[k + 3] = c.1.to_string();
        }
        f[59] = format!("{date}120000");
        f[60] = format!("https://news.example.org/{id}");
        writeln!(out, "{}", f.join("\t"))?;
    }
    Ok(())
}

//! Official statistics through the command line: `check`, `import --out`
//! and `import --into` on real downloads (../shared/samples/stats, read in
//! place) and on the project's own fixtures (tests/data/stats, written in
//! the real formats with invented figures); every bad input answered at
//! its line and column with nothing written.

mod common;

use common::entente;
use std::path::{Path, PathBuf};

fn sample(name: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/samples/stats")
        .join(name);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} is not here", p.display());
        None
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/stats")
        .join(name)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A dataset read back.
fn dataset(path: &Path) -> entente::model::Dataset {
    entente::open::open(path, &|_| {})
        .expect("the dataset opens")
        .loaded
        .dataset
}

#[test]
fn check_summarises_each_kind_of_real_download() {
    let cases = [
        (
            "comtrade-legacy-us-cn.csv",
            0,
            "UN Comtrade legacy CSV: reporters USA; partners CHN; flows exports, imports; 2017; 290 rows: 194 used, 96 skipped (96 re-export",
        ),
        (
            "comtradeplus-thailand-hs8542.csv",
            0,
            "UN Comtrade CSV: reporters THA; partners ABW",
        ),
        (
            "comtradeplus-china-imports-2022.csv",
            0,
            "reporters CHN, DEU, USA",
        ),
        (
            "wits-tradedata-original-export.csv",
            0,
            "WITS trade data CSV: reporters BRA; partners USA; flows exports, imports; 2008–2019; 15,628 rows: 15,628 used, 0 skipped",
        ),
        (
            "wdi-gdp-per-capita.csv",
            0,
            "World Bank WDI CSV: indicator GDP per capita (current US$) (NY.GDP.PCAP.CD); 264 country or aggregate rows; 1960–2017; last updated 2018-10-18",
        ),
        (
            "comtrade-sdk-header-only.csv",
            1,
            "comtrade-sdk-header-only.csv:2:1: error: no data: the file has a header row and no rows",
        ),
    ];
    for (name, code, expected) in cases {
        let Some(path) = sample(name) else { continue };
        let (got, out) = entente(&["check", s(&path)]);
        assert_eq!(got, code, "{name}: {out}");
        assert!(
            out.contains(expected),
            "{name}: expected {expected:?} in:\n{out}"
        );
        assert!(!out.contains("panicked"), "{out}");
    }
    // The spreadsheet re-saves: scientific notation and lost zeros said.
    if let Some(path) = sample("comtrade-legacy-us-cn.csv") {
        let (_, out) = entente(&["check", s(&path)]);
        assert!(out.contains(":247:119: warning"), "{out}");
        assert!(out.contains("warning: the value in column Trade Value (US$) is in scientific notation (112339000000)"), "{out}");
    }
    if let Some(path) = sample("wits-tradedata.csv") {
        let (code, out) = entente(&["check", s(&path)]);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.contains("duplicated row") && out.contains("leading zeros of ProductCode"),
            "{out}"
        );
    }
}

#[test]
fn figures_read_from_real_files_equal_the_files_own_values() {
    let dir = tempfile::tempdir().unwrap();
    // Thailand's imports of HS 8542 from France: primaryValue 22245747 in
    // 2014, as a product series (never total trade).
    if let Some(path) = sample("comtradeplus-thailand-hs8542.csv") {
        let out = dir.path().join("th.ron");
        let (code, text) = entente(&[
            "import",
            s(&path),
            "--out",
            s(&out),
            "--parties",
            "Thailand",
            "France",
        ]);
        assert_eq!(code, 0, "{text}");
        let ds = dataset(&out);
        let series = &ds.trade[0];
        assert_eq!(
            series.reporter_label,
            "UN Comtrade, as reported by Thailand: HS 8542 (Electronic integrated circuits) only"
        );
        let o2014 = series
            .observations
            .iter()
            .find(|o| o.period == "2014")
            .unwrap();
        assert_eq!(o2014.imports.map(|v| (v * 1e6).round()), Some(22_245_747.0));
        assert!(!o2014.estimated, "isReported is true in 2014");
        // isReported false on an aggregate (isAggregate true) is UN
        // Comtrade's own sum, not an estimate.
        let o2015 = series
            .observations
            .iter()
            .find(|o| o.period == "2015")
            .unwrap();
        assert!(!o2015.estimated);
        assert!(o2014.note.as_deref().unwrap().contains("not total trade"));
    }
    // WITS: thousands of dollars, several rows per product (one per unit)
    // adding up, the total the sum of the top level: 53,538,997.229
    // thousand dollars of trade in 2008.
    if let Some(path) = sample("wits-tradedata-original-export.csv") {
        let out = dir.path().join("wits.ron");
        let (code, text) = entente(&["import", s(&path), "--out", s(&out)]);
        assert_eq!(code, 0, "{text}");
        let ds = dataset(&out);
        assert_eq!(
            ds.parties,
            ("Brazil".to_string(), "United States".to_string())
        );
        let o = &ds.trade[0].observations[0];
        assert_eq!(o.period, "2008");
        assert!(
            (o.turnover.unwrap() * 1e3 - 53_538_997.229).abs() < 1e-3,
            "{:?}",
            o.turnover
        );
        assert!(
            o.note
                .as_deref()
                .unwrap()
                .contains("no total row; summed from the file's 5 products of the top level")
        );
    }
    // Legacy: no TOTAL row; the chapters summed, with the note.
    if let Some(path) = sample("comtrade-legacy-us-cn.csv") {
        let out = dir.path().join("uscn.ron");
        let (code, text) = entente(&["import", s(&path), "--out", s(&out)]);
        assert_eq!(code, 0, "{text}");
        let (code, text) = entente(&["check", s(&out)]);
        assert_eq!(code, 0, "{text}");
        let ds = dataset(&out);
        let products = &ds.trade[0].products;
        let ch84 = products
            .iter()
            .find(|p| p.code == "84" && p.flow == entente::model::Flow::Imports)
            .unwrap();
        assert_eq!((ch84.value * 1e6).round(), 112_339_000_000.0);
        assert!(
            products.iter().any(|p| p.code == "01"),
            "chapter 1 written 01"
        );
    }
    // WDI: the row of the country asked for.
    if let Some(path) = sample("wdi-gdp-per-capita.csv") {
        let out = dir.path().join("wdi.ron");
        let (code, text) = entente(&["import", s(&path), "--country", "KAZ", "--out", s(&out)]);
        assert_eq!(code, 0, "{text}");
        let ds = dataset(&out);
        let ind = &ds.indicators[0];
        assert_eq!((ind.as_of.as_str(), ind.value), ("2017", 8837.45730230661));
        assert_eq!(
            ds.source("wdi-ny-gdp-pcap-cd-kaz-file")
                .and_then(|s| s.date.as_deref()),
            Some("2018-10-18")
        );
    }
}

#[test]
fn a_file_with_no_rows_for_the_parties_says_what_it_holds() {
    let Some(path) = sample("comtradeplus-china-imports-2022.csv") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.ron");
    let (code, text) = entente(&[
        "import",
        s(&path),
        "--out",
        s(&out),
        "--parties",
        "Kazakhstan",
        "France",
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("error: none of the file's 1,352 rows is between Kazakhstan and France: it holds reporters CHN, DEU, USA; partners ABW, AFG"), "{text}");
    assert!(!out.exists());
}

#[test]
fn each_fixture_kind_imports_to_a_dataset_that_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    for (name, extra, series, figures) in [
        ("comtrade-kz-fr.csv", vec![], 2, 8),
        ("comtrade-sdk-kz-fr.csv", vec![], 1, 1),
        ("comtrade-legacy-kz-fr.csv", vec![], 1, 1),
        ("wits-kz-fr.csv", vec![], 1, 2),
        (
            "wdi-fdi.csv",
            vec!["--parties", "Kazakhstan", "France"],
            0,
            0,
        ),
    ] {
        let out = dir.path().join(format!("{name}.ron"));
        let mut args: Vec<String> = vec![
            "import".into(),
            s(&fixture(name)).into(),
            "--out".into(),
            s(&out).into(),
        ];
        args.extend(extra.iter().map(|a| a.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, text) = entente(&args);
        assert_eq!(code, 0, "{name}: {text}");
        let (code, text) = entente(&["check", s(&out)]);
        assert_eq!(code, 0, "{name}: {text}");
        let ds = dataset(&out);
        assert_eq!(ds.trade.len(), series, "{name}");
        assert_eq!(
            ds.trade.iter().map(|s| s.observations.len()).sum::<usize>(),
            figures,
            "{name}"
        );
    }
    // The legacy fixture has every goods chapter and no TOTAL: summed.
    let ds = dataset(&dir.path().join("comtrade-legacy-kz-fr.csv.ron"));
    let o = &ds.trade[0].observations[0];
    let expected: f64 = (0..96).map(|i| 1_000_000.0 + i as f64 * 1000.0).sum();
    assert_eq!(o.imports.map(|v| (v * 1e6).round()), Some(expected));
    assert!(
        o.note
            .as_deref()
            .unwrap()
            .contains("imports: no total row; summed from the file's 96 products of the top level")
    );
    // Leaf rows UN Comtrade did not have reported (isReported false,
    // isAggregate false) are estimated: the 2022 chapters of the fixture.
    let ds = dataset(&dir.path().join("comtrade-kz-fr.csv.ron"));
    let products = &ds.trade[0].products;
    assert!(
        products
            .iter()
            .filter(|p| p.period == "2022")
            .all(|p| p.estimated)
    );
    assert!(
        products
            .iter()
            .filter(|p| p.period == "2021")
            .all(|p| !p.estimated)
    );
    // WITS: each unit's row is a part of the value: 1,000.5 + 250.25
    // thousand for group 0, then 1, 2, 3 and 9.
    let ds = dataset(&dir.path().join("wits-kz-fr.csv.ron"));
    let o = &ds.trade[0].observations[0];
    assert_eq!(o.exports.map(|v| (v * 1e6).round()), Some(7_250_750.0));
    // WDI: two parties, an indicator each, in US$ million.
    let ds = dataset(&dir.path().join("wdi-fdi.csv.ron"));
    assert_eq!(ds.indicators.len(), 2);
    assert_eq!(
        (ds.indicators[0].value, ds.indicators[0].unit.as_str()),
        (3100.0, "US$ million")
    );
    assert_eq!(ds.indicators[0].earlier[0].value, 4000.0000005);
}

/// The bundled dataset copied to a temporary folder.
fn bundled_copy(dir: &Path) -> (PathBuf, String) {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/kz-fr.ron"))
            .unwrap();
    let path = dir.join("kz-fr.ron");
    std::fs::write(&path, &text).unwrap();
    (path, text)
}

#[test]
fn import_into_keeps_the_dataset_byte_for_byte_outside_the_block() {
    let dir = tempfile::tempdir().unwrap();
    let (target, original) = bundled_copy(dir.path());
    let (code, text) = entente(&[
        "import",
        s(&fixture("comtrade-kz-fr.csv")),
        "--into",
        s(&target),
    ]);
    assert_eq!(code, 0, "{text}");
    assert!(
        text.contains("added 2 series, 8 figures and 0 indicators"),
        "{text}"
    );
    let after = std::fs::read_to_string(&target).unwrap();
    // The block: from its comment line to the closing bracket of `trade`.
    let start = after
        .find("        // Imported by Entente from comtrade-kz-fr.csv (UN Comtrade CSV) on ")
        .expect("the block's comment");
    let end = start + after[start..].find("\n    ],\n").unwrap() + 1;
    assert_eq!(format!("{}{}", &after[..start], &after[end..]), original);
    let (code, text) = entente(&["check", s(&target)]);
    assert_eq!(code, 0, "{text}");
    let ds = dataset(&target);
    let ids: Vec<&str> = ds.trade.iter().map(|t| t.id.as_str()).collect();
    assert!(
        ids.contains(&"comtrade-kaz-fra") && ids.contains(&"comtrade-fra-kaz"),
        "{ids:?}"
    );
    // A figure equals the file's: Kazakhstan's 2021 exports, 2390000000.
    let kz = ds
        .trade
        .iter()
        .find(|t| t.id == "comtrade-kaz-fra")
        .unwrap();
    let o = kz.observations.iter().find(|o| o.period == "2021").unwrap();
    assert_eq!(o.exports, Some(2390.0));

    // Again: refused, the file unchanged; with --replace, replaced.
    let (code, text) = entente(&[
        "import",
        s(&fixture("comtrade-kz-fr.csv")),
        "--into",
        s(&target),
    ]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("already has a trade record with id \"comtrade-kaz-fra\"; use --replace to replace it; nothing was written"), "{text}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), after);
    let (code, text) = entente(&[
        "import",
        s(&fixture("comtrade-kz-fr.csv")),
        "--into",
        s(&target),
        "--replace",
    ]);
    assert_eq!(code, 0, "{text}");
    // Each replaced record carries the comment, the old one gone; once
    // more, and nothing piles up.
    for _ in 0..2 {
        let replaced = std::fs::read_to_string(&target).unwrap();
        assert_eq!(replaced.matches("id: \"comtrade-kaz-fra\"").count(), 1);
        assert_eq!(
            replaced
                .matches("// Imported by Entente from comtrade-kz-fr.csv")
                .count(),
            2,
            "{replaced}"
        );
        assert_eq!(entente(&["check", s(&target)]).0, 0);
        let (code, text) = entente(&[
            "import",
            s(&fixture("comtrade-kz-fr.csv")),
            "--into",
            s(&target),
            "--replace",
        ]);
        assert_eq!(code, 0, "{text}");
    }

    // An indicator file goes into `indicators`.
    let (code, text) = entente(&["import", s(&fixture("wdi-fdi.csv")), "--into", s(&target)]);
    assert_eq!(code, 0, "{text}");
    let ds = dataset(&target);
    assert!(
        ds.indicators
            .iter()
            .any(|i| i.id == "wdi-bx-klt-dinv-cd-wd-kaz")
    );
}

/// A fixture with one line changed.
fn broken(dir: &Path, name: &str, from: &str, to: &str) -> PathBuf {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    assert!(text.contains(from), "{from}");
    let n = std::fs::read_dir(dir).unwrap().count();
    let path = dir.join(format!("bad{n}-{name}"));
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path
}

/// A fixture as a spreadsheet set to semicolons saves it.
fn semicolons(dir: &Path, name: &str) -> PathBuf {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    let path = dir.join(format!("semicolons-{name}"));
    std::fs::write(
        &path,
        text.replace("\",\"", "\";\"")
            .replace(",\"", ";\"")
            .replace("\",", "\";"),
    )
    .unwrap();
    path
}

#[test]
fn bad_input_is_answered_at_its_line_and_column_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (target, original) = bundled_copy(dir.path());
    let legacy_row = "H5,2017,1,Import,398,Kazakhstan,251,France,3,\"Chapter 03, goods\",1002000,0";
    let cases: Vec<(PathBuf, &str)> = vec![
        (
            broken(
                dir.path(),
                "comtrade-legacy-kz-fr.csv",
                legacy_row,
                "H5,2017,1,Import,398,Kazakhstan,251,France,3,\"Chapter 03, goods\",12x,0",
            ),
            ":4:66: error: expected a number in column Trade Value (US$), found \"12x\"",
        ),
        (
            broken(
                dir.path(),
                "comtrade-legacy-kz-fr.csv",
                legacy_row,
                "H5,2017,1,Import,398,Kazakhstan,251,France,3,\"Chapter 03, goods\",-5,0",
            ),
            ":4:66: error: the value in column Trade Value (US$) is negative (-5)",
        ),
        (
            broken(
                dir.path(),
                "comtrade-legacy-kz-fr.csv",
                legacy_row,
                "H5,1850,1,Import,398,Kazakhstan,251,France,3,\"Chapter 03, goods\",1002000,0",
            ),
            ":4:4: error: year 1850 in column Year is outside 1900–2100",
        ),
        (
            broken(
                dir.path(),
                "comtrade-legacy-kz-fr.csv",
                "Trade Value (US$)",
                "Value",
            ),
            ":1:1: error: this UN Comtrade legacy CSV has no column Trade Value (US$)",
        ),
        (
            semicolons(dir.path(), "wits-kz-fr.csv"),
            ":1:1: error: the header row is separated by semicolons; expected commas",
        ),
    ];
    for (path, expected) in &cases {
        let (code, out) = entente(&["check", s(path)]);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains(expected), "expected {expected:?} in:\n{out}");
        let (code, out) = entente(&["import", s(path), "--into", s(&target)]);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("nothing was written"), "{out}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), original);
    }
    // A duplicated row: a warning at the row, counted once.
    let text = std::fs::read_to_string(fixture("comtrade-legacy-kz-fr.csv")).unwrap();
    let dup = dir.path().join("dup.csv");
    std::fs::write(&dup, format!("{text}{legacy_row}\r\n")).unwrap();
    let (code, out) = entente(&["check", s(&dup)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains(":195:44: warning: duplicated row: the same reporter, partner, flow, period and product (column Commodity Code) as line 4; not counted again"), "{out}");
}

#[test]
fn columns_are_found_by_name_in_any_order_and_months_read_as_months() {
    let dir = tempfile::tempdir().unwrap();
    // The SDK's snake_case names, in another order, only the needed ones,
    // monthly.
    let path = dir.path().join("monthly.csv");
    std::fs::write(
        &path,
        "Primary_Value,flow_code,Partner ISO3,reporter_iso3,ref_year,ref_month,frequency_code,commodity_code,reporter_code,partner_code\n\
         120000000,X,FRA,KAZ,2023,1,M,TOTAL,398,251\n\
         130000000,X,FRA,KAZ,2023,2,M,TOTAL,398,251\n\
         40000000,M,FRA,KAZ,2023,2,M,TOTAL,398,251\n",
    )
    .unwrap();
    let out = dir.path().join("monthly.ron");
    let (code, text) = entente(&["import", s(&path), "--out", s(&out)]);
    assert_eq!(code, 0, "{text}");
    let ds = dataset(&out);
    let periods: Vec<(&str, Option<f64>, Option<f64>)> = ds.trade[0]
        .observations
        .iter()
        .map(|o| (o.period.as_str(), o.exports, o.imports))
        .collect();
    assert_eq!(
        periods,
        [
            ("2023-01", Some(120.0), None),
            ("2023-02", Some(130.0), Some(40.0))
        ]
    );
    // A column missing is named.
    std::fs::write(
        &path,
        "flow_code,reporter_iso3,ref_year,reporter_code,partner_code,commodity_code\nX,KAZ,2023,398,251,TOTAL\n",
    )
    .unwrap();
    let (code, text) = entente(&["check", s(&path)]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("monthly.csv:1:1: error: this UN Comtrade CSV has no column primaryValue (columns are matched by name"), "{text}");
}

#[test]
fn real_downloads_go_into_a_dataset_of_their_parties() {
    let dir = tempfile::tempdir().unwrap();
    for (name, a, b, extra) in [
        (
            "comtradeplus-thailand-hs8542.csv",
            "Thailand",
            "France",
            None,
        ),
        ("comtrade-legacy-us-cn.csv", "USA", "China", None),
        (
            "wits-tradedata-original-export.csv",
            "Brazil",
            "United States",
            None,
        ),
        (
            "wdi-gdp-per-capita.csv",
            "Kazakhstan",
            "France",
            Some("KAZ"),
        ),
    ] {
        let Some(path) = sample(name) else { continue };
        let target = dir.path().join(format!("{name}.ron"));
        let (code, text) = entente(&["new", "--parties", a, b, "--out", s(&target)]);
        assert_eq!(code, 0, "{text}");
        let before = std::fs::read_to_string(&target).unwrap();
        let mut args = vec!["import", s(&path), "--into", s(&target)];
        if let Some(c) = extra {
            args.extend(["--country", c]);
        }
        let (code, text) = entente(&args);
        assert_eq!(code, 0, "{name}: {text}");
        let after = std::fs::read_to_string(&target).unwrap();
        assert!(after.len() > before.len(), "{name}");
        let (code, text) = entente(&["check", s(&target)]);
        assert_eq!(code, 0, "{name}: {text}");
        let ds = dataset(&target);
        assert!(
            ds.trade.iter().any(|t| t.source.is_some())
                || ds.indicators.iter().any(|i| i.source.is_some()),
            "{name}"
        );
    }
}

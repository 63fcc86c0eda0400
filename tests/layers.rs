//! Layers on the command line: the real GDELT 2.0, GDELT 1.0 and ICEWS
//! samples (../shared/samples/events, read in place) over the bundled
//! dataset, with counts equal to what each file holds for the parties; the
//! project's own fixtures (tests/data/layers) for Correlates of War, bad
//! rows, and promoting an event into a copy of the dataset.

mod common;

use common::entente;
use std::path::{Path, PathBuf};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sample(name: &str) -> Option<PathBuf> {
    let p = manifest().join("../shared/samples/events").join(name);
    p.exists().then_some(p).or_else(|| {
        eprintln!("skipped: {name} is not here");
        None
    })
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Rows of a delimited file whose two columns (by index) hold one of the
/// values: counted by hand, not by the reader under test.
fn count(path: &Path, sep: char, header: bool, cols: [usize; 2], values: &[&str]) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(usize::from(header))
        .filter(|l| {
            let f: Vec<&str> = l.split(sep).collect();
            cols.iter()
                .any(|&c| f.get(c).is_some_and(|v| values.contains(v)))
        })
        .count()
}

#[test]
fn the_real_samples_open_as_layers_with_the_parties_rows() {
    let bundled = manifest().join("data/kz-fr.ron");
    // The GDELT 2.0 sample is comma-separated with a header and an added
    // column: Actor1CountryCode and Actor2CountryCode are its 8th and 18th.
    let cases = [
        ("gdelt2-gdeltpyr-62col.csv", "GDELT 2.0", None),
        (
            "gdelt1-daily.tsv",
            "GDELT 1.0",
            Some(('\t', false, [7, 17], ["KAZ", "FRA"])),
        ),
        (
            "icews-2018-sample.tab",
            "ICEWS",
            Some(('\t', true, [4, 10], ["Kazakhstan", "France"])),
        ),
    ];
    for (name, label, by_hand) in cases {
        let Some(path) = sample(name) else { continue };
        let expected = match by_hand {
            Some((sep, header, cols, values)) => count(&path, sep, header, cols, &values),
            // GDELT 2.0 with quoted commas in names: the README's counts
            // (KAZ 14, FRA 191, no row with both).
            None => 14 + 191,
        };
        let (code, out) = entente(&[
            "check",
            s(&bundled),
            "--layer",
            s(&path),
            "--layer-scope",
            "either",
        ]);
        assert_eq!(code, 0, "{name}: {out}");
        let line = format!(
            "{name}: {label} layer of {expected} events involving Kazakhstan or France, from "
        );
        assert!(out.contains(&line), "expected {line:?} in:\n{out}");
    }
    // Between the two parties: none of them holds a Kazakhstan–France pair.
    if let Some(path) = sample("icews-2018-sample.tab") {
        let (_, out) = entente(&["check", s(&bundled), "--layer", s(&path)]);
        assert!(
            out.contains("ICEWS layer of 0 events between Kazakhstan and France, from 3,705 rows"),
            "{out}"
        );
    }
    // Wikidata terms: 20 statements, one term given twice.
    if let Some(path) = sample("wikidata-nz-deputy-pm-terms.json") {
        let (code, out) = entente(&["check", s(&bundled), "--layer", s(&path)]);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.contains(
                "Wikidata office terms layer of 19 eras between Kazakhstan and France, from 20 rows"
            ),
            "{out}"
        );
    }
}

#[test]
fn a_correlates_of_war_file_gives_a_row_per_direction() {
    let bundled = manifest().join("data/kz-fr.ron");
    let cow = manifest().join("tests/data/layers/cow-kz-fr.csv");
    let (code, out) = entente(&["check", s(&bundled), "--layer", s(&cow)]);
    assert_eq!(code, 0, "{out}");
    // Kazakhstan in France: chargé d'affaires (1992), ambassador (1995–);
    // France in Kazakhstan: minister, ambassador, then "other" (9).
    assert!(out.contains("Correlates of War diplomatic exchange layer of 5 eras between Kazakhstan and France, from 5 rows"), "{out}");
}

#[test]
fn bad_rows_are_placed_and_the_good_ones_kept() {
    let bundled = manifest().join("data/kz-fr.ron");
    let gdelt = manifest().join("tests/data/layers/gdelt2-kz-fr.tsv");
    let (code, out) = entente(&["check", s(&bundled), "--layer", s(&gdelt)]);
    assert_eq!(code, 0, "{out}");
    for expected in [
        "gdelt2-kz-fr.tsv:301:",
        "warning: SQLDATE \"20190231\" is not a date (YYYYMMDD); the row is left out",
        "gdelt2-kz-fr.tsv:302:118: warning: GoldsteinScale \"x\" is not a number; the row is left out",
        "gdelt2-kz-fr.tsv:303:1: warning: expected 61 fields (GDELT 2.0), found 40; the row is left out",
        "GDELT 2.0 layer of 54 events between Kazakhstan and France, from 303 rows, 3 warnings",
    ] {
        assert!(out.contains(expected), "expected {expected:?} in:\n{out}");
    }
    // A file that is no layer says what it looks closest to.
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("odd.tsv");
    std::fs::write(&odd, format!("{}\n", vec!["x"; 55].join("\t"))).unwrap();
    let (code, out) = entente(&["check", s(&bundled), "--layer", s(&odd)]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("it looks closest to GDELT events, but with 55 tab-separated fields where GDELT 2.0 has 61"), "{out}");
}

#[test]
fn a_promoted_event_goes_into_the_dataset_and_nothing_else_changes() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("kz-fr.ron");
    let original = std::fs::read_to_string(manifest().join("data/kz-fr.ron")).unwrap();
    std::fs::write(&target, &original).unwrap();
    let gdelt = manifest().join("tests/data/layers/gdelt2-kz-fr.tsv");
    let (code, out) = entente(&[
        "promote",
        s(&gdelt),
        "1000000000",
        "--into",
        s(&target),
        "--kind",
        "official_visit",
    ]);
    assert_eq!(code, 0, "{out}");
    let after = std::fs::read_to_string(&target).unwrap();
    // Two blocks (the source, the event), each from its comment line to
    // the record's end; without them, the file as it was.
    let mut rest = after.clone();
    for _ in 0..2 {
        let start = rest.find("        // From GDELT 2.0 event 1000000000 (gdelt2-kz-fr.tsv, line 1), added by Entente on ").expect("a block");
        let end = start + rest[start..].find("\n        ),\n").unwrap() + "\n        ),\n".len();
        rest = format!("{}{}", &rest[..start], &rest[end..]);
    }
    assert_eq!(rest, original);
    let (code, out) = entente(&["check", s(&target)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("94 events"), "{out}");
    assert!(
        after.contains("kind: official_visit")
            && after.contains("url: \"https://news.example.org/1000000000\"")
    );
    // An unknown kind or event: nothing written.
    let (code, out) = entente(&[
        "promote",
        s(&gdelt),
        "1000000000",
        "--into",
        s(&target),
        "--kind",
        "picnic",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("the dataset has no kind \"picnic\""), "{out}");
    let (code, out) = entente(&[
        "promote",
        s(&gdelt),
        "42",
        "--into",
        s(&target),
        "--kind",
        "treaty",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("has no event 42"), "{out}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), after);
}

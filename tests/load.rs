//! The loader and validator: one test per kind of problem, each asserting the
//! line and column a user would be sent to.

use entente::load::{self, Diagnostic};

/// A small valid dataset; tests break one thing in it.
const BASE: &str = r#"Dataset(
    title: "Test",
    parties: ("A", "B"),
    sources: [
        (id: "S1", publisher: "Pub", url: "https://example.org/a"),
    ],
    events: [
        (
            id: "one",
            date: "2008-06-11",
            kind: treaty,
            title: "First",
            sources: ["S1"],
        ),
        (
            id: "two",
            date: "2009-10",
            kind: state_visit,
            title: "Second",
            sources: ["S1"],
            related: ["one"],
        ),
    ],
    trade: [
        (
            id: "t",
            reporter: "A",
            reporter_label: "A statistics",
            currency: "USD",
            scale: billions,
            observations: [
                (period: "2023", turnover: 4.2, exports: 3.0, imports: 1.2, sources: ["S1"]),
            ],
        ),
    ],
)
"#;

fn errors(text: &str) -> Vec<Diagnostic> {
    match load::load_str(text) {
        Ok(_) => panic!("expected errors in:\n{text}"),
        Err(e) => e.diagnostics.into_iter().filter(|d| d.is_error()).collect(),
    }
}

/// Asserts one error at `line:col` whose message contains `fragment`.
fn assert_error(text: &str, line: usize, col: usize, fragment: &str) {
    let errs = errors(text);
    assert!(
        errs.iter()
            .any(|d| d.line == line && d.col == col && d.message.contains(fragment)),
        "wanted {line}:{col} \"{fragment}\", got:\n{}",
        load::render("t.ron", &errs)
    );
}

#[test]
fn the_base_and_the_bundled_dataset_are_valid() {
    load::load_str(BASE).unwrap();
    let loaded = load::load_str(entente::BUNDLED_DATA).unwrap();
    let ds = &loaded.dataset;
    assert!(ds.events.len() >= 40, "{} events", ds.events.len());
    // Nearly every source can be opened: at least 90% have a web link.
    let linked = ds
        .sources
        .iter()
        .filter(|s| s.openable_url().is_some())
        .count();
    assert!(
        linked * 10 >= ds.sources.len() * 9,
        "{linked} of {} sources have a link",
        ds.sources.len()
    );
    // Both parties' presidents since 1991, in order, the last one open.
    for party in ["Kazakhstan", "France"] {
        let eras: Vec<_> = ds.eras.iter().filter(|e| e.party == party).collect();
        assert!(eras.len() >= 2, "{party}: {eras:?}");
        assert!(
            eras[0].span.start.year <= 1991,
            "{party} starts {:?}",
            eras[0].span
        );
        assert!(
            eras.last().unwrap().end.is_none(),
            "{party}: the last era is open"
        );
    }
    // French investment is a series, with France's rank where reported.
    let inv = ds
        .indicators
        .iter()
        .find(|i| i.id == "french-investment")
        .unwrap();
    let ranks: Vec<(String, Option<u32>)> = inv
        .values()
        .into_iter()
        .map(|v| (v.as_of, v.rank))
        .collect();
    assert!(ranks.len() >= 5, "{ranks:?}");
    assert!(ranks.contains(&("2024-05".into(), Some(5))), "{ranks:?}");
    assert!(ranks.contains(&("2024-11".into(), Some(6))), "{ranks:?}");
    // Exactly one warning: the 2023 growth that the rounded figures cannot give.
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    let w = &loaded.warnings[0];
    let line = entente::BUNDLED_DATA
        .lines()
        .position(|l| l.contains("percent: 7.7"))
        .unwrap()
        + 1;
    assert_eq!(w.line, line);
    assert!(
        w.message.contains("reported growth +7.7% cannot be reconciled with the figures: $4.0 bn → $4.2 bn gives +5.0%"),
        "{}",
        w.message
    );
}

#[test]
fn flows_that_do_not_add_up_warn() {
    let text = BASE.replace("imports: 1.2", "imports: 2.2");
    let w = load::load_str(&text).unwrap().warnings;
    assert_eq!((w[0].line, w[0].col), (32, 44), "{w:?}");
    assert!(
        w[0].message
            .contains("exports 3 + imports 2.2 = 5.2 differs from the turnover 4.2"),
        "{w:?}"
    );
}

#[test]
fn the_same_period_twice_is_an_error() {
    let text = BASE.replace(
        "(period: \"2023\", turnover: 4.2",
        "(period: \"2023\", turnover: 4.0, sources: [\"S1\"]),\n                (period: \"2023\", turnover: 4.2",
    );
    assert_error(&text, 33, 26, "the period 2023 appears twice");
}

#[test]
fn syntax_error_has_rons_position() {
    let text = BASE.replace("title: \"First\",", "title: \"First\" kind: x,");
    assert_error(&text, 12, 28, "");
}

#[test]
fn type_error_names_what_was_expected() {
    let text = BASE.replace("turnover: 4.2", "turnover: \"4.2\"");
    let errs = errors(&text);
    assert_eq!((errs[0].line, errs[0].col), (32, 44), "{errs:?}");
    assert!(
        errs[0].message.to_lowercase().contains("expected"),
        "{errs:?}"
    );
}

#[test]
fn impossible_date() {
    let text = BASE.replace("\"2008-06-11\"", "\"2023-02-30\"");
    assert_error(&text, 10, 19, "February 2023 has no day 30");
}

#[test]
fn month_thirteen() {
    let text = BASE.replace("\"2009-10\"", "\"2009-13\"");
    assert_error(&text, 17, 19, "month 13");
}

#[test]
fn range_ending_before_it_starts() {
    let text = BASE.replace(
        "date: \"2009-10\",",
        "date: \"2009-10\", end: \"2009-09-30\",",
    );
    assert_error(
        &text,
        17,
        35,
        "ends (2009-09-30) before it starts (2009-10)",
    );
}

#[test]
fn duplicate_ids_point_at_both() {
    let text = BASE.replace("id: \"two\"", "id: \"one\"");
    assert_error(
        &text,
        16,
        17,
        "duplicate event id \"one\" (first defined at 9:17)",
    );
}

#[test]
fn related_id_that_points_nowhere() {
    let text = BASE.replace("related: [\"one\"]", "related: [\"onne\"]");
    assert_error(&text, 21, 23, "did you mean \"one\"?");
}

#[test]
fn event_without_a_source() {
    let text = BASE.replace(
        "title: \"First\",\n            sources: [\"S1\"],",
        "title: \"First\",\n            sources: [],",
    );
    assert_error(&text, 13, 22, "has no source");
}

#[test]
fn negative_money() {
    let text = BASE.replace("exports: 3.0", "exports: -3.0");
    assert_error(&text, 32, 58, "exports cannot be negative");
}

#[test]
fn unknown_kind_suggests_the_closest() {
    let text = BASE.replace("kind: treaty", "kind: treatie");
    assert_error(&text, 11, 19, "did you mean `treaty`?");
}

#[test]
fn unknown_field_suggests_the_closest() {
    let text = BASE.replace("title: \"First\"", "titel: \"First\"");
    assert_error(&text, 12, 13, "did you mean `title`?");
}

#[test]
fn every_problem_is_listed_not_just_the_first() {
    let text = BASE
        .replace("\"2008-06-11\"", "\"2023-02-30\"")
        .replace("related: [\"one\"]", "related: [\"nowhere\"]")
        .replace("exports: 3.0", "exports: -3.0");
    let errs = errors(&text);
    assert_eq!(errs.len(), 3, "{}", load::render("t.ron", &errs));
    // Sorted by place.
    assert!(
        errs.windows(2)
            .all(|w| (w[0].line, w[0].col) <= (w[1].line, w[1].col))
    );
}

#[test]
fn crlf_and_tabs_keep_line_and_column_right() {
    let text = BASE
        .replace("\"2008-06-11\"", "\"2023-02-30\"")
        .replace('\n', "\r\n")
        .replace("            date:", "\t\t\tdate:");
    assert_error(&text, 10, 10, "February 2023 has no day 30");
}

#[test]
fn the_example_in_format_md_is_valid() {
    let doc = std::fs::read_to_string("data/FORMAT.md").unwrap();
    let start = doc.find("```ron\n").unwrap() + 7;
    let end = start + doc[start..].find("```").unwrap();
    let loaded = load::load_str(&doc[start..end]).unwrap();
    assert_eq!(loaded.dataset.events.len(), 2);
}

/// BASE with eras for both parties.
fn with_eras(eras: &str) -> String {
    BASE.replacen(
        "    trade: [",
        &format!("    eras: [\n{eras}\n    ],\n    trade: ["),
        1,
    )
}

const ERAS: &str = r#"        (id: "a1", party: "A", name: "Ann One", kind: "presidency", start: "1990", end: "2019-03-19", sources: ["S1"]),
        (id: "a2", party: "A", name: "Al Two", kind: "presidency", start: "2019-03-20", sources: ["S1"]),
        (id: "b1", party: "B", name: "Bea", kind: "presidency", start: "2012-05-15", end: "2017-05-14", sources: ["S1"]),"#;

#[test]
fn eras_parse_with_open_ends_and_handover_days() {
    let loaded = load::load_str(&with_eras(ERAS)).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let eras = &loaded.dataset.eras;
    assert_eq!(eras.len(), 3);
    assert_eq!(eras[1].dates(), "since 20 March 2019");
    assert_eq!(eras[2].dates(), "15 May 2012 – 14 May 2017");
    assert_eq!(eras[0].span.start.to_string(), "1990");
}

#[test]
fn an_era_that_ends_before_it_starts_is_placed_on_its_end() {
    let text = with_eras(&ERAS.replace(
        r#"start: "2012-05-15", end: "2017-05-14""#,
        r#"start: "2012-05-15", end: "2011-05-14""#,
    ));
    let line = text
        .lines()
        .position(|l| l.contains("\"2011-05-14\""))
        .unwrap()
        + 1;
    let col = text
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("\"2011-05-14\"")
        .unwrap()
        + 1;
    assert_error(
        &text,
        line,
        col,
        "the era ends (2011-05-14) before it starts (2012-05-15)",
    );
}

#[test]
fn an_era_of_a_party_the_dataset_does_not_have_is_an_error() {
    let text = with_eras(&ERAS.replace(r#"party: "B""#, r#"party: "C""#));
    let line = text
        .lines()
        .position(|l| l.contains(r#"party: "C""#))
        .unwrap()
        + 1;
    let col = text.lines().nth(line - 1).unwrap().find(r#""C""#).unwrap() + 1;
    assert_error(
        &text,
        line,
        col,
        "the era's party \"C\" is not one of the dataset's parties (\"A\", \"B\")",
    );
}

#[test]
fn era_problems_are_all_listed_with_their_places() {
    let text = with_eras(&format!(
        "{ERAS}\n        (id: \"a1\", party: \"A\", name: \"Again\", kind: \"presidency\", start: \"2019-13\", sources: []),"
    ));
    let line = text.lines().position(|l| l.contains("Again")).unwrap() + 1;
    let at = |needle: &str| text.lines().nth(line - 1).unwrap().find(needle).unwrap() + 1;
    assert_error(&text, line, at("\"a1\""), "duplicate era id \"a1\"");
    assert_error(&text, line, at("\"2019-13\""), "invalid start date");
    assert_error(&text, line, at("[]"), "era \"a1\" has no source");
}

#[test]
fn overlapping_terms_of_one_party_warn() {
    let text = with_eras(&ERAS.replace(r#"start: "2019-03-20""#, r#"start: "2018-01-01""#));
    let w = load::load_str(&text).unwrap().warnings;
    assert!(
        w.iter().any(|d| d.message.contains(
            "the presidency of \"Al Two\" starts before the presidency of \"Ann One\" ends"
        )),
        "{w:?}"
    );
}

#[test]
fn a_source_with_neither_url_nor_note_warns_at_its_id() {
    let text = BASE.replace(
        r#"(id: "S1", publisher: "Pub", url: "https://example.org/a"),"#,
        "(id: \"S1\", publisher: \"Pub\", url: \"https://example.org/a\"),\n        (id: \"S2\", publisher: \"Printed report\"),\n        (id: \"S3\", publisher: \"Book\", note: \"Printed; no link\"),",
    );
    let w = load::load_str(&text).unwrap().warnings;
    let hits: Vec<_> = w
        .iter()
        .filter(|d| d.message.contains("neither a url nor a note"))
        .collect();
    assert_eq!(hits.len(), 1, "{w:?}");
    assert_eq!((hits[0].line, hits[0].col), (6, 14), "{w:?}");
    assert!(hits[0].message.contains("source \"S2\""), "{w:?}");
}

#[test]
fn indicator_values_come_oldest_first_before_the_latest() {
    let ind = r#"    indicators: [
        (id: "inv", label: "Investment", value: 19.5, unit: "USD billion", as_of: "2024-11", rank: 6, rank_among: "investors", sources: ["S1"],
         earlier: [
            (value: 18.7, as_of: "2023-11", sources: ["S1"]),
            (value: 19.1, as_of: "2024-05", rank: 5, sources: ["S1"]),
         ]),
    ],
"#;
    let text = BASE.replacen("    trade: [", &format!("{ind}    trade: ["), 1);
    let ds = load::load_str(&text).unwrap().dataset;
    let v = ds.indicators[0].values();
    assert_eq!(
        v.iter().map(|v| v.value).collect::<Vec<_>>(),
        [18.7, 19.1, 19.5]
    );
    assert_eq!(
        ds.indicators[0].rank_text(v[1].rank).as_deref(),
        Some("5th among investors")
    );
    // Out of order, and after the latest: both placed on the as_of.
    let bad = text
        .replace(r#"as_of: "2023-11""#, r#"as_of: "2024-12""#)
        .replace(r#"as_of: "2024-05""#, r#"as_of: "2024-02""#);
    let errs = errors(&bad);
    let line = bad.lines().position(|l| l.contains("\"2024-02\"")).unwrap() + 1;
    assert!(
        errs.iter()
            .any(|d| d.line == line && d.message.contains("earlier values go oldest first")),
        "{}",
        load::render("t.ron", &errs)
    );
    assert!(
        errs.iter().any(|d| d
            .message
            .contains("must come before the indicator's own as_of")),
        "{}",
        load::render("t.ron", &errs)
    );
}

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
    assert_eq!(loaded.dataset.events.len(), 13);
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

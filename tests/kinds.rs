//! A dataset's own kinds of event: lanes, filters and legends follow the
//! `kinds` list; `check` places every problem of it at its line:col.

use entente::document::{DataSource, Document, Filters};
use entente::load;

const WITH_KINDS: &str = r##"Dataset(
    title: "Kinds",
    parties: ("A", "B"),
    kinds: [
        (id: "ministerial_visits", label: "Ministerial visits", color: "#17becf", description: "Ministers and secretaries of state"),
        (id: "transport", label: "Transport", order: -1),
        (id: "treaty", label: "Treaties"),
    ],
    sources: [(id: "S1", publisher: "Pub", url: "https://example.org/a")],
    events: [
        (id: "a", date: "2015-03-29", kind: transport, title: "First flight", sources: ["S1"]),
        (id: "b", date: "2023-05-02", kind: ministerial_visits, title: "A minister's visit", sources: ["S1"]),
        (id: "c", date: "2008-06-11", kind: treaty, title: "A treaty", sources: ["S1"]),
        (id: "d", date: "2004-11", kind: ministerial_visits, title: "Another visit", sources: ["S1"]),
    ],
)
"##;

/// Errors of `text` rendered as `check` prints them.
fn problems(text: &str) -> String {
    match load::load_str(text) {
        Ok(l) => load::render("k.ron", &l.warnings),
        Err(e) => load::render("k.ron", &e.diagnostics),
    }
}

#[test]
fn lanes_filters_and_labels_follow_the_datasets_kinds() {
    let ds = load::load_str(WITH_KINDS).unwrap().dataset;
    let doc = Document::new(DataSource::Bundled, ds, &Filters::default());
    let labels: Vec<&str> = doc
        .index
        .lanes
        .iter()
        .map(|l| l.head.label.as_str())
        .collect();
    // `order` first (Transport, -1), then the list's order.
    assert_eq!(labels, ["Transport", "Ministerial visits", "Treaties"]);
    assert_eq!(
        doc.index.lanes[1].head.description.as_deref(),
        Some("Ministers and secretaries of state")
    );
    let ds = &doc.dataset;
    let visit = &ds.events[1];
    assert_eq!(ds.kind_of(visit).singular, "Ministerial visits");
    assert_eq!(ds.kind_of(&ds.events[2]).singular, "Treaty");
    assert_eq!(
        ds.kind_of(visit).color,
        entente::model::KindColor::Rgb(0x17, 0xbe, 0xcf)
    );
    // Hiding a kind by its id hides its events.
    let mut filters = Filters::default();
    filters.set_shown("ministerial_visits", false);
    assert!(filters.is_active());
    let doc = Document::new(DataSource::Bundled, (*doc.dataset).clone(), &filters);
    assert_eq!(doc.index.len(), 2);
}

#[test]
fn an_unknown_kind_is_an_error_at_its_place_with_a_suggestion() {
    let text = WITH_KINDS.replace("kind: transport,", "kind: transprt,");
    let out = problems(&text);
    assert!(
        out.contains("k.ron:11:45: error: unknown event kind `transprt`, expected one of transport, ministerial_visits, treaty; did you mean `transport`?"),
        "{out}"
    );
    // A built-in kind is unknown once the dataset names its own.
    let text = WITH_KINDS.replace("kind: transport,", "kind: agreement,");
    assert!(problems(&text).contains("error: unknown event kind `agreement`"));
}

#[test]
fn the_kinds_list_is_checked_where_it_is_written() {
    let text = WITH_KINDS.replace("\"#17becf\"", "\"teal\"").replace(
        "(id: \"treaty\", label: \"Treaties\")",
        "(id: \"transport\", label: \"Again\"), (id: \"Culture\", label: \"Culture\")",
    );
    let out = problems(&text);
    assert!(
        out.contains("k.ron:5:72: error: the colour \"teal\" is not written #RRGGBB"),
        "{out}"
    );
    assert!(
        out.contains("k.ron:7:14: error: duplicate kind id \"transport\" (first defined at 6:14)"),
        "{out}"
    );
    assert!(
        out.contains("k.ron:7:49: error: the kind id \"Culture\" is not an identifier"),
        "{out}"
    );
    // A kind no event uses: a warning, and the file loads.
    let text = WITH_KINDS.replace(
        "(id: \"treaty\", label: \"Treaties\"),",
        "(id: \"treaty\", label: \"Treaties\"), (id: \"culture\", label: \"Culture\"),",
    );
    let loaded = load::load_str(&text).unwrap();
    assert!(
        load::render("k.ron", &loaded.warnings)
            .contains("k.ron:7:49: warning: no event is of the kind \"culture\"; it has no lane"),
        "{}",
        load::render("k.ron", &loaded.warnings)
    );
}

#[test]
fn without_a_kinds_list_the_built_in_seven_stay() {
    let text = WITH_KINDS
        .replace("kind: transport", "kind: other")
        .replace("kind: ministerial_visits", "kind: official_visit");
    let start = text.find("    kinds: [").unwrap();
    let end = text.find("    sources:").unwrap();
    let text = format!("{}{}", &text[..start], &text[end..]);
    let ds = load::load_str(&text).unwrap().dataset;
    assert_eq!(ds.kind_table.len(), 7);
    assert_eq!(ds.kind_of(&ds.events[0]).label, "Other");
}

//! Opening other people's timelines: TimelineJS JSON and the spreadsheet
//! template as CSV, `entente import`, `entente new`, and TimelineJS back out.
//! The files in tests/data/timelinejs are of our own making and use every
//! field the importer reads.

use entente::import;
use entente::model::{Dataset, Precision};
use entente::open::Opened;
use std::path::{Path, PathBuf};
use std::process::Command;

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

const DIR: &str = "tests/data/timelinejs";

/// The command ended with exit 0; else its stderr is the failure message.
fn assert_ok(out: &std::process::Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn fixture(name: &str) -> PathBuf {
    Path::new(DIR).join(name)
}

fn temp_dir(tag: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("entente-import-{tag}-"))
        .tempdir()
        .unwrap()
}

fn imported(name: &str) -> Opened {
    let path = fixture(name);
    entente::open::open(&path, &|_| {})
        .unwrap_or_else(|e| panic!("{}", entente::load::render(name, &e.diagnostics)))
}

fn event<'a>(ds: &'a Dataset, title: &str) -> &'a entente::model::Event {
    ds.events
        .iter()
        .find(|e| e.title == title)
        .unwrap_or_else(|| {
            panic!(
                "no event {title:?} in {:?}",
                ds.events.iter().map(|e| &e.title).collect::<Vec<_>>()
            )
        })
}

/// The URLs an event cites.
fn urls(ds: &Dataset, e: &entente::model::Event) -> Vec<String> {
    e.sources
        .iter()
        .filter_map(|id| ds.source(id)?.url.clone())
        .collect()
}

#[test]
fn json_events_keep_their_dates_precision_links_and_groups() {
    let imp = imported("kz-fr.json");
    let ds = &imp.loaded.dataset;
    // The title slide: HTML gone, entities decoded.
    assert_eq!(ds.title, "Kazakhstan & France: a short timeline");
    assert!(
        ds.description
            .starts_with("A few dates of the relationship")
    );
    assert_eq!(ds.events.len(), 6);

    let relations = event(ds, "Diplomatic relations established");
    assert_eq!(relations.id, "relations-1992");
    assert_eq!(relations.date, "1992-01-25");
    assert_eq!(relations.when.precision(), Precision::Day);
    assert_eq!(relations.group.as_deref(), Some("Diplomacy"));
    // Plain text, and the link became a source with the link's text.
    assert_eq!(
        relations.summary,
        "Kazakhstan and France establish diplomatic relations. See e-history.kz."
    );
    assert_eq!(
        urls(ds, relations),
        ["https://e-history.kz/en/calendar/show/27810"]
    );

    // Strings for numbers, a range, a display date kept in the note.
    let mitterrand = event(ds, "François Mitterrand in Almaty");
    assert_eq!(
        (mitterrand.date.as_str(), mitterrand.end.as_deref()),
        ("1993-09-16", Some("1993-09-17"))
    );
    assert!(
        mitterrand
            .note
            .as_deref()
            .unwrap()
            .contains("16–17 September 1993")
    );
    assert_eq!(
        mitterrand.summary,
        "Official visit.\nSpeech of 16 September: Élysée"
    );

    // A time of day is dropped, and said so.
    let fillon = event(ds, "François Fillon in Astana");
    assert_eq!(fillon.date, "2008-02-08");
    assert!(
        fillon
            .note
            .as_deref()
            .unwrap()
            .contains("time of day (11:30)"),
        "{:?}",
        fillon.note
    );
    // The media is a source: its credit the publisher, its caption the title.
    let media = ds
        .sources
        .iter()
        .find(|s| {
            s.url.as_deref() == Some("http://discours.vie-publique.fr/notices/083000526.html")
        })
        .unwrap();
    assert_eq!(media.publisher, "vie-publique.fr");
    assert!(
        media
            .title
            .as_deref()
            .unwrap()
            .starts_with("Déclaration de M. François Fillon")
    );
    assert!(fillon.sources.iter().any(|s| *s == media.id));

    // Month and year precision, as given.
    let sarkozy = ds.events.iter().find(|e| e.date == "2009-10").unwrap();
    assert_eq!(sarkozy.when.precision(), Precision::Month);
    assert_eq!(
        sarkozy.title,
        "Nicolas Sarkozy's visit; BBC News reports deals."
    );
    assert_eq!(
        event(ds, "25 years of diplomatic relations")
            .when
            .precision(),
        Precision::Year
    );

    // Every event cites the file itself; eras become eras of the whole timeline.
    assert!(
        ds.events
            .iter()
            .all(|e| e.sources[0] == import::FILE_SOURCE)
    );
    assert_eq!(ds.eras.len(), 1);
    assert_eq!(ds.eras[0].name, "François Mitterrand");
    assert_eq!(
        (ds.eras[0].start.as_str(), ds.eras[0].end.as_deref()),
        ("1981-05-21", Some("1995-05-17"))
    );
    assert!(ds.eras[0].party.is_empty());

    // Warnings: the dropped time (at the hour) and the missing headline.
    let w: Vec<String> = imp
        .loaded
        .warnings
        .iter()
        .map(|d| format!("{}:{} {}", d.line, d.col, d.message))
        .collect();
    assert!(
        w.iter()
            .any(|m| m.starts_with("33:66 1 date given with a time of day")),
        "{w:?}"
    );
    assert!(
        w.iter()
            .any(|m| m.starts_with("52:5 the event has no headline")),
        "{w:?}"
    );
    // Each event knows where it came from.
    assert_eq!(
        imp.origins.as_ref().unwrap().events[0],
        "events[0], line 11"
    );
}

#[test]
fn the_spreadsheet_template_reads_with_bom_crlf_quotes_and_empty_rows() {
    let imp = imported("kz-fr.csv");
    let ds = &imp.loaded.dataset;
    assert_eq!(ds.title, "Kazakhstan and France, in rows");
    assert_eq!(ds.description, "The spreadsheet template, saved as CSV.");
    // Four events: the empty row is skipped, the title and era rows are not events.
    assert_eq!(ds.events.len(), 4);
    let m = event(ds, "François Mitterrand in Almaty, Kazakhstan");
    assert_eq!(m.summary, "Official visit.\nTwo days, two speeches.");
    assert_eq!(m.end.as_deref(), Some("1993-09-17"));
    assert!(m.note.as_deref().unwrap().contains("(10:00)"));
    let media = ds.source(&m.sources[1]).unwrap();
    assert_eq!(media.publisher, "Élysée");
    assert_eq!(
        media.title.as_deref(),
        Some("Speech of 16 September, \"Almaty\"")
    );
    assert_eq!(event(ds, "Month only").when.precision(), Precision::Month);
    assert_eq!(
        urls(ds, event(ds, "Diplomatic relations established")),
        ["https://e-history.kz/en/calendar/show/27810"]
    );
    assert_eq!(ds.eras.len(), 1);
    // Rows are placed on their lines, after the multi-line one too.
    assert_eq!(
        imp.origins.as_ref().unwrap().events,
        [
            "row on line 3",
            "row on line 5",
            "row on line 7",
            "row on line 8"
        ]
    );
    assert_eq!(imp.origins.as_ref().unwrap().eras, ["row on line 9"]);
    let w = &imp.loaded.warnings[0];
    assert_eq!(
        (w.line, w.col),
        (5, 11),
        "the Time field of the row: {}",
        w.message
    );
}

/// `entente check FILE` output and exit code.
fn check(path: &Path) -> (Option<i32>, String) {
    let out = entente().arg("check").arg(path).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).to_string(),
    )
}

#[test]
fn bad_json_reports_every_date_at_its_line_and_column() {
    let path = fixture("bad.json");
    let (code, out) = check(&path);
    assert_eq!(code, Some(1), "{out}");
    let p = path.display();
    for expected in [
        format!(
            "{p}:3:29: error: the start date's year -500 is outside the years Entente shows, 1 to 9999"
        ),
        format!(
            "{p}:4:54: error: the start date is not a day of the calendar: February 2023 has no day 30"
        ),
        format!("{p}:5:44: error: the start date's month 13 is not a month (1 to 12)"),
        format!(
            "{p}:6:29: error: the start date's year 13800000000 is outside the years Entente shows"
        ),
        format!("{p}:7:5: error: the start date has no year"),
    ] {
        assert!(out.contains(&expected), "missing {expected:?} in\n{out}");
    }
    assert!(out.contains("5 errors"), "{out}");
    // With the line and a caret under the value.
    assert!(
        out.contains("6 |     {\"start_date\": {\"year\": 13800000000}"),
        "{out}"
    );
    assert!(
        out.contains("  |                             ^^^^^^^^^^^\n"),
        "{out}"
    );
}

#[test]
fn bad_csv_and_broken_json_are_placed_too() {
    let (code, out) = check(&fixture("bad.csv"));
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("bad.csv:2:8: error: the start date is not a day of the calendar"),
        "{out}"
    );
    assert!(
        out.contains("bad.csv:3:1: error: the start date's year -44 is outside"),
        "{out}"
    );
    let (code, out) = check(&fixture("syntax.json"));
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("syntax.json:3:33: error: expected `,` or `}`"),
        "{out}"
    );
    // Not a TimelineJS file at all.
    let dir = temp_dir("shape");
    let odd = dir.path().join("list.json");
    std::fs::write(&odd, "[1, 2]").unwrap();
    let (code, out) = check(&odd);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("list.json:1:1: error:"), "{out}");
    let sheet = dir.path().join("other.csv");
    std::fs::write(&sheet, "Name,Value\nx,1\n").unwrap();
    let (code, out) = check(&sheet);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("the header row has no Year or Headline column"),
        "{out}"
    );
}

#[test]
fn import_writes_commented_ron_that_check_accepts() {
    let dir = temp_dir("ron");
    for name in ["kz-fr.json", "kz-fr.csv"] {
        let out_path = dir.path().join(format!("{name}.ron"));
        let out = entente()
            .args(["import", &format!("{DIR}/{name}"), "--out"])
            .arg(&out_path)
            .args(["--parties", "Kazakhstan", "France"])
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = std::fs::read_to_string(&out_path).unwrap();
        assert!(text.contains("// Imported by Entente from"), "{text}");
        assert!(
            text.contains("parties: (\"Kazakhstan\", \"France\")"),
            "{text}"
        );
        let (code, checked) = check(&out_path);
        assert_eq!(code, Some(0), "{checked}");
        // The RON file loads to the same dataset the import made.
        let again = entente::load::load_str(&text).unwrap().dataset;
        let mut direct = imported(name).loaded.dataset;
        direct.parties = ("Kazakhstan".into(), "France".into());
        assert_eq!(again, direct);
        // Not written over without --force.
        let out = entente()
            .args(["import", &format!("{DIR}/{name}"), "--out"])
            .arg(&out_path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert!(String::from_utf8_lossy(&out.stderr).contains("--force"));
    }
    let text = std::fs::read_to_string(dir.path().join("kz-fr.json.ron")).unwrap();
    assert!(text.contains("        // events[2], line 31\n"), "{text}");
    // A bad file writes nothing.
    let bad_out = dir.path().join("bad.ron");
    let out = entente()
        .args(["import", &format!("{DIR}/bad.json"), "--out"])
        .arg(&bad_out)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!bad_out.exists());
}

#[test]
fn new_writes_a_template_check_accepts() {
    let dir = temp_dir("new");
    let path = dir.path().join("kz-de.ron");
    let out = entente()
        .args(["new", "--parties", "Kazakhstan", "Germany", "--out"])
        .arg(&path)
        .output()
        .unwrap();
    assert_ok(&out);
    let (code, checked) = check(&path);
    assert_eq!(code, Some(0), "{checked}");
    assert!(
        checked.contains("ok: 2 events, 1 trade series (1 figures), 1 indicators, 1 source"),
        "{checked}"
    );
    let ds = entente::open::open(&path, &|_| {}).unwrap().loaded.dataset;
    assert_eq!(ds.parties, ("Kazakhstan".into(), "Germany".into()));
    let out = entente()
        .args(["new", "--parties", "A", "B", "--out"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "an existing file is kept");
}

#[test]
fn the_bundled_dataset_goes_to_timelinejs_and_back() {
    let dir = temp_dir("tjs");
    let path = dir.path().join("kz-fr.json");
    let out = entente()
        .args(["export", "--format", "timelinejs", "--out"])
        .arg(&path)
        .output()
        .unwrap();
    assert_ok(&out);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let events = json["events"].as_array().unwrap();
    let bundled = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    assert_eq!(events.len(), bundled.events.len());
    // A month stays a month: no day is written.
    let treaty_month = bundled
        .events
        .iter()
        .position(|e| e.date == "2008-06")
        .unwrap();
    assert!(events[treaty_month]["start_date"].get("day").is_none());
    assert_eq!(json["title"]["text"]["headline"], "Kazakhstan–France");
    // TimelineJS draws every era in one row: only the first party's terms
    // are eras, so none hides another; the other party's are in the title.
    let kz = bundled
        .eras
        .iter()
        .filter(|e| e.party == "Kazakhstan")
        .count();
    assert_eq!(json["eras"].as_array().unwrap().len(), kz);
    let title = json["title"]["text"]["text"].as_str().unwrap();
    assert!(
        title.contains("The eras shown are Kazakhstan’s."),
        "{title}"
    );
    assert!(
        title.contains("France: presidency: François Mitterrand ("),
        "{title}"
    );
    for pair in json["eras"].as_array().unwrap().windows(2) {
        let end = &pair[0]["end_date"];
        let next = &pair[1]["start_date"];
        let key =
            |d: &serde_json::Value| (d["year"].as_i64(), d["month"].as_i64(), d["day"].as_i64());
        assert!(key(end) <= key(next), "{pair:?}");
    }
    // Another party's eras on request; a party the dataset lacks is refused.
    let fr = dir.path().join("fr.json");
    let out = entente()
        .args([
            "export",
            "--format",
            "timelinejs",
            "--eras",
            "France",
            "--out",
        ])
        .arg(&fr)
        .output()
        .unwrap();
    assert_ok(&out);
    let json_fr: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&fr).unwrap()).unwrap();
    let fr_count = bundled.eras.iter().filter(|e| e.party == "France").count();
    assert_eq!(json_fr["eras"].as_array().unwrap().len(), fr_count);
    let out = entente()
        .args([
            "export",
            "--format",
            "timelinejs",
            "--eras",
            "Narnia",
            "--out",
        ])
        .arg(dir.path().join("n.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--eras takes on, off or a party"));
    // Read back, every event is there at its date, with its sources' links.
    let back = entente::open::open(&path, &|_| {}).unwrap().loaded.dataset;
    assert_eq!(back.events.len(), bundled.events.len());
    for (a, b) in bundled.events.iter().zip(&back.events) {
        assert_eq!(
            (a.title.as_str(), a.when.start, a.when.end),
            (b.title.as_str(), b.when.start, b.when.end)
        );
        assert_eq!(b.id, a.id);
        for url in a
            .sources
            .iter()
            .filter_map(|id| bundled.source(id)?.openable_url())
        {
            assert!(
                urls(&back, b).iter().any(|u| u == url),
                "{} lost {url}",
                a.id
            );
        }
    }
    // The group is the lane by kind.
    assert_eq!(
        events[0]["group"],
        bundled.kind_of(&bundled.events[0]).label.as_str()
    );
}

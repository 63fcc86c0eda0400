//! The door in: a file's kind comes from its extension *and* its first
//! bytes. A RON dataset named `.txt`, a TimelineJS JSON named `.data` open;
//! a file whose content is not what its name says opens as what it is,
//! with a warning; a CSV that is not TimelineJS and a file of no known kind
//! are refused with a message that says what they look like.

use entente::open::{self, Format};
use std::path::{Path, PathBuf};
use std::process::Command;

fn temp_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("entente-open-")
        .tempdir()
        .unwrap()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn small_ron() -> String {
    entente::generate::to_ron(&entente::generate::generate(12, 5)).unwrap()
}

fn timelinejs() -> String {
    std::fs::read_to_string("tests/data/timelinejs/kz-fr.json").unwrap()
}

/// `entente check PATH`: exit code and what it printed.
fn check(path: &Path) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_entente"))
        .arg("check")
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into(),
    )
}

#[test]
fn a_ron_dataset_named_txt_opens_as_ron() {
    let dir = temp_dir();
    let path = write(dir.path(), "notes.txt", &small_ron());
    let opened = open::open(&path, &|_| {}).unwrap();
    assert_eq!(opened.format, Format::Ron);
    assert_eq!(opened.loaded.dataset.events.len(), 12);
    assert!(
        opened.loaded.warnings.is_empty(),
        "{:?}",
        opened.loaded.warnings
    );
    let (code, out) = check(&path);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("notes.txt: ok: 12 events"), "{out}");
    // And with no extension at all.
    let bare = write(dir.path(), "dataset", &small_ron());
    assert_eq!(open::format_of(&bare).unwrap(), Format::Ron);
}

#[test]
fn a_timelinejs_json_named_data_opens_as_timelinejs() {
    let dir = temp_dir();
    let path = write(dir.path(), "export.data", &timelinejs());
    let opened = open::open(&path, &|_| {}).unwrap();
    assert_eq!(opened.format, Format::TimelineJson);
    assert!(!opened.loaded.dataset.events.is_empty());
    assert!(
        opened.origins.is_some(),
        "a converted file says where records came from"
    );
    let (code, out) = check(&path);
    assert_eq!(code, Some(0), "{out}");
}

#[test]
fn a_file_whose_content_is_not_what_its_name_says_opens_with_a_warning() {
    let dir = temp_dir();
    let path = write(dir.path(), "dataset.json", &small_ron());
    let opened = open::open(&path, &|_| {}).unwrap();
    assert_eq!(opened.format, Format::Ron);
    let w = &opened.loaded.warnings[0];
    assert_eq!((w.line, w.col), (1, 1));
    assert!(
        w.message
            .contains("ends in .json, which is TimelineJS JSON, but its content is Entente RON"),
        "{}",
        w.message
    );
    let (code, out) = check(&path);
    assert_eq!(code, Some(0), "{out}");
    assert!(
        out.contains("dataset.json:1:1: warning: the file's name ends in .json"),
        "{out}"
    );
}

#[test]
fn a_csv_that_is_not_timelinejs_is_refused_saying_what_it_looks_like() {
    let dir = temp_dir();
    let table = "Country,Year,Value\nKazakhstan,2023,4.2\n";
    // Named .csv: TimelineJS's reader says which columns it misses.
    let csv = write(dir.path(), "figures.csv", table);
    let (code, out) = check(&csv);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("figures.csv:1:1: error: expected TimelineJS's spreadsheet template: the header row has no Headline column"),
        "{out}"
    );
    // Named otherwise: refused before any reader, as a CSV of another kind.
    let txt = write(dir.path(), "figures.txt", table);
    let e = open::open(&txt, &|_| {}).unwrap_err();
    assert_eq!(e.error_count(), 1);
    let (code, out) = check(&txt);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("figures.txt:1:1: error: it looks like a CSV file, but neither TimelineJS's spreadsheet template (its header row has no Year or Headline column) nor a UN Comtrade, WITS or WDI file"),
        "{out}"
    );
}

#[test]
fn a_file_of_no_known_kind_is_refused_naming_the_kinds_entente_reads() {
    let dir = temp_dir();
    let path = write(
        dir.path(),
        "letter.txt",
        "Dear colleague,\nplease find attached",
    );
    let (code, out) = check(&path);
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("letter.txt:1:1: error: Entente cannot tell what kind of file this is")
            && out.contains("Entente opens .ron datasets, TimelineJS .json and .csv files"),
        "{out}"
    );
    // A broken file of a known name is left to its reader, which places
    // the problem.
    let broken = write(dir.path(), "broken.ron", "Dataset(title: \"x\",\n  oops");
    let (code, out) = check(&broken);
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("broken.ron:2:"), "{out}");
}

#[test]
fn import_refuses_a_ron_dataset_whatever_its_name() {
    let dir = temp_dir();
    let path = write(dir.path(), "dataset.txt", &small_ron());
    let out = Command::new(env!("CARGO_BIN_EXE_entente"))
        .arg("import")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("this file is Entente RON, Entente's own format already"),
        "{err}"
    );
    assert!(!dir.path().join("dataset.ron").exists());
}

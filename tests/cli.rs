//! The command line, as scripts and CI use it: exit codes and output.

use std::process::Command;

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

fn temp_file(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("entente-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn check_passes_the_bundled_dataset() {
    let out = entente()
        .args(["check", "data/kz-fr.ron"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(
        stdout.contains("data/kz-fr.ron: ok: 60 events, 2 trade series (14 figures), 2 indicators"),
        "{stdout}"
    );
}

#[test]
fn check_reports_every_error_with_its_place_and_exits_1() {
    let text = entente::BUNDLED_DATA
        .replacen("date: \"2008-06-11\"", "date: \"2008-13-11\"", 1)
        .replace("related: [\"consultations-10-2024\"],\n        ),\n        (\n            id: \"katco-south-tortkuduk-2022\"", "related: [\"nowhere\"],\n        ),\n        (\n            id: \"katco-south-tortkuduk-2022\"");
    let path = temp_file("two-errors.ron", &text);
    let out = entente().arg("check").arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let p = path.display().to_string();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    assert!(
        stdout.contains(&format!(
            "{p}:{}:19: error: invalid date: month 13",
            line_of("2008-13-11")
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!(
            "{p}:{}:23: error: related id \"nowhere\"",
            line_of("[\"nowhere\"]")
        )),
        "{stdout}"
    );
    // The offending line and a caret under the place.
    assert!(stdout.contains("date: \"2008-13-11\""), "{stdout}");
    assert!(stdout.contains("^^^^^^^^^^^^"), "{stdout}");
    assert!(stdout.contains("2 errors"), "{stdout}");
}

#[test]
fn check_of_a_missing_file_exits_1_without_panicking() {
    let out = entente()
        .args(["check", "/nonexistent/x.ron"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("/nonexistent/x.ron:1:1: error: cannot read the file"),
        "{stdout}"
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn opening_an_unreadable_file_prints_and_exits_1() {
    let out = entente().arg("/nonexistent/y.ron").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("/nonexistent/y.ron:1:1: error: cannot read the file")
    );
}

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
        stdout.contains("data/kz-fr.ron: ok: 93 events, 2 trade series (18 figures), 2 indicators"),
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

/// Line and column (1-based, in characters) of the first `needle` in `text`.
fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap();
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    (
        text[..at].matches('\n').count() + 1,
        text[line_start..at].chars().count() + 1,
    )
}

#[test]
fn check_of_a_large_file_read_in_pieces_places_every_problem() {
    // Over 4 MB: read a block at a time and parsed in pieces.
    let ds = entente::generate::generate(12_000, 3);
    let good = entente::generate::to_ron(&ds).unwrap();
    assert!(good.len() > 5 << 20, "{} bytes", good.len());
    // A bad date in the last event and an unknown source in the middle one:
    // found after parsing, placed by reading the file again.
    let last = good.rfind("date: \"").unwrap() + 7;
    let end = last + good[last..].find('"').unwrap();
    let mut text = good.clone();
    text.replace_range(last..end, "2031-02-30");
    let middle = text.find("id: \"e0006000\"").unwrap();
    let src = middle + text[middle..].find("sources: [\n").unwrap();
    let quote = src + text[src..].find('"').unwrap();
    text.replace_range(quote..quote + 8, "\"src-99\"");
    for (name, bom) in [("large.ron", ""), ("large-bom.ron", "\u{FEFF}")] {
        let path = temp_file(name, &format!("{bom}{text}"));
        let out = entente().arg("check").arg(&path).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        let p = path.display().to_string();
        let (l, c) = place_of(&text, "\"2031-02-30\"");
        assert!(
            stdout.contains(&format!("{p}:{l}:{c}: error: invalid date")),
            "{name}: {stdout}"
        );
        let (l, c) = place_of(&text, "\"src-99\"");
        assert!(
            stdout.contains(&format!("{p}:{l}:{c}: error: unknown source id \"src-99\"")),
            "{name}: {stdout}"
        );
        std::fs::remove_file(&path).unwrap();
    }
    // A syntax error near the end: placed where it is, with its line.
    let kind = good.rfind("kind: ").unwrap();
    let mut broken = good.clone();
    broken.insert_str(kind + 6, "bogus_");
    let path = temp_file("large-syntax.ron", &broken);
    let out = entente().arg("check").arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let (l, c) = place_of(&broken, "bogus_");
    assert!(
        stdout.contains(&format!(
            "{}:{l}:{c}: error: unknown event kind",
            path.display()
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&broken.lines().nth(l - 1).unwrap().trim().to_string()),
        "{stdout}"
    );
    std::fs::remove_file(&path).unwrap();
}

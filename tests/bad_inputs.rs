//! The bad-input corpus (tests/bad_inputs/): each file through `entente
//! check` and through the in-app loader, with the place and message it must
//! produce; two hostile inputs too large to commit are made here; and
//! thousands of random mutations of the bundled file never panic the loader.

mod common;
use common::wait_loaded;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, PersistedState};
use entente::document::DataSource;
use rand::{Rng as _, SeedableRng as _};
use std::path::{Path, PathBuf};

struct Case {
    file: PathBuf,
    place: Option<(usize, usize)>,
    fragment: String,
}

fn cases() -> Vec<Case> {
    let dir = Path::new("tests/bad_inputs");
    let text = std::fs::read_to_string(dir.join("EXPECTED.tsv")).unwrap();
    let cases: Vec<Case> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut f = l.split('\t');
            let file = dir.join(f.next().unwrap());
            let place = f.next().unwrap();
            let fragment = f.next().unwrap_or("").to_string();
            let place = (place != "ok").then(|| {
                let (a, b) = place.split_once(':').unwrap();
                (a.parse().unwrap(), b.parse().unwrap())
            });
            Case {
                file,
                place,
                fragment,
            }
        })
        .collect();
    let files = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "ron")
        })
        .count();
    assert_eq!(
        cases.len(),
        files,
        "every file in the corpus has an expectation"
    );
    assert!(cases.len() >= 30);
    cases
}

#[test]
fn check_reports_each_bad_input_at_its_place() {
    for case in cases() {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_entente"))
            .arg("check")
            .arg(&case.file)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains("panicked"),
            "{}: {stderr}",
            case.file.display()
        );
        let name = case.file.display().to_string();
        // Nothing in a file can move the cursor, reorder or hide text.
        assert!(
            !stdout.contains(['\u{1b}', '\r', '\u{202e}', '\u{200b}', '\u{0}']),
            "{name}: raw control characters in {stdout:?}"
        );
        match case.place {
            Some((line, col)) => {
                assert_eq!(out.status.code(), Some(1), "{name}: {stdout}");
                let head = format!("{name}:{line}:{col}: error: ");
                assert!(
                    stdout
                        .lines()
                        .any(|l| l.starts_with(&head) && l.contains(&case.fragment)),
                    "{name}: wanted {line}:{col} \"{}\", got:\n{stdout}",
                    case.fragment
                );
            }
            None => {
                assert_eq!(out.status.code(), Some(0), "{name}: {stdout}");
                assert!(stdout.contains(&case.fragment), "{name}: {stdout}");
            }
        }
    }
}

#[test]
fn the_window_shows_the_same_diagnostics_and_never_panics() {
    for case in cases() {
        let file = case.file.clone();
        let mut h = Harness::builder()
            .with_size([1200.0, 800.0])
            .allow_missing_glyphs() // emoji: tofu, as in the window
            .build_eframe(move |cc| {
                EntenteApp::with_state(
                    &cc.egui_ctx,
                    DataSource::File(file),
                    PersistedState::default(),
                )
            });
        wait_loaded(&mut h);
        let app = h.state();
        let name = case.file.display();
        match case.place {
            Some((line, col)) => {
                assert!(app.load_failed(), "{name}");
                let p = app.problems().unwrap();
                assert!(
                    p.diagnostics
                        .iter()
                        .any(|d| (d.line, d.col) == (line, col)
                            && d.message.contains(&case.fragment)),
                    "{name}: {:?}",
                    p.diagnostics
                );
                h.get_by_label_contains("could not be loaded");
            }
            None => {
                assert!(app.document().is_some(), "{name}: {:?}", app.problems());
            }
        }
    }
}

#[test]
fn a_ten_thousand_character_title_is_ellipsized_on_the_timeline_and_whole_in_the_details() {
    let file = PathBuf::from("tests/bad_inputs/24-long-title.ron");
    let mut h = common::open(DataSource::File(file), 1200.0, 800.0);
    wait_loaded(&mut h);
    let title = h.state().document().unwrap().dataset.events[0]
        .title
        .clone();
    assert_eq!(title.len(), 10_000);
    h.get_by_label(&title).click();
    h.run();
    // The detail panel's heading carries the whole title.
    assert!(h.query_all_by_label(&title).count() >= 2);
}

#[test]
fn deep_nesting_and_a_huge_string_end_with_an_error() {
    let dir = std::env::temp_dir().join(format!("entente-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let deep = dir.join("deep.ron");
    std::fs::write(
        &deep,
        format!(
            "Dataset(title: \"x\", parties: (\"a\", \"b\"), events: {}",
            "[".repeat(100_000)
        ),
    )
    .unwrap();
    let e = entente::load::load_file(&deep).unwrap_err();
    let d = &e.diagnostics[0];
    assert_eq!((d.line, d.col), (1, 51), "{}", d.message);
    assert!(d.source_line.len() < 5_000);
    let huge = dir.join("huge.ron");
    std::fs::write(
        &huge,
        format!("Dataset(title: \"{}\", parties: 5)", "a".repeat(50 << 20)),
    )
    .unwrap();
    let Err(e) = entente::load::load_file(&huge) else {
        panic!("a number is not the two parties");
    };
    assert!(
        e.diagnostics[0].message.contains("expected"),
        "{}",
        e.diagnostics[0].message
    );
    // The offending line is kept short in the diagnostic, not 50 MB.
    assert!(entente::load::render("huge.ron", &e.diagnostics).len() < 2_000);
    std::fs::remove_dir_all(&dir).ok();
}

/// Thousands of random byte and token mutations of the bundled file, with a
/// fixed seed: the loader returns a dataset or diagnostics at a valid place,
/// and never panics.
#[test]
fn mutations_of_the_bundled_file_never_panic_the_loader() {
    let original = entente::BUNDLED_DATA.as_bytes();
    let tokens: [&[u8]; 14] = [
        b"(",
        b")",
        b"[",
        b"]",
        b",",
        b":",
        b"\"",
        b"\\",
        b"NaN",
        b"-1",
        b"kind: ",
        b"date: \"2023-02-30\"",
        b"\xff",
        b"\r\n",
    ];
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(20241128);
    let mut loaded = 0;
    for _ in 0..3_000 {
        let mut bytes = original.to_vec();
        for _ in 0..rng.random_range(1..4) {
            let at = rng.random_range(0..bytes.len());
            match rng.random_range(0..5) {
                0 => bytes[at] = rng.random(),
                1 => {
                    let end = (at + rng.random_range(1..40)).min(bytes.len());
                    bytes.drain(at..end);
                }
                2 => {
                    let t = tokens[rng.random_range(0..tokens.len())];
                    bytes.splice(at..at, t.iter().copied());
                }
                3 => bytes.truncate(at),
                _ => {
                    let end = (at + rng.random_range(1..200)).min(bytes.len());
                    let piece = bytes[at..end].to_vec();
                    bytes.splice(at..at, piece);
                }
            }
            if bytes.is_empty() {
                break;
            }
        }
        match entente::load::load_bytes(&bytes) {
            Ok(_) => loaded += 1,
            Err(e) => {
                assert!(!e.diagnostics.is_empty());
                let text = String::from_utf8_lossy(&bytes);
                let lines: Vec<&str> = text.split('\n').collect();
                for d in &e.diagnostics {
                    assert!(
                        d.line >= 1 && d.line <= lines.len().max(1),
                        "line {} of {}",
                        d.line,
                        lines.len()
                    );
                    let width = lines.get(d.line - 1).map_or(0, |l| l.chars().count());
                    assert!(
                        d.col >= 1 && d.col <= width + 1,
                        "col {} of {width} on line {}: {}",
                        d.col,
                        d.line,
                        d.message
                    );
                }
            }
        }
    }
    assert!(loaded > 0, "some mutations leave the file valid");
}

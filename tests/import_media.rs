//! TimelineJS details that must survive a trip through Entente: media as
//! the file gives it (protocol- and site-relative URLs, the title slide's),
//! times of day to the millisecond, titles the file does not give.

mod common;

use egui_kittest::kittest::Queryable as _;
use entente::document::DataSource;
use std::process::Command;

fn entente() -> Command {
    Command::new(env!("CARGO_BIN_EXE_entente"))
}

const FILE: &str = "tests/data/timelinejs/media.json";

fn ok(out: &std::process::Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn media_times_and_titles_read_right_and_go_back_out() {
    let opened = entente::open::open(std::path::Path::new(FILE), &|_| {})
        .unwrap_or_else(|e| panic!("{}", entente::load::render(FILE, &e.diagnostics)));
    let ds = &opened.loaded.dataset;
    // No title headline: the title slide's first words, cut at a word.
    assert_eq!(
        ds.title,
        "Visits between Astana and Paris, as a test of media, times and titles; nothing…"
    );
    let title_media = ds.media.as_ref().expect("the title slide's media");
    assert_eq!(
        title_media.url,
        "//upload.wikimedia.org/wikipedia/commons/d/d3/Flag_of_Kazakhstan.svg"
    );
    assert_eq!(title_media.caption, "Flag of Kazakhstan");
    // A site-relative picture is kept as given; the time says 10 ms.
    let visit = &ds.events[0];
    let m = visit.media.as_deref().expect("the visit's media");
    assert_eq!(m.url, "/img/elysee.jpg");
    assert_eq!(m.credit, "Test credit");
    let note = visit.note.as_deref().unwrap_or("");
    assert!(note.contains("(14:05:07.010)"), "{note}");
    // Media only: no title invented, shown by its media.
    let video = &ds.events[1];
    assert_eq!(video.title.as_str(), "");
    assert_eq!(video.shown_title(), "Untitled");
    assert!(video.media.is_some());
    // A headline from text ends at a word.
    assert_eq!(
        ds.events[2].title.as_str(),
        "The two ministers of foreign affairs met in Paris for a long round of political…"
    );

    // Through RON and back out to TimelineJS.
    let dir = tempfile::tempdir().unwrap();
    let ron = dir.path().join("media.ron");
    let out = entente()
        .args(["import", FILE, "--out"])
        .arg(&ron)
        .output()
        .unwrap();
    ok(&out);
    let check = entente().arg("check").arg(&ron).output().unwrap();
    ok(&check);
    let json_path = dir.path().join("back.json");
    let out = entente()
        .args(["export", "--format", "timelinejs", "--data"])
        .arg(&ron)
        .arg("--out")
        .arg(&json_path)
        .output()
        .unwrap();
    ok(&out);
    let text = std::fs::read_to_string(&json_path).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        json["title"]["media"]["url"],
        "//upload.wikimedia.org/wikipedia/commons/d/d3/Flag_of_Kazakhstan.svg"
    );
    assert_eq!(json["title"]["media"]["credit"], "Wikimedia Commons");
    let events = json["events"].as_array().unwrap();
    assert_eq!(events[0]["media"]["url"], "/img/elysee.jpg");
    assert_eq!(events[0]["media"]["caption"], "At the Élysée");
    assert_eq!(
        events[1]["media"]["url"],
        "https://www.youtube.com/watch?v=abc"
    );
    assert_eq!(events[1]["text"]["headline"], "");
    assert!(!text.contains("Untitled"), "{text}");
}

#[test]
fn a_file_without_any_title_is_an_untitled_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-title.json");
    std::fs::write(
        &path,
        r#"{"events": [{"start_date": {"year": "2014"}, "text": {"headline": "One"}}]}"#,
    )
    .unwrap();
    let opened = entente::open::open(&path, &|_| {}).unwrap();
    assert_eq!(opened.loaded.dataset.title, "Untitled timeline");
    assert_ne!(opened.loaded.dataset.title, "no-title.json");
}

#[test]
fn the_detail_panel_shows_media_as_given() {
    let mut h = egui_kittest::Harness::builder()
        .with_size([1400.0, 900.0])
        .wgpu()
        .build_eframe(|cc| {
            entente::app::EntenteApp::with_state(
                &cc.egui_ctx,
                DataSource::File(FILE.into()),
                entente::app::PersistedState::default(),
            )
        });
    common::wait_loaded(&mut h);
    h.run();
    // The media-only event is shown, as "Untitled".
    h.get_by_label("Untitled");
    h.get_by_label("A visit with a site-relative picture")
        .click();
    h.run();
    h.get_by_label("Media");
    h.get_by_label("At the Élysée");
    h.get_by_label("(/img/elysee.jpg, relative to the page that showed the timeline)");
    h.get_by_label("Credit: Test credit");
    h.get_by_label_contains("(14:05:07.010)");
    // Kept to look at.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("render");
    std::fs::create_dir_all(&dir).unwrap();
    h.render()
        .unwrap()
        .save(dir.join("media-details.png"))
        .unwrap();
}

//! UI tests over the real app with egui_kittest: what a user sees and clicks.

mod common;
use common::wait_loaded;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, PersistedState};
use entente::document::DataSource;

fn harness(source: DataSource) -> Harness<'static, EntenteApp> {
    Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| {
            EntenteApp::with_state(&cc.egui_ctx, source, PersistedState::default())
        })
}

#[test]
fn starts_on_the_bundled_data() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("Kazakhstan–France");
    h.get_by_label("Treaty of Strategic Partnership");
    assert!(h.state().document().is_some());
    // One warning (the 2023 growth), listed on demand, not in the way.
    h.get_by_label("1 warning").click();
    h.run();
    h.get_by_label_contains("reported growth +7.7% cannot be reconciled");
}

#[test]
fn clicking_the_treaty_shows_its_date_and_sources() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("Treaty of Strategic Partnership").click();
    h.run();
    // The detail panel: the date as people write it, the note, a source link.
    h.get_by_label("11 June 2008");
    h.get_by_label_contains("French National Assembly");
    h.get_by_label_contains("Sources differ on the day");
}

#[test]
fn right_arrow_selects_the_next_event_in_time() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("Treaty of Strategic Partnership").click();
    h.run();
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let app = h.state();
    assert_eq!(app.selected_event_id(), Some("sarkozy-visit-2009"));
    h.get_by_label("6 October 2009");
    h.key_press(egui::Key::Home);
    h.run();
    h.get_by_label("25 January 1992");
    h.key_press(egui::Key::Escape);
    h.run();
    assert!(h.state().selection().is_none());
}

#[test]
fn search_hides_events_that_do_not_match() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    let total = h.state().document().unwrap().dataset.events.len();
    h.get_by_label("Search:").click();
    h.run();
    h.get_by_label("Search:").type_text("Vassilenko");
    h.run();
    h.get_by_label("2 of 13 events");
    assert!(
        h.query_by_label("Treaty of Strategic Partnership")
            .is_none()
    );
    h.get_by_label("10th round of political consultations");
    h.get_by_label("9th round of political consultations");
    assert_eq!(total, 13);
}

#[test]
fn a_file_with_errors_shows_the_diagnostics_panel() {
    let dir = std::env::temp_dir().join(format!("entente-ui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.ron");
    let text = crate_text().replace("date: \"2008-06-11\"", "date: \"2023-02-30\"");
    std::fs::write(&path, text).unwrap();
    let mut h = harness(DataSource::File(path.clone()));
    wait_loaded(&mut h);
    assert!(h.state().load_failed());
    h.get_by_label_contains("could not be loaded: 1 error");
    h.get_by_label_contains("February 2023 has no day 30");
    std::fs::remove_dir_all(&dir).ok();
}

fn crate_text() -> String {
    entente::BUNDLED_DATA.to_string()
}

#[test]
fn the_annual_chart_is_there_and_a_figure_opens_its_details() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("Annual trade, Kazakh statistics, current USD");
    let sources_before = h
        .get_all_by_label_contains("Kazinform, 24 May 2024")
        .count();
    h.get_by_label("2023: $4.2 bn").click();
    h.run();
    h.get_by_label("2023 · Kazakh statistics");
    h.get_by_label("$4.2 bn");
    h.get_by_label("$3.0 bn");
    h.get_by_label("$1.2 bn");
    h.get_by_label("+7.7% on 2022");
    h.get_by_label_contains("+5.0% from $4.0 bn");
    // The figure's source is now in the detail panel too.
    assert_eq!(
        h.get_all_by_label_contains("Kazinform, 24 May 2024")
            .count(),
        sources_before + 1
    );
}

#[test]
fn selecting_the_2023_visit_highlights_it_on_the_charts() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("Emmanuel Macron's official visit to Kazakhstan")
        .click();
    h.run();
    let app = h.state();
    assert_eq!(app.selected_event_id(), Some("macron-visit-2023"));
    // The charts draw the selected event's span (checked in pixels in tests/render.rs).
    h.get_by_label("1 November 2023");
}

#[test]
fn the_file_menu_shows_each_shortcut_the_platforms_way() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("File").click();
    h.run();
    // egui_kittest runs as Linux: Ctrl, not ⌘.
    h.get_by_label_contains("Open…");
    assert!(
        h.query_by_label_contains("Ctrl+O").is_some(),
        "the Open entry shows its shortcut"
    );
    assert!(h.query_by_label_contains("Ctrl+R").is_some());
}

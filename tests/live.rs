//! Live data: the open file is watched; a broken save keeps the last good
//! data on screen with the diagnostics, a fix brings the new data and clears
//! them; the selection (by id), the view and the filters survive. State that
//! survives a restart, and a corrupt stored value that does not stop it.

mod common;
use common::step_until;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, PersistedState};
use entente::document::DataSource;
use std::collections::HashMap;

#[test]
fn a_broken_save_keeps_the_data_and_a_fix_follows() {
    let dir = std::env::temp_dir().join(format!("entente-live-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("kz-fr.ron");
    std::fs::write(&path, entente::BUNDLED_DATA).unwrap();
    let file = path.clone();
    let mut h = common::open(DataSource::File(file), 1400.0, 900.0);
    step_until(&mut h, "first load", |a| a.document().is_some());
    h.get_by_label("Treaty of Strategic Partnership").click();
    h.run();
    let view = h.state().view();
    let mut filters = h.state().settings().filters.clone();
    filters.set_shown(entente::model::OTHER, false);
    h.state_mut().set_filters(filters);
    h.run();
    let shown = h.state().document().unwrap().index.len();

    // An editor writes a broken file.
    let broken = entente::BUNDLED_DATA.replacen("date: \"2008-06-11\"", "date: \"2008-06-31\"", 1);
    std::fs::write(&path, broken).unwrap();
    step_until(&mut h, "the broken file to be reported", |a| {
        a.load_failed()
    });
    // The old events are still shown, with the diagnostics.
    let good = entente::load::load_str(entente::BUNDLED_DATA).unwrap();
    assert_eq!(
        h.state().document().unwrap().dataset.events.len(),
        good.dataset.events.len()
    );
    assert!(
        h.query_all_by_label("Treaty of Strategic Partnership")
            .count()
            >= 2,
        "on the timeline and in the details"
    );
    h.get_by_label_contains("could not be loaded: 1 error");
    h.get_by_label_contains("June 2008 has no day 31");

    // The fix, with a new title for the selected event.
    let fixed = entente::BUNDLED_DATA.replace(
        "title: {\"en\": \"Treaty of Strategic Partnership\"",
        "title: {\"en\": \"Treaty of Strategic Partnership (Paris)\"",
    );
    std::fs::write(&path, fixed).unwrap();
    step_until(&mut h, "the fixed file to load", |a| {
        a.problems().is_none_or(|p| !p.failed)
    });
    assert!(h.query_by_label_contains("could not be loaded").is_none());
    let app = h.state();
    assert_eq!(
        app.selected_event_id(),
        Some("treaty-strategic-partnership-2008"),
        "the selection survives"
    );
    assert_eq!(app.view(), view, "the view survives");
    assert_eq!(
        app.document().unwrap().index.len(),
        shown,
        "the filters survive"
    );
    // The detail panel shows the new title.
    assert!(
        h.query_all_by_label("Treaty of Strategic Partnership (Paris)")
            .count()
            >= 1
    );
    // Reading the file wakes the watch too (an open is an event): that
    // is no change, and no reload follows, however long one waits.
    let quiet = std::time::Instant::now();
    while quiet.elapsed() < std::time::Duration::from_millis(1500) {
        h.run_steps(1);
        assert!(!h.state().is_loading(), "a reload with no change");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// A reload of a large dataset sets the data shown aside on disk while the
/// file is read again (the threshold is lowered here so the bundled data
/// counts as large; the other tests of this file pass either way).
#[test]
fn a_large_dataset_is_set_aside_during_a_reload_and_comes_back_if_it_fails() {
    entente::app::set_spill_from_events(1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kz-fr.ron");
    std::fs::write(&path, entente::BUNDLED_DATA).unwrap();
    let mut h = common::open(DataSource::File(path.clone()), 1400.0, 900.0);
    step_until(&mut h, "first load", |a| a.document().is_some());
    h.get_by_label("Treaty of Strategic Partnership").click();
    h.run();
    let view = h.state().view();
    let events = h.state().document().unwrap().dataset.events.len();

    let broken = entente::BUNDLED_DATA.replacen("date: \"2008-06-11\"", "date: \"2008-06-31\"", 1);
    std::fs::write(&path, broken).unwrap();
    // The frame the reload starts, the old data is no longer held.
    let start = std::time::Instant::now();
    while !h.state().is_loading() {
        assert!(start.elapsed().as_secs() < 30, "no reload");
        h.run_steps(1);
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert!(h.state().document().is_none(), "set aside while reading");
    step_until(&mut h, "the broken file to be reported", |a| {
        a.load_failed()
    });
    // It comes back from disk, with the selection and the view.
    let app = h.state();
    assert_eq!(app.document().unwrap().dataset.events.len(), events);
    assert_eq!(
        app.selected_event_id(),
        Some("treaty-strategic-partnership-2008")
    );
    assert_eq!(app.view(), view);
    h.get_by_label_contains("June 2008 has no day 31");

    std::fs::write(&path, entente::BUNDLED_DATA).unwrap();
    step_until(&mut h, "the fixed file to load", |a| {
        a.problems().is_none_or(|p| !p.failed)
    });
    let app = h.state();
    assert_eq!(
        app.selected_event_id(),
        Some("treaty-strategic-partnership-2008"),
        "the selection survives, by id"
    );
    assert_eq!(app.view(), view, "the view survives");
}

#[derive(Default)]
struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_string(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn state_survives_a_restart_and_a_corrupt_entry_is_ignored() {
    let mut h = common::open(DataSource::Bundled, 1200.0, 800.0);
    h.run();
    {
        let app = h.state_mut();
        app.settings_mut().dark_mode = true;
        app.settings_mut().filters.text = "visit".into();
        app.settings_mut()
            .remember_recent(std::path::Path::new("/data/a.ron"));
        app.set_view(entente::timeline::TimeView::new(10_000.0, 12_000.0));
    }
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let restored = PersistedState::restore(Some(&storage));
    assert!(restored.dark_mode);
    assert_eq!(restored.filters.text, "visit");
    assert_eq!(restored.recent, vec!["/data/a.ron".to_string()]);
    assert_eq!(
        restored.view,
        Some(entente::timeline::TimeView::new(10_000.0, 12_000.0))
    );

    let mut corrupt = MemoryStorage::default();
    eframe::Storage::set_string(
        &mut corrupt,
        eframe::APP_KEY,
        "(dark_mode: maybe, filters: [".into(),
    );
    assert_eq!(
        PersistedState::restore(Some(&corrupt)),
        PersistedState::default()
    );
    // An older entry with unknown and missing fields still loads what it can.
    let mut old = MemoryStorage::default();
    eframe::Storage::set_string(&mut old, eframe::APP_KEY, "(dark_mode: true)".into());
    assert!(PersistedState::restore(Some(&old)).dark_mode);
}

#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_ron_or_timelinejs_file_opens_it_and_other_files_are_refused() {
    let dir = std::env::temp_dir().join(format!("entente-drop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ron = dir.join("dropped.ron");
    std::fs::write(
        &ron,
        entente::generate::to_ron(&entente::generate::generate(20, 3)).unwrap(),
    )
    .unwrap();
    let txt = dir.join("notes.txt");
    std::fs::write(&txt, "hello").unwrap();
    let mut h = common::open(DataSource::Bundled, 1200.0, 800.0);
    h.run();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(txt.clone())));
    h.run_steps(1);
    let status = h.state().status().cloned().unwrap();
    assert!(
        status.error
            && status
                .text
                .contains("Entente opens .ron datasets, TimelineJS .json and .csv files"),
        "{}",
        status.text
    );
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(ron.clone())));
    step_until(&mut h, "the dropped file to load", |a| {
        a.document()
            .is_some_and(|d| d.dataset.title.starts_with("Synthetic dataset (20 events"))
    });
    assert_eq!(
        h.state().settings().recent.first().map(String::as_str),
        Some(std::path::absolute(&ron).unwrap().to_str().unwrap())
    );
    // A TimelineJS file dropped opens too, converted in memory.
    let json = dir.join("story.json");
    std::fs::copy("tests/data/timelinejs/kz-fr.json", &json).unwrap();
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(json.clone())));
    step_until(&mut h, "the dropped TimelineJS file to load", |a| {
        a.document()
            .is_some_and(|d| d.dataset.title == "Kazakhstan & France: a short timeline")
    });
    assert_eq!(h.state().watched_file(), Some(json.as_path()));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn after_a_failed_open_reload_and_the_watch_follow_the_file_asked_for() {
    let dir = std::env::temp_dir().join(format!("entente-follow-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.ron");
    let b = dir.join("b.ron");
    std::fs::write(&a, entente::BUNDLED_DATA).unwrap();
    std::fs::write(&b, "Dataset(title: ").unwrap();
    let file = a.clone();
    let mut h = common::open(DataSource::File(file), 1200.0, 800.0);
    step_until(&mut h, "a to load", |app| app.document().is_some());
    h.state_mut().push(entente::app::Command::Open(b.clone()));
    step_until(&mut h, "b to fail", |app| app.load_failed());
    let shown = |app: &EntenteApp| app.document().unwrap().source.clone();
    assert_eq!(
        shown(h.state()),
        DataSource::File(a.clone()),
        "a stays on screen"
    );
    assert_eq!(h.state().requested_source(), &DataSource::File(b.clone()));
    assert_eq!(h.state().watched_file(), Some(b.as_path()));

    // Reload reads b again (still broken), not a.
    h.state_mut().push(entente::command::UiCommand::Reload);
    h.run_steps(1);
    step_until(&mut h, "the reload to end", |_| true);
    assert!(h.state().load_failed());
    assert!(
        h.state().problems().unwrap().path.ends_with("b.ron"),
        "{:?}",
        h.state().problems()
    );

    // b is fixed in an editor: the watch loads it.
    let fixed = entente::BUNDLED_DATA.replace(
        "title: {\"en\": \"Kazakhstan–France\"",
        "title: {\"en\": \"Kazakhstan–France (b)\"",
    );
    assert_ne!(fixed, entente::BUNDLED_DATA);
    std::fs::write(&b, fixed).unwrap();
    step_until(&mut h, "the watch to load b", |app| {
        app.document()
            .is_some_and(|d| d.dataset.title == "Kazakhstan–France (b)")
    });
    assert_eq!(shown(h.state()), DataSource::File(b.clone()));
    assert!(!h.state().load_failed());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_dataset_built_in_memory_is_never_watched_nor_recent() {
    let ds = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    let mut h = Harness::builder()
        .with_size([1200.0, 800.0])
        .build_eframe(move |cc| EntenteApp::with_dataset(&cc.egui_ctx, "built.ron", ds));
    h.run();
    h.get_by_label("built.ron");
    assert_eq!(h.state().watched_file(), None);
    assert!(h.state().settings().recent.is_empty());
    // Reload has nothing to read: the data stays, with no error.
    h.state_mut().push(entente::command::UiCommand::Reload);
    h.run();
    assert!(h.state().document().is_some() && !h.state().load_failed());
}

//! Lanes by kind, country, person or group, and opening TimelineJS files and
//! new datasets in the window (egui_kittest over the real app).

mod common;
use common::{step_until, wait_loaded};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, PersistedState};
use entente::command::UiCommand;
use entente::document::{DataSource, LaneBy};

fn harness(source: DataSource) -> Harness<'static, EntenteApp> {
    Harness::builder()
        .with_size([1400.0, 1100.0])
        .build_eframe(move |cc| {
            EntenteApp::with_state(&cc.egui_ctx, source, PersistedState::default())
        })
}

fn lane_labels(h: &Harness<'static, EntenteApp>) -> Vec<String> {
    h.state()
        .document()
        .unwrap()
        .index
        .lanes
        .iter()
        .map(|l| l.head.label.clone())
        .collect()
}

#[test]
fn the_lanes_switch_regroups_the_timeline_and_is_remembered() {
    let mut h = harness(DataSource::Bundled);
    wait_loaded(&mut h);
    assert_eq!(lane_labels(&h)[0], "Treaties");
    // The switch in the filter bar.
    h.get_by_label("Lanes: Kind").click();
    h.run();
    h.get_by_label("By person").click();
    h.run();
    let doc = h.state().document().unwrap();
    assert_eq!(doc.lanes_by(), LaneBy::Person);
    assert_eq!(h.state().settings().filters.lanes, LaneBy::Person);
    let labels = lane_labels(&h);
    assert_eq!(labels[0], "Nursultan Nazarbayev", "{labels:?}");
    assert_eq!(labels.last().map(String::as_str), Some("No participants"));
    // Nazarbayev's lane counts his events; a meeting is in both leaders' lanes.
    let ds = &doc.dataset;
    let lane0 = &doc.index.lanes[0];
    assert_eq!(
        lane0.events.len(),
        ds.events
            .iter()
            .filter(|e| e
                .participants
                .iter()
                .any(|p| p.name == "Nursultan Nazarbayev"))
            .count()
    );
    // The timeline is taller for more lanes, and the switch is not a filter.
    assert!(!h.state().settings().filters.is_active());
    // L steps to the next: by group.
    h.key_press(egui::Key::L);
    h.run();
    assert_eq!(h.state().document().unwrap().lanes_by(), LaneBy::Group);
    h.key_press(egui::Key::L);
    h.run();
    assert_eq!(h.state().document().unwrap().lanes_by(), LaneBy::Kind);
    h.key_press(egui::Key::L);
    h.run();
    assert_eq!(lane_labels(&h)[..2], ["Kazakhstan", "France"]);
    // Filtering keeps the lanes where they are.
    let mut f = h.state().settings().filters.clone();
    f.text = "Macron".into();
    h.state_mut().set_filters(f);
    h.run();
    assert_eq!(lane_labels(&h)[..2], ["Kazakhstan", "France"]);
}

#[test]
fn up_and_down_step_between_lanes() {
    let mut h = harness(DataSource::Bundled);
    wait_loaded(&mut h);
    let mut f = h.state().settings().filters.clone();
    f.lanes = LaneBy::Country;
    h.state_mut().set_filters(f);
    h.run();
    let lanes = lane_labels(&h);
    // Russia: Transmashholding's president at the EKZ plant's opening.
    assert_eq!(lanes, ["Kazakhstan", "France", "Russia", "No country"]);
    let in_lane = |h: &Harness<'static, EntenteApp>, lane: usize| {
        let doc = h.state().document().unwrap();
        let sel = h.state().selection().event().unwrap() as u32;
        doc.index.lanes[lane].events.contains(&sel)
    };
    h.state_mut().push(UiCommand::SelectLaneBelow);
    h.run();
    assert!(in_lane(&h, 0), "the first press selects in the first lane");
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert!(in_lane(&h, 1));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert!(in_lane(&h, 2));
    h.key_press(egui::Key::ArrowDown);
    h.run();
    assert!(in_lane(&h, 3));
    let id = h.state().selected_event_id().unwrap().to_string();
    let doc = h.state().document().unwrap();
    let e = &doc.dataset.events[doc.dataset.event_index(&id).unwrap()];
    assert!(
        e.participants.is_empty(),
        "{id} is in the lane of no country"
    );
    h.key_press(egui::Key::ArrowUp);
    h.run();
    assert!(in_lane(&h, 2));
}

#[test]
fn a_timelinejs_file_opens_in_the_window_with_its_groups_as_lanes() {
    let path = std::path::absolute("tests/data/timelinejs/kz-fr.json").unwrap();
    let mut h = harness(DataSource::File(path.clone()));
    wait_loaded(&mut h);
    h.get_by_label("Kazakhstan & France: a short timeline");
    h.get_by_label("Diplomatic relations established");
    assert_eq!(h.state().document().unwrap().dataset.events.len(), 6);
    // Its warnings are listed like a RON file's.
    h.get_by_label("2 warnings").click();
    h.run();
    h.get_by_label_contains("given with a time of day");
    assert_eq!(h.state().watched_file(), Some(path.as_path()));
    let mut f = h.state().settings().filters.clone();
    f.lanes = LaneBy::Group;
    h.state_mut().set_filters(f);
    h.run();
    assert_eq!(lane_labels(&h), ["Visits", "Diplomacy", "Treaties"]);
    // Selecting an event shows its group and its link as a source.
    h.get_by_label("Diplomatic relations established").click();
    h.run();
    h.get_by_label("Group");
    h.get_by_label("e-history.kz");
}

/// File ▸ New dataset…, the two parties typed, then "Choose where to save…".
fn ask_new_dataset(h: &mut Harness<'static, EntenteApp>, first: &str, second: &str) {
    h.state_mut().push(UiCommand::NewDataset);
    h.run();
    for (field, text) in [("First", first), ("Second", second)] {
        h.get_by_label(field).click();
        h.run();
        h.get_by_label(field).type_text(text);
        h.run();
    }
    h.get_by_label("Choose where to save…").click();
    h.run();
}

#[test]
fn file_new_writes_the_template_through_the_save_dialog_and_opens_it() {
    let dir = tempfile::Builder::new()
        .prefix("entente-new-")
        .tempdir()
        .unwrap();
    let mut h = harness(DataSource::Bundled);
    wait_loaded(&mut h);
    h.state_mut().use_builtin_dialog();
    h.state_mut().settings_mut().last_export_dir = Some(dir.path().to_path_buf());
    ask_new_dataset(&mut h, "Kazakhstan", "Germany");
    h.get_by_label("Save the new dataset");
    h.get_by_label("Save").click();
    let path = dir.path().join("kazakhstan-germany.ron");
    step_until(&mut h, "the new dataset to open", |a| {
        a.document()
            .is_some_and(|d| d.dataset.title == "Kazakhstan–Germany")
    });
    assert!(path.exists());
    assert_eq!(h.state().watched_file(), Some(path.as_path()));
    // A second time, the same name is refused: nothing is written over.
    let before = std::fs::read_to_string(&path).unwrap();
    ask_new_dataset(&mut h, "Kazakhstan", "Germany");
    h.get_by_label("Save").click();
    h.run();
    let status = h.state().status().cloned().unwrap();
    assert!(
        status.error && status.text.contains("never written over"),
        "{}",
        status.text
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
}

#[test]
fn exports_draw_the_lanes_asked_for() {
    let dir = tempfile::Builder::new()
        .prefix("entente-lanes-export-")
        .tempdir()
        .unwrap();
    let svg = |lanes: &str| {
        let path = dir.path().join(format!("{lanes}.svg"));
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_entente"))
            .args(["export", "--chart", "timeline", "--lanes", lanes, "--out"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::read_to_string(&path).unwrap()
    };
    let by_person = svg("person");
    let by_kind = svg("kind");
    let by_country = svg("country");
    assert!(
        by_person.contains(">No participants<"),
        "lane label as text"
    );
    assert!(by_person.contains(">Other people<"));
    assert!(!by_kind.contains(">No participants<"));
    assert!(by_kind.contains(">Treaties<"));
    assert!(by_country.contains(">No country<"));
    assert!(!by_country.contains(">Treaties<"));
}

#[test]
fn a_watched_timelinejs_file_reloads_and_a_broken_save_keeps_the_last_good_data() {
    let dir = tempfile::Builder::new()
        .prefix("entente-tjs-live-")
        .tempdir()
        .unwrap();
    let path = dir.path().join("story.json");
    let original = std::fs::read_to_string("tests/data/timelinejs/kz-fr.json").unwrap();
    std::fs::write(&path, &original).unwrap();
    let mut h = harness(DataSource::File(path.clone()));
    wait_loaded(&mut h);
    assert_eq!(h.state().document().unwrap().dataset.events.len(), 6);
    // Saved with one more event: reloaded.
    let more = original.replacen(
        "\"events\": [",
        "\"events\": [\n    {\"start_date\": {\"year\": 2024, \"month\": 5}, \"text\": {\"headline\": \"Added\"}},",
        1,
    );
    std::fs::write(&path, &more).unwrap();
    step_until(&mut h, "the reload with 7 events", |a| {
        a.document().is_some_and(|d| d.dataset.events.len() == 7)
    });
    // Saved with an impossible month: the 7 events stay, the error is placed.
    std::fs::write(&path, more.replace("\"month\": 5}", "\"month\": 15}")).unwrap();
    step_until(&mut h, "the failed reload", |a| {
        a.problems().is_some_and(|p| p.failed)
    });
    assert_eq!(h.state().document().unwrap().dataset.events.len(), 7);
    let p = h.state().problems().unwrap();
    let d = &p.diagnostics[0];
    assert_eq!((d.line, d.col), (11, 44), "{}", d.message);
    assert!(
        d.message.contains("month 15 is not a month"),
        "{}",
        d.message
    );
}

/// A generated dataset of `n` events in a 1400 × 1100 window.
fn generated(n: usize) -> Harness<'static, EntenteApp> {
    let ds = entente::generate::generate(n, 7);
    let mut ds = ds;
    entente::load::validate::validate(&mut ds);
    let mut h = Harness::builder()
        .with_size([1400.0, 1100.0])
        .build_eframe(move |cc| EntenteApp::with_dataset(&cc.egui_ctx, "generated.ron", ds));
    h.run();
    h
}

#[test]
fn dense_lanes_draw_density_and_events_appear_when_they_fit() {
    let mut h = generated(50_000);
    let stats = h.state().timeline_stats();
    let lanes = h.state().document().unwrap().index.lanes.len();
    assert_eq!(stats.dense_lanes, lanes, "every lane is dense at fit-all");
    assert_eq!(stats.dense_events, 50_000);
    assert_eq!(stats.clusters, 0, "no count pills");
    let density = h.state().timeline_density().to_vec();
    assert!(density.iter().all(|&(_, _, max)| max > 0));
    // Each lane says so, with its busiest column.
    assert_eq!(
        h.query_all_by_label_contains("in view, drawn as density; busiest column")
            .count(),
        lanes
    );
    // The status line says how many lanes are density.
    h.get_by_label_contains("as density (50,000 events)");
    // A click on a column zooms to its days.
    let (_, band, _) = density[0];
    let before = h.state().view();
    h.hover_at(band.center());
    h.run();
    h.drag_at(band.center());
    h.run();
    h.drop_at(band.center());
    h.run();
    let after = h.state().view();
    assert!(
        after.span() < before.span() / 100.0,
        "{before:?} -> {after:?}"
    );
    // Zoomed into a few days, the events are marks with labels, in the same
    // lanes at the same height.
    let t = after.center();
    h.state_mut().set_view(entente::timeline::TimeView {
        start: t - 1.0,
        end: t + 1.0,
    });
    h.run();
    let stats = h.state().timeline_stats();
    assert!(stats.singles > 0 || stats.clusters > 0, "{stats:?}");
    assert_eq!(stats.dense_lanes, 0, "{stats:?}");
}

#[test]
fn shift_drag_zooms_to_the_range_dragged() {
    let mut h = generated(20_000);
    let rect = h.state().timeline_rect().unwrap();
    let (y, x0, x1) = (rect.top() + 60.0, rect.left() + 400.0, rect.left() + 600.0);
    let before = h.state().view();
    let left = rect.left() + entente::theme::GUTTER;
    let t = |x: f32| before.t_of(x, left, rect.right());
    h.hover_at(egui::pos2(x0, y));
    h.run();
    h.event(egui::Event::ModifiersChanged(egui::Modifiers::SHIFT));
    h.drag_at(egui::pos2(x0, y));
    h.run();
    for x in [x0 + 50.0, x0 + 120.0, x1] {
        h.hover_at(egui::pos2(x, y));
        h.run();
    }
    h.drop_at(egui::pos2(x1, y));
    h.run();
    h.event(egui::Event::ModifiersChanged(egui::Modifiers::NONE));
    h.run();
    let after = h.state().view();
    // The range dragged, with the small margin every zoom-to-fit keeps.
    let (a, b) = (t(x0), t(x1));
    assert!(after.start <= a && after.end >= b, "{after:?} for {a}..{b}");
    assert!(after.span() < (b - a) * 1.1, "{after:?} for {a}..{b}");
}

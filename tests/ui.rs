//! UI tests over the real app with egui_kittest: what a user sees and clicks.

mod common;
use common::wait_loaded;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::{EntenteApp, PersistedState};
use entente::document::DataSource;

/// A window tall enough for the timeline (seven lanes and two rows of eras)
/// and the first charts under it.
fn harness(source: DataSource) -> Harness<'static, EntenteApp> {
    Harness::builder()
        .with_size([1400.0, 1100.0])
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
    h.get_by_label_contains(
        "The National Assembly report (S5) and the presidents' joint declaration of 5 November 2024",
    );
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
    // The first event: France recognises Kazakhstan's independence.
    h.get_by_label("7 January 1992");
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
    h.get_by_label(&format!("4 of {total} events"));
    h.get_by_label("Roman Vassilenko and Jean-Baptiste Lemoyne meet in Paris");
    assert!(
        h.query_by_label("Treaty of Strategic Partnership")
            .is_none()
    );
    h.get_by_label("10th round of political consultations");
    h.get_by_label("9th round of political consultations");
    assert!(total >= 40, "{total}");
}

#[test]
fn a_file_with_errors_shows_the_diagnostics_panel() {
    let dir = std::env::temp_dir().join(format!("entente-ui-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.ron");
    let text = crate_text().replacen("date: \"2008-06-11\"", "date: \"2023-02-30\"", 1);
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

#[test]
fn the_detail_panel_keeps_its_width_for_every_selection_and_after_a_restart() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("Emmanuel Macron's official visit to Kazakhstan")
        .click();
    h.run();
    let first = h.state().details_rect().expect("the panel is open");
    for label in [
        "Kassym-Jomart Tokayev's state visit to France",
        "Treaty of Friendship, Understanding and Cooperation",
        "2023: $4.2 bn",
    ] {
        h.get_by_label(label).click();
        h.run();
        let now = h.state().details_rect().unwrap();
        assert_eq!(now.left(), first.left(), "{label} moved the panel's edge");
    }
    // Dragging the edge 120 points to the left widens it, and it stays so.
    let edge = egui::pos2(first.left(), first.center().y);
    h.hover_at(edge);
    h.run();
    h.drag_at(edge);
    h.run();
    for step in 1..=6 {
        h.hover_at(edge - egui::vec2(20.0 * step as f32, 0.0));
        h.run();
    }
    h.drop_at(edge - egui::vec2(120.0, 0.0));
    h.run();
    let wider = h.state().details_rect().unwrap();
    assert!(
        (wider.width() - first.width() - 120.0).abs() < 2.0,
        "{first:?} -> {wider:?}"
    );
    h.get_by_label("Treaty of Strategic Partnership").click();
    h.run();
    assert_eq!(h.state().details_rect().unwrap().left(), wider.left());
    let saved = h.state().settings().clone();
    assert!((saved.details_width - wider.width()).abs() < 1.0);

    // A restart with those settings opens the panel at that width.
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .build_eframe(move |cc| EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, saved));
    h.run();
    h.get_by_label("Treaty of Strategic Partnership").click();
    h.run();
    let reopened = h.state().details_rect().unwrap();
    assert!(
        (reopened.width() - wider.width()).abs() < 1.0,
        "{reopened:?}"
    );
}

#[test]
fn no_label_is_cut_where_there_is_room_for_it_up_to_the_next_mark() {
    for size in [[1280.0, 800.0], [1400.0, 860.0], [1920.0, 1080.0]] {
        // The split dragged down: the lanes have room for their labels.
        let state = PersistedState {
            timeline_share: Some(0.9),
            ..PersistedState::default()
        };
        let mut h = Harness::builder().with_size(size).build_eframe(move |cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, state)
        });
        h.run();
        let labels = h.state().timeline_labels().to_vec();
        assert!(labels.len() >= 10, "{size:?}: {} labels", labels.len());
        for l in &labels {
            assert!(
                !l.truncated || l.full_width > l.room,
                "{size:?}: event {} cut at {:.0} px though {:.0} px were free for {:.0} px",
                l.event,
                l.rect.width(),
                l.room,
                l.full_width
            );
        }
        // The treaty of 1992 has an empty decade to its right: it is whole.
        let ds = &h.state().document().unwrap().dataset;
        let treaty = ds.event_index("treaty-friendship-1992");
        if let Some(l) = labels.iter().find(|l| Some(l.event) == treaty) {
            assert!(!l.truncated, "{size:?}: {l:?}");
        }
    }
}

#[test]
fn the_filter_bar_keeps_to_one_line_at_1280_points_with_every_kind() {
    // Every kind of event, and a count as long as ten million events make.
    let mut ds = entente::generate::generate(400, 5);
    // And eras, so that their toggle is in the bar too.
    let source = ds.sources[0].id.clone();
    ds.eras.push(entente::model::Era {
        id: "e".into(),
        party: ds.parties.0.clone(),
        name: "A leader".into(),
        kind: "presidency".into(),
        start: "1990".into(),
        end: None,
        note: None,
        sources: vec![source],
        span: Default::default(),
    });
    entente::load::validate::validate(&mut ds);
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |cc| EntenteApp::with_dataset(&cc.egui_ctx, "all-kinds.ron", ds));
    h.run();
    assert_eq!(
        h.state().document().unwrap().kinds.len(),
        entente::model::BUILT_IN.len()
    );
    h.get_by_label("Eras");
    // Filters set: the Reset button shows too.
    let mut filters = h.state().settings().filters.clone();
    filters.from = "1950".into();
    filters.to = "2020-12-31".into();
    h.state_mut().set_filters(filters);
    h.run();
    let search = h.get_by_label("Search:").rect();
    let count = h.get_by_label_contains(" of 400 events").rect();
    assert!(
        (count.center().y - search.center().y).abs() < 4.0,
        "the count wrapped: {search:?} {count:?}"
    );
    assert!(count.right() <= 1280.0, "{count:?}");
    let reset = h.get_by_label_contains("Reset").rect();
    assert!(
        (reset.center().y - search.center().y).abs() < 4.0,
        "{reset:?}"
    );
}

#[test]
fn arrows_work_after_any_click_outside_text_and_esc_leaves_the_search_box() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    h.get_by_label("Treaty of Strategic Partnership").click();
    h.run();
    let next = |h: &mut Harness<'static, EntenteApp>| {
        h.key_press(egui::Key::ArrowRight);
        h.run();
        h.state().selected_event_id().map(str::to_string)
    };
    assert_eq!(next(&mut h).as_deref(), Some("sarkozy-visit-2009"));
    // After a click on a chart's figure button.
    h.get_by_label("2023: $4.2 bn").click();
    h.run();
    h.get_by_label("Nicolas Sarkozy's state visit to Kazakhstan")
        .click();
    h.run();
    let after_chart = next(&mut h);
    assert!(
        after_chart.is_some() && after_chart.as_deref() != Some("sarkozy-visit-2009"),
        "{after_chart:?}"
    );
    // After a click on a filter toggle.
    h.get_by_label("Eras").click();
    h.run();
    h.get_by_label("Eras").click();
    h.run();
    let before = h.state().selected_event_id().map(str::to_string);
    let after_toggle = next(&mut h);
    assert_ne!(after_toggle, before, "→ after a toggle");
    // In the search box, arrows move the cursor, not the selection…
    h.get_by_label("Search:").click();
    h.run();
    h.get_by_label("Search:").type_text("visit");
    h.run();
    let typing = h.state().selected_event_id().map(str::to_string);
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().selected_event_id().map(str::to_string), typing);
    // …and Esc leaves it: the arrows select again.
    h.key_press(egui::Key::Escape);
    h.run();
    h.key_press(egui::Key::Home);
    h.run();
    assert!(h.state().selected_event_id().is_some());
    let first = h.state().selected_event_id().map(str::to_string);
    assert_ne!(next(&mut h), first, "→ after Esc left the search box");
}

#[test]
fn the_timeline_centres_year_labels_under_their_lines_as_the_charts_do() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    let ticks = h.state().timeline_ticks().to_vec();
    assert!(ticks.len() >= 5, "{ticks:?}");
    for (text, x, rect) in &ticks {
        assert!(
            (rect.center().x - x).abs() < 1.0,
            "{text} is not centred on its line at {x}: {rect:?}"
        );
    }
}

#[test]
fn no_two_labels_of_a_chart_overlap_with_the_bundled_data() {
    for size in [[1280.0, 800.0], [1400.0, 860.0], [1920.0, 1080.0]] {
        let mut h = common::open(DataSource::Bundled, size[0], size[1]);
        h.run();
        let ds = h.state().document().unwrap().dataset.clone();
        let mut seen = 0;
        for chart in entente::charts::ChartId::all(&ds) {
            let rects = h.state().chart_labels(chart);
            seen += rects.len();
            for (i, a) in rects.iter().enumerate() {
                for b in &rects[..i] {
                    assert!(
                        !a.shrink(0.5).intersects(*b),
                        "{size:?} {chart:?}: {a:?} overlaps {b:?}"
                    );
                }
            }
        }
        assert!(seen >= 8, "{size:?}: {seen} labels");
    }
}

#[test]
fn event_lines_on_the_charts_have_a_legend_a_hover_and_a_persisted_toggle() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    assert!(h.query_all_by_label("Events (lane colours)").count() >= 3);
    // Hovering the line of Sarkozy's 2009 visit on the annual chart names it.
    let app = h.state();
    let rect = app.timeline_rect().unwrap();
    let ds = &app.document().unwrap().dataset;
    let i = ds.event_index("sarkozy-visit-2009").unwrap();
    let t = ds.events[i].when.span_days().0;
    let x = app
        .view()
        .x_of(t, rect.left() + entente::theme::GUTTER, rect.right());
    let annual = app
        .chart_visible_rect(entente::charts::ChartId::Annual(0))
        .unwrap();
    h.hover_at(egui::pos2(x, annual.center().y));
    h.run();
    h.get_by_label_contains("Nicolas Sarkozy's state visit to Kazakhstan · 6 October 2009");
    // The toggle hides them, and is kept.
    h.get_by_label("Event lines").click();
    h.run();
    assert!(!h.state().settings().show_event_lines);
    assert!(h.query_by_label("Events (lane colours)").is_none());
}

#[test]
fn eras_are_drawn_above_the_lanes_and_open_their_details() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    // Each president is a band on the timeline, found by name.
    let band = h.get_by_label("Jacques Chirac").rect();
    let lanes_top = h.state().timeline_rect().unwrap().top();
    assert!(
        band.top() - lanes_top < 45.0,
        "the eras are the first rows: {band:?}"
    );
    h.get_by_label("Kassym-Jomart Tokayev").hover();
    h.run();
    h.get_by_label("since 20 March 2019");
    h.get_by_label("Jacques Chirac").click();
    h.run();
    assert_eq!(h.state().selection(), entente::document::Selection::Era(3));
    // The detail panel: party, dates, sources and the events of his terms.
    h.get_by_label("Era · Presidency");
    h.get_by_label("17 May 1995 – 16 May 2007");
    h.get_by_label_contains("mairie.net");
    h.get_by_label_contains("double taxation (3 February 1998)")
        .click();
    h.run();
    assert_eq!(
        h.state().selected_event_id(),
        Some("investment-tax-agreements-1998")
    );
}

#[test]
fn the_eras_toggle_hides_them_and_survives_a_restart() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    assert!(h.state().timeline_eras().len() >= 5);
    h.get_by_label("Eras").click();
    h.run();
    assert!(h.query_by_label("Jacques Chirac").is_none());
    assert!(h.state().timeline_eras().is_empty());
    assert!(!h.state().settings().show_eras);
    // The key does the same, and the setting is saved with the others.
    h.key_press(egui::Key::E);
    h.run();
    h.get_by_label("Jacques Chirac");
    let saved = ron::to_string(h.state().settings()).unwrap();
    assert!(saved.contains("show_eras:true"), "{saved}");
}

#[test]
fn french_investment_is_a_chart_whose_values_open_with_their_rank() {
    let mut h = harness(DataSource::Bundled);
    h.run();
    let title = "French investment in Kazakhstan's economy (cumulative, as reported)";
    // The chart is below the trade charts: scroll it into view.
    h.get_by_label("May 2024: 19.1 · 5th").scroll_to_me();
    h.run();
    assert!(h.query_all_by_label(title).count() >= 1);
    h.get_by_label("May 2024: 19.1 · 5th").click();
    h.run();
    h.get_by_label("5th among investors in Kazakhstan");
    h.get_by_label("19.1 USD billion");
    h.get_by_label("November 2024: ≈19.5 · 6th").click();
    h.run();
    h.get_by_label("6th among investors in Kazakhstan");
    // On the indicator's card and in the detail panel.
    assert_eq!(h.query_all_by_label("about 19.5 USD billion").count(), 2);
}

#[test]
fn many_kinds_go_into_a_menu_and_their_lanes_leave_room_for_the_charts() {
    let mut h = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(|cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, PersistedState::default())
        });
    h.run();
    let total = h.state().document().unwrap().dataset.events.len();
    // Twelve kinds would not fit on the bar: they are checkboxes in a menu.
    assert!(h.query_by_label("Agreements").is_none());
    h.get_by_label("Kinds").click();
    h.run();
    h.get_by_label("Agreements").click();
    h.run();
    h.get_by_label(&format!("{} of {total} events", total - 25));
    h.get_by_label("Kinds: 11 of 12");
    h.key_press(egui::Key::Escape);
    h.run();
    // An event selected: the detail panel narrows the window's middle and
    // the description above the timeline takes three lines.
    h.key_press(egui::Key::Home);
    h.run();
    assert!(h.state().selected_event_id().is_some());
    // At 1280 × 800 the lanes gave up height (their labels hidden, the
    // counts beside their names) and the first chart is whole in view.
    let timeline = h.state().timeline_rect().unwrap();
    let lane = (timeline.height() - 2.0 * 20.0 - 28.0) / 11.0;
    assert!(lane < 40.0, "lanes of {lane} pt");
    assert!(h.state().timeline_labels().is_empty());
    let annual = entente::charts::ChartId::Annual(0);
    let (whole, seen) = (
        h.state().chart_rect(annual).unwrap(),
        h.state().chart_visible_rect(annual).unwrap(),
    );
    assert_eq!(whole, seen, "the first chart is cut");
    // Its Figures row too, above the status bar (and the panel's margin).
    let status = h.get_by_label_contains("Showing ").rect().top() - 8.0;
    let figures = h.query_all_by_label("Figures:").next().unwrap().rect();
    assert!(figures.bottom() <= status, "{figures:?} under {status}");
}

#[test]
fn at_1920_by_1080_two_charts_are_whole_and_the_split_is_the_users() {
    let mut h = Harness::builder()
        .with_size([1920.0, 1080.0])
        // Frames close enough together for two clicks to be a double-click.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(|cc| {
            EntenteApp::with_state(&cc.egui_ctx, DataSource::Bundled, PersistedState::default())
        });
    h.run();
    h.get_by_label("Emmanuel Macron's official visit to Kazakhstan")
        .click();
    h.run();
    let ds = h.state().document().unwrap().dataset.clone();
    let whole = |h: &Harness<'static, EntenteApp>| {
        entente::charts::ChartId::all(&ds)
            .into_iter()
            .filter(|&c| c != entente::charts::ChartId::Timeline)
            .filter(|&c| {
                let s = h.state();
                s.chart_rect(c).is_some() && s.chart_rect(c) == s.chart_visible_rect(c)
            })
            .count()
    };
    assert!(whole(&h) >= 2, "{} charts whole", whole(&h));
    // Their Figures rows too, above the status bar (and the panel's margin).
    let status = h.get_by_label_contains("Showing ").rect().top() - 8.0;
    let rows: Vec<egui::Rect> = h.query_all_by_label("Figures:").map(|n| n.rect()).collect();
    assert!(rows.len() >= 2);
    for r in &rows[..2] {
        assert!(r.bottom() <= status, "{r:?} under {status}");
    }
    // Dragging the handle down gives the timeline room: its lanes get
    // their labels back, and the share is kept in the settings.
    let handle = h
        .get_by_label("Split between the timeline and the charts")
        .rect();
    let before = h.state().timeline_rect().unwrap().height();
    // (Frames stepped, not run to rest: a tooltip fades in meanwhile.)
    h.drag_at(handle.center());
    h.run_steps(10);
    h.hover_at(handle.center() + egui::vec2(0.0, 300.0));
    h.run_steps(10);
    h.drop_at(handle.center() + egui::vec2(0.0, 300.0));
    h.run_steps(10);
    let after = h.state().timeline_rect().unwrap().height();
    assert!(after > before + 200.0, "{before} -> {after}");
    assert!(h.state().settings().timeline_share.is_some());
    assert!(!h.state().timeline_labels().is_empty());
    // A double-click goes back to the default.
    let node = h.get_by_label("Split between the timeline and the charts");
    node.click();
    node.click();
    h.run();
    assert_eq!(h.state().settings().timeline_share, None);
}

//! Correctness at scale (speed is measured by `cargo bench`): a generated
//! dataset of 100,000 events in the real app.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::app::EntenteApp;
use entente::command::UiCommand;
use entente::timeline::TimeView;

fn dataset(n: usize) -> entente::model::Dataset {
    let mut ds = entente::generate::generate(n, 42);
    // Three needles in the haystack.
    for i in [10, 50_000, 99_990] {
        ds.events[i].title = format!("Zanzibar talks number {i}").into();
    }
    let problems = entente::load::validate::validate(&mut ds);
    assert!(
        problems
            .iter()
            .all(|p| p.severity != entente::load::Severity::Error)
    );
    ds
}

/// How many events of the app's dataset overlap `view` and pass `keep`.
fn events_in(
    h: &Harness<'static, EntenteApp>,
    view: &TimeView,
    keep: impl Fn(&entente::model::Event) -> bool,
) -> usize {
    h.state()
        .document()
        .unwrap()
        .dataset
        .events
        .iter()
        .filter(|e| {
            let (a, b) = e.when.span_days();
            view.overlaps(a, b) && keep(e)
        })
        .count()
}

fn harness() -> Harness<'static, EntenteApp> {
    let ds = dataset(100_000);
    Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |cc| EntenteApp::with_dataset(&cc.egui_ctx, "synthetic.ron", ds))
}

#[test]
fn fit_all_draws_density_whose_lanes_hold_every_event() {
    let mut h = harness();
    h.run();
    let s = h.state().timeline_stats();
    let lanes = h.state().document().unwrap().index.lanes.len();
    assert_eq!(s.dense_lanes, lanes, "{s:?}");
    assert_eq!(s.dense_events, 100_000, "{s:?}");
    // No count pills, no marks: the bars follow the width.
    assert_eq!(s.singles + s.clusters, 0, "{s:?}");
    assert_eq!(
        h.query_all_by_label_contains("drawn as density").count(),
        lanes
    );
}

#[test]
fn a_month_draws_clusters_whose_counts_add_up_to_the_events_in_view() {
    let mut h = harness();
    h.run();
    let day = |s: &str| entente::model::Date::parse(s).unwrap().start_day() as f64;
    let view = TimeView::new(day("1950-03-01"), day("1950-04-01"));
    h.state_mut().set_view(view);
    h.run();
    let s = h.state().timeline_stats();
    let in_view = events_in(&h, &view, |_| true);
    assert_eq!(s.dense_lanes, 0, "{s:?}");
    assert!(s.clusters > 0, "{s:?}");
    assert_eq!(s.singles + s.clustered_events, in_view, "{s:?}");
    // Clusters are exposed with their counts.
    assert!(h.query_all_by_label_contains(" events in ").count() > 0);
}

#[test]
fn one_week_shows_individual_events_with_labels() {
    let mut h = harness();
    h.run();
    // A quiet week: find one with a few events, none in a dense cluster.
    let day = |s: &str| entente::model::Date::parse(s).unwrap().start_day() as f64;
    let mut start = day("1950-01-02");
    let week = loop {
        let v = TimeView::new(start, start + 7.0);
        let n = events_in(&h, &v, |e| {
            e.when.precision() == entente::model::Precision::Day
        });
        if (2..=6).contains(&n) {
            break v;
        }
        start += 7.0;
    };
    h.state_mut().set_view(week);
    h.run();
    let s = h.state().timeline_stats();
    assert!(s.singles >= 2, "{s:?}");
    assert!(s.labels >= 2, "{s:?}");
}

#[test]
fn a_search_with_three_matches_shows_exactly_three() {
    let mut h = harness();
    h.run();
    let mut filters = h.state().settings().filters.clone();
    filters.text = "zanzibar".into();
    h.state_mut().set_filters(filters);
    h.run();
    h.state_mut().push(UiCommand::FitAll);
    h.run();
    let app = h.state();
    assert_eq!(app.document().unwrap().index.len(), 3);
    let s = app.timeline_stats();
    assert_eq!((s.singles, s.clusters), (3, 0), "{s:?}");
    h.get_by_label("3 of 100,000 events");
    h.get_by_label("Zanzibar talks number 50000");
}

//! Each chart on its own, with the bundled data: pixel snapshots (reviewed by
//! eye before they were committed) in both themes.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use entente::charts::{self, ChartContext};
use entente::document::TimelineIndex;
use entente::load;
use entente::timeline::TimeView;

type ChartFn =
    fn(&mut egui::Ui, usize, &mut TimeView, &ChartContext<'_>) -> Vec<charts::ChartAction>;

fn chart_harness(chart: ChartFn, series: usize, dark: bool, view: TimeView) -> Harness<'static> {
    let ds = load::load_str(entente::BUNDLED_DATA).unwrap().dataset;
    let index = TimelineIndex::build(&ds, |_| true);
    let mut view = view;
    Harness::builder()
        .with_size([1100.0, 300.0])
        .with_theme(if dark {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        })
        .wgpu()
        .build_ui(move |ui| {
            entente::theme::install_fonts(ui.ctx());
            let ctx = ChartContext {
                plot_height: None,
                dataset: &ds,
                index: &index,
                selection: Default::default(),
                for_export: false,
                show_markers: true,
                markers: Default::default(),
            };
            egui::CentralPanel::default().show(ui, |ui| {
                let _ = chart(ui, series, &mut view, &ctx);
            });
        })
}

fn years(a: i32, b: i32) -> TimeView {
    let day = |y: i32| entente::model::Date::year(y).start_day() as f64;
    TimeView::new(day(a), day(b))
}

#[test]
fn snapshots_of_each_chart_in_both_themes() {
    let cases: [(&str, ChartFn, usize, TimeView); 5] = [
        (
            "annual_kz",
            charts::annual::annual_chart,
            0,
            years(2010, 2025),
        ),
        (
            "annual_fr",
            charts::annual::annual_chart,
            1,
            years(2010, 2025),
        ),
        (
            "comparison_kz",
            charts::comparison::comparison_chart,
            0,
            years(2021, 2025),
        ),
        (
            "growth_kz",
            charts::growth::growth_chart,
            0,
            years(2010, 2025),
        ),
        (
            "growth_fr",
            charts::growth::growth_chart,
            1,
            years(2010, 2025),
        ),
    ];
    let mut results = egui_kittest::SnapshotResults::new();
    for (name, chart, series, view) in cases {
        for dark in [false, true] {
            let mut h = chart_harness(chart, series, dark, view);
            h.run();
            let theme = if dark { "dark" } else { "light" };
            results.add(h.try_snapshot(format!("chart_{name}_{theme}")));
        }
    }
}

#[test]
fn each_chart_names_its_reporter_and_unit() {
    let mut h = chart_harness(charts::annual::annual_chart, 0, false, years(2010, 2025));
    h.run();
    h.get_by_label("Annual trade, Kazakh statistics, current USD");
    h.get_by_label_contains("USD billion");
    let mut h = chart_harness(charts::annual::annual_chart, 1, false, years(2010, 2025));
    h.run();
    h.get_by_label("Annual trade, French figures (customs where named), current EUR");
    let mut h = chart_harness(charts::growth::growth_chart, 0, false, years(2010, 2025));
    h.run();
    h.get_by_label("2023: reported +7.7%, computed +5.0%");
    h.get_by_label("January–March 2024: reported +34.5%, computed +27.3%");
}

#[test]
fn the_comparison_pairs_part_years_with_the_year_before() {
    let ds = load::load_str(entente::BUNDLED_DATA).unwrap().dataset;
    let kz = &ds.trade[0];
    let pairs: Vec<String> = charts::comparison::pairs(kz)
        .into_iter()
        .map(|(c, p)| {
            format!(
                "{} vs {}",
                kz.observations[c].parsed_period, kz.observations[p].parsed_period
            )
        })
        .collect();
    assert_eq!(
        pairs,
        [
            "January–August 2023 vs January–August 2022",
            "January–March 2024 vs January–March 2023"
        ]
    );
}

#[test]
fn figures_on_a_crowded_chart_keep_their_distance() {
    // 35 years of a generated series in about 300 points.
    let mut ds = entente::generate::generate(300, 7);
    entente::load::validate::validate(&mut ds);
    let index = TimelineIndex::build(&ds, |_| true);
    let years = ds.trade[0].observations.len();
    assert!(years >= 30, "{years} years");
    let mut view = entente::export::default_view(charts::ChartId::Annual(0), &ds);
    let placed = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let out = placed.clone();
    let mut h = Harness::builder()
        .with_size([480.0, 300.0])
        .build_ui(move |ui| {
            entente::theme::install_fonts(ui.ctx());
            let ctx = ChartContext {
                plot_height: None,
                dataset: &ds,
                index: &index,
                selection: Default::default(),
                for_export: true,
                show_markers: false,
                markers: Default::default(),
            };
            egui::CentralPanel::default().show(ui, |ui| {
                for a in charts::annual::annual_chart(ui, 0, &mut view, &ctx) {
                    if let charts::ChartAction::Drawn { labels, .. } = a {
                        *out.borrow_mut() = labels;
                    }
                }
            });
        });
    h.run();
    let labels = placed.borrow().clone();
    // Some figures are left out (they stay in the hover and the Figures
    // row), the others are at least a few points apart.
    assert!(
        labels.len() >= 5 && labels.len() < years,
        "{} labels",
        labels.len()
    );
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            assert!(
                !a.expand(3.4).intersects(*b),
                "labels too close: {a:?} {b:?}"
            );
        }
    }
}

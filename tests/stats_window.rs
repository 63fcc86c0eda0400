//! Adding official statistics in the window: a UN Comtrade file dropped on
//! an open dataset shows what it would add; "Add" writes it into the file,
//! which is read again, and the mirror and product charts appear.

mod common;

use common::{open, step_until};
use egui_kittest::kittest::Queryable;
use entente::charts::ChartId;
use entente::document::DataSource;
use entente::model::Flow;
use std::path::{Path, PathBuf};

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Steps until the preview shows its button, and its layout has settled.
fn wait_for_preview(
    h: &mut egui_kittest::Harness<'static, entente::app::EntenteApp>,
    button: &str,
) {
    let start = std::time::Instant::now();
    while h.query_by_label(button).is_none() {
        assert!(start.elapsed().as_secs() < 30, "no preview");
        h.run_steps(1);
    }
    h.run_steps(2);
}

#[test]
fn a_statistics_file_dropped_on_a_dataset_is_shown_then_added() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = dir.path().join("kz-fr.ron");
    let original = std::fs::read_to_string(manifest.join("data/kz-fr.ron")).unwrap();
    std::fs::write(&target, &original).unwrap();
    let stats = manifest.join("tests/data/stats/comtrade-kz-fr.csv");

    let mut h = open(DataSource::File(target.clone()), 1400.0, 900.0);
    step_until(&mut h, "the dataset to load", |a| a.document().is_some());
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(stats.clone())));
    // What it would add, before anything is written.
    wait_for_preview(&mut h, "Add to kz-fr.ron");
    h.get_by_label_contains("Series comtrade-kaz-fra: UN Comtrade, as reported by Kazakhstan, 2019–2022, 4 figures, 24 product figures");
    h.get_by_label_contains(
        "Series comtrade-fra-kaz: UN Comtrade, as reported by France, 2019–2022, 4 figures",
    );
    h.get_by_label_contains("UN Comtrade CSV: reporters FRA, KAZ; partners FRA, KAZ");
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        original,
        "nothing written yet"
    );
    h.get_by_label("Add to kz-fr.ron").click();
    step_until(
        &mut h,
        "the dataset to be read again with the series",
        |a| {
            a.document()
                .is_some_and(|d| d.dataset.trade.iter().any(|s| s.id == "comtrade-kaz-fra"))
        },
    );
    let status = h.state().status().cloned().unwrap();
    assert!(
        status
            .text
            .starts_with("Added 2 series (8 figures) and 0 indicators from"),
        "{}",
        status.text
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("// Imported by Entente from comtrade-kz-fr.csv (UN Comtrade CSV) on ")
    );

    // The mirror and product charts are there.
    let ds = &h.state().document().unwrap().dataset;
    let a = ds
        .trade
        .iter()
        .position(|s| s.id == "comtrade-kaz-fra")
        .unwrap();
    let b = ds
        .trade
        .iter()
        .position(|s| s.id == "comtrade-fra-kaz")
        .unwrap();
    let charts = ChartId::all(ds);
    assert!(charts.contains(&ChartId::Mirror(a, b)), "{charts:?}");
    assert!(
        charts.contains(&ChartId::Products(a, Flow::Exports)),
        "{charts:?}"
    );

    // Dropped again: the ids are taken; the window says so and offers to
    // replace them.
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(stats)));
    wait_for_preview(&mut h, "Add to kz-fr.ron");
    let before = std::fs::read_to_string(&target).unwrap();
    h.get_by_label("Add to kz-fr.ron").click();
    h.run_steps(2);
    h.get_by_label_contains("the dataset already has a trade record with id \"comtrade-kaz-fra\"");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), before);
    h.get_by_label("Replace them").click();
    h.run_steps(2);
    step_until(&mut h, "the reload", |a| a.document().is_some());
    let after = std::fs::read_to_string(&target).unwrap();
    assert_eq!(after.matches("id: \"comtrade-kaz-fra\"").count(), 1);
}

/// The window with the preview open and, once added, scrolled to the mirror
/// and product charts, in both themes: PNGs in target/tmp/render/ to look
/// at, and the charts' plots drawn with their colours.
#[test]
fn the_preview_and_the_new_charts_render_in_both_themes() {
    use entente::app::PersistedState;
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("render");
    std::fs::create_dir_all(&out).unwrap();
    for dark in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("trade.ron");
        std::fs::write(&target, "Dataset(\n    title: \"Kazakhstan–France trade\",\n    parties: (\"Kazakhstan\", \"France\"),\n)\n").unwrap();
        let state = PersistedState {
            dark_mode: dark,
            ..PersistedState::default()
        };
        let source = DataSource::File(target.clone());
        let mut h = common::themed(source, state, [1400.0, 900.0]);
        step_until(&mut h, "the dataset to load", |a| a.document().is_some());
        h.input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(
                manifest.join("tests/data/stats/comtrade-kz-fr.csv"),
            )));
        let start = std::time::Instant::now();
        while h.query_by_label("Add to trade.ron").is_none() {
            assert!(start.elapsed().as_secs() < 30, "no preview");
            h.run_steps(1);
        }
        h.run_steps(2);
        let theme = if dark { "dark" } else { "light" };
        h.render()
            .expect("a wgpu adapter")
            .save(out.join(format!("add-statistics-{theme}.png")))
            .unwrap();
        h.get_by_label("Add to trade.ron").click();
        step_until(&mut h, "the series", |a| {
            a.document().is_some_and(|d| d.dataset.trade.len() == 2)
        });
        let ds = &h.state().document().unwrap().dataset;
        let a = ds
            .trade
            .iter()
            .position(|s| s.id == "comtrade-kaz-fra")
            .unwrap();
        let b = ds
            .trade
            .iter()
            .position(|s| s.id == "comtrade-fra-kaz")
            .unwrap();
        // Scroll the charts down to the mirror chart.
        let mirror = ChartId::Mirror(a, b);
        let start = std::time::Instant::now();
        while h
            .state()
            .chart_visible_rect(mirror)
            .is_none_or(|r| r.height() < 200.0)
        {
            assert!(
                start.elapsed().as_secs() < 30,
                "the mirror chart never came into view"
            );
            h.hover_at(egui::pos2(700.0, 800.0));
            h.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, -120.0),
                modifiers: egui::Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
            });
            h.hover_at(egui::pos2(700.0, 800.0));
            h.run_steps(2);
        }
        let image = h.render().expect("a wgpu adapter");
        image.save(out.join(format!("mirror-{theme}.png"))).unwrap();
        let rect = h.state().chart_visible_rect(mirror).unwrap();
        let exports = if dark {
            egui::Color32::from_rgb(86, 180, 233)
        } else {
            egui::Color32::from_rgb(0, 114, 178)
        };
        let ppp = image.width() as f32 / 1400.0;
        let found = (rect.top() as u32..rect.bottom() as u32)
            .flat_map(|y| (rect.left() as u32..rect.right() as u32).map(move |x| (x, y)))
            .filter(|&(x, y)| {
                let p = image
                    .get_pixel((x as f32 * ppp) as u32, (y as f32 * ppp) as u32)
                    .0;
                p[..3] == [exports.r(), exports.g(), exports.b()]
            })
            .count();
        assert!(
            found > 500,
            "the mirror chart's exporter bars in {theme}: {found} pixels"
        );

        // The product chart: a year's figure clicked lists its products in
        // the detail panel.
        let products = ChartId::Products(a, Flow::Exports);
        let start = std::time::Instant::now();
        let whole = |a: &entente::app::EntenteApp| {
            let (Some(r), Some(v)) = (a.chart_rect(products), a.chart_visible_rect(products))
            else {
                return false;
            };
            v.height() >= r.height() - 1.0
        };
        while !whole(h.state()) {
            assert!(
                start.elapsed().as_secs() < 30,
                "the product chart never came into view"
            );
            h.hover_at(egui::pos2(700.0, 800.0));
            h.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: egui::vec2(0.0, -120.0),
                modifiers: egui::Modifiers::NONE,
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
            });
            h.run_steps(2);
        }
        // The six chapters make up the $2,390 m of 2021; the mirror and
        // annual charts name the same figure: the product chart's is last.
        h.get_all_by_label("2021: $2390.0 m")
            .last()
            .unwrap()
            .click();
        h.run_steps(3);
        h.render()
            .expect("a wgpu adapter")
            .save(out.join(format!("products-{theme}.png")))
            .unwrap();
        h.get_by_label("What is traded: exports by product");
        h.get_by_label("$1912.0 m (80.0%)");
    }
}

//! Layers in the window: a GDELT layer beside a copy of the bundled
//! dataset, its lanes under the curated ones, a layer event's details, and
//! "Add to dataset…" writing it into the file, which is read again with
//! the new event selected; rendered in both themes (target/tmp/render/).

mod common;

use common::step_until;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use entente::app::{EntenteApp, PersistedState};
use entente::document::DataSource;
use std::path::Path;

#[test]
fn a_layer_event_is_shown_then_added_to_the_dataset() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("render");
    std::fs::create_dir_all(&out).unwrap();
    for dark in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("kz-fr.ron");
        let original = std::fs::read_to_string(manifest.join("data/kz-fr.ron")).unwrap();
        std::fs::write(&target, &original).unwrap();
        let layer = manifest.join("tests/data/layers/gdelt2-kz-fr.tsv");
        let cow = manifest.join("tests/data/layers/cow-kz-fr.csv");
        let state = PersistedState {
            dark_mode: dark,
            ..PersistedState::default()
        };
        let source = DataSource::File(target.clone());
        let mut h = Harness::builder()
            .with_size([1400.0, 900.0])
            .with_theme(if dark {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            })
            .wgpu()
            .build_eframe(move |cc| {
                let mut app = EntenteApp::with_state(&cc.egui_ctx, source, state);
                app.add_layers_on_open(vec![layer, cow], entente::layer::Scope::Both);
                app
            });
        step_until(&mut h, "the layers", |a| {
            a.document().is_some_and(|d| d.layers.len() == 2)
        });
        let doc = h.state().document().unwrap();
        let curated = doc.curated.events.len();
        assert_eq!(doc.dataset.events.len(), curated + 54);
        // The layer's lanes come after the curated ones, by QuadClass.
        let labels: Vec<String> = doc
            .index
            .lanes
            .iter()
            .map(|l| l.head.label.clone())
            .collect();
        let first_layer = labels
            .iter()
            .position(|l| l.ends_with("· GDELT"))
            .expect("a GDELT lane");
        assert!(labels[..first_layer].iter().all(|l| !l.contains("GDELT")));
        assert!(
            labels.iter().any(|l| l == "Verbal coop. · GDELT"),
            "{labels:?}"
        );
        // The diplomatic levels are era rows.
        assert!(
            doc.dataset
                .eras
                .iter()
                .any(|e| e.party == "France in Kazakhstan" && e.name == "ambassador")
        );
        h.get_by_label("Layers (2)");
        h.get_by_label("Mentions ≥");

        // A layer event's details.
        let i = (curated..doc.dataset.events.len())
            .find(|&i| doc.dataset.events[i].id == "layer0-1000000000")
            .unwrap();
        h.state_mut().click_event(i);
        h.run_steps(3);
        h.get_by_label("Goldstein scale");
        h.get_by_label_contains("https://news.example.org/1000000000");
        let theme = if dark { "dark" } else { "light" };
        h.render()
            .expect("a wgpu adapter")
            .save(out.join(format!("layer-{theme}.png")))
            .unwrap();

        // Added to the dataset through the form.
        h.get_by_label("Add to dataset…").click();
        h.run_steps(3);
        h.get_by_label("Write into the dataset").click();
        step_until(&mut h, "the promoted event selected", |a| {
            a.selected_event_id() == Some("gdelt-1000000000")
        });
        let after = std::fs::read_to_string(&target).unwrap();
        assert!(after.contains("// From GDELT 2.0 event 1000000000 (gdelt2-kz-fr.tsv, line 1)"));
        let loaded = entente::load::load_str(&after).expect("the dataset passes check");
        assert_eq!(loaded.dataset.events.len(), curated + 1);
        // The layer is never written into the file.
        assert!(!after.contains("layer0-"));
    }
}

/// A layer is remembered with its dataset: a new window on the same file
/// (the settings carried over, as a restart does) shows it again; and a
/// layer file that changes on disk is read again.
#[test]
fn layers_survive_a_restart_and_follow_their_file() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("kz-fr.ron");
    std::fs::copy(manifest.join("data/kz-fr.ron"), &target).unwrap();
    let layer = dir.path().join("layer.tsv");
    let text =
        std::fs::read_to_string(manifest.join("tests/data/layers/gdelt2-kz-fr.tsv")).unwrap();
    std::fs::write(&layer, &text).unwrap();
    let open = |state: PersistedState, layers: Vec<std::path::PathBuf>| {
        let source = DataSource::File(target.clone());
        Harness::builder()
            .with_size([1400.0, 900.0])
            .build_eframe(move |cc| {
                let mut app = EntenteApp::with_state(&cc.egui_ctx, source, state);
                if !layers.is_empty() {
                    app.add_layers_on_open(layers, entente::layer::Scope::Both);
                }
                app
            })
    };
    let layer_events = |a: &EntenteApp| {
        a.document()
            .map_or(0, |d| d.dataset.events.len() - d.curated.events.len())
    };
    let mut h = open(PersistedState::default(), vec![layer.clone()]);
    step_until(&mut h, "the layer", |a| layer_events(a) == 54);
    let saved = h.state().settings().clone();
    assert_eq!(
        saved.layers.values().next().map(Vec::len),
        Some(1),
        "{:?}",
        saved.layers
    );
    drop(h);

    let mut h = open(saved, Vec::new());
    step_until(&mut h, "the layer again after a restart", |a| {
        layer_events(a) == 54
    });

    // The file loses its Kazakhstan–France rows but the first ten.
    let mut kept = 0;
    let fewer: Vec<&str> = text
        .lines()
        .filter(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            let pair = f.get(7).is_some_and(|c| *c == "KAZ" || *c == "FRA");
            if pair {
                kept += 1;
            }
            !pair || kept <= 10
        })
        .collect();
    std::fs::write(&layer, fewer.join("\n") + "\n").unwrap();
    step_until(&mut h, "the layer read again", |a| {
        layer_events(a) < 54 && layer_events(a) > 0
    });
}

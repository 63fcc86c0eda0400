//! One full application frame, headless: layout of every panel, the
//! timeline and the charts, and tessellation. 1,000 / 100,000 / 1,000,000
//! generated events, in three views: fit all, one year, one week; in a
//! 1400-point window, and the three views again at 3840 points wide
//! (`frame_3840/…`) to show that the cost follows the width.
//!
//! cargo bench --bench frame            (full)
//! cargo bench --bench frame -- --quick (a few minutes)

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use entente::app::EntenteApp;
use entente::timeline::TimeView;
use std::hint::black_box;

fn app_with(n: usize) -> (egui::Context, EntenteApp) {
    let mut ds = entente::generate::generate(n, 42);
    let problems = entente::load::validate::validate(&mut ds);
    assert!(
        problems
            .iter()
            .all(|p| p.severity != entente::load::Severity::Error)
    );
    let ctx = egui::Context::default();
    let app = EntenteApp::with_dataset(&ctx, "synthetic.ron", ds);
    (ctx, app)
}

fn input(width: f32) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(width, 900.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, app: &mut EntenteApp, width: f32) -> usize {
    let mut out = ctx.run_ui(input(width), |ui| {
        app.frame(ui);
    });
    out.textures_delta.clear();
    let primitives = ctx.tessellate(std::mem::take(&mut out.shapes), out.pixels_per_point);
    primitives.len()
}

fn views(app: &EntenteApp) -> [(&'static str, TimeView); 3] {
    let day = |s: &str| entente::model::Date::parse(s).unwrap().start_day() as f64;
    let fit = app.fit_all_view();
    [
        ("fit_all", fit),
        (
            "one_year",
            TimeView::new(day("2000-01-01"), day("2001-01-01")),
        ),
        (
            "one_week",
            TimeView::new(day("2000-06-12"), day("2000-06-19")),
        ),
    ]
}

fn bench_frames(c: &mut Criterion) {
    for (group_name, width) in [("frame", 1400.0), ("frame_3840", 3840.0)] {
        let mut group = c.benchmark_group(group_name);
        // Frames are short and the machine is shared: many samples, long warm-up.
        group.sample_size(60);
        group.warm_up_time(std::time::Duration::from_secs(2));
        group.measurement_time(std::time::Duration::from_secs(5));
        let sizes: &[usize] = if width > 2000.0 {
            &[1_000, 1_000_000]
        } else {
            &[1_000, 100_000, 1_000_000]
        };
        for &n in sizes {
            let (ctx, mut app) = app_with(n);
            for (name, view) in views(&app) {
                app.set_view(view);
                // Settle fonts and layout before measuring.
                for _ in 0..3 {
                    frame(&ctx, &mut app, width);
                }
                group.bench_with_input(BenchmarkId::new(name, n), &n, |b, _| {
                    b.iter(|| {
                        app.set_view(view);
                        black_box(frame(&ctx, &mut app, width))
                    });
                });
            }
        }
        group.finish();
    }
}

/// The bundled dataset, with and without a layer of 1,000,000 GDELT rows
/// (`entente generate --format gdelt`: about one in five between
/// Kazakhstan and France, kept), fit all: the layer should not slow the
/// frame much (ratio at most 1.5).
fn bench_layer(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gdelt.tsv");
    entente::fs::write_atomic_with(&path, |w| {
        entente::generate::gdelt::write_tsv(1_000_000, 1, w)
    })
    .unwrap();
    let mut group = c.benchmark_group("layer");
    group.sample_size(40);
    group.warm_up_time(std::time::Duration::from_secs(2));
    group.measurement_time(std::time::Duration::from_secs(5));
    for with_layer in [false, true] {
        let ctx = egui::Context::default();
        let mut ds = entente::load::load_str(&entente::bundled_data())
            .unwrap()
            .dataset;
        entente::load::validate::validate(&mut ds);
        let mut app = EntenteApp::with_dataset(&ctx, "kz-fr.ron", ds);
        if with_layer {
            let find = |n: &str| entente::country::Country::find(n).unwrap();
            let keep = entente::layer::Keep {
                parties: [find("Kazakhstan"), find("France")],
                scope: entente::layer::Scope::Both,
            };
            let names = ("Kazakhstan".to_string(), "France".to_string());
            app.add_read_layer(entente::layer::read(&path, keep, names, &|_, _| {}).unwrap());
            let doc = app.document().unwrap();
            let layer_events = doc.dataset.events.len() - doc.curated.events.len();
            assert!(layer_events > 150_000, "{layer_events} layer events");
            eprintln!("layer events shown: {layer_events}");
        }
        let view = app.fit_all_view();
        app.set_view(view);
        for _ in 0..3 {
            frame(&ctx, &mut app, 1400.0);
        }
        let name = if with_layer {
            "fit_all_with_1m_row_layer"
        } else {
            "fit_all"
        };
        group.bench_function(name, |b| {
            b.iter(|| {
                app.set_view(view);
                black_box(frame(&ctx, &mut app, 1400.0))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_frames, bench_layer);
criterion_main!(benches);

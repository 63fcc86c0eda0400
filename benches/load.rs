//! Loading a generated file of 100,000 events: Entente's parse + validate +
//! index, next to the bare `ron::from_str` of the same text into the same
//! types as the baseline; Entente's load of a million events; and how soon
//! opening a million-event file has events to draw.
//!
//! cargo bench --bench load

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use entente::document::{DataSource, Document};
use entente::model::Dataset;
use std::hint::black_box;

fn bench_load(c: &mut Criterion) {
    let n = 100_000;
    let text = entente::generate::to_ron(&entente::generate::generate(n, 42)).unwrap();
    let mut group = c.benchmark_group("load");
    // Loads take half a second and the machine is noisy: more samples.
    group.sample_size(20);
    group.measurement_time(std::time::Duration::from_secs(15));
    bench_entente(&mut group, n, &text);
    group.bench_with_input(BenchmarkId::new("ron_only", n), &text, |b, text| {
        b.iter(|| {
            let ds: Dataset = entente::load::ron_options().from_str(text).unwrap();
            black_box(ds.events.len())
        });
    });
    group.finish();
}

/// A million events: each load takes seconds, so the fewest samples.
fn bench_load_million(c: &mut Criterion) {
    let n = 1_000_000;
    let text = entente::generate::to_ron(&entente::generate::generate(n, 42)).unwrap();
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(60));
    bench_entente(&mut group, n, &text);
    group.finish();
}

/// Opening a million-event file as the window does: the time until the
/// first events are counted for the preview (the window draws them on its
/// next frame); the rest of the load is not timed.
fn bench_first_events(c: &mut Criterion) {
    let n = 1_000_000;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("1m.ron");
    let text = entente::generate::to_ron(&entente::generate::generate(n, 42)).unwrap();
    std::fs::write(&path, &text).unwrap();
    drop(text);
    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(60));
    group.bench_function(BenchmarkId::new("first_events", n), |b| {
        b.iter_custom(|iters| {
            let mut total = std::time::Duration::ZERO;
            for _ in 0..iters {
                let preview = std::sync::Arc::new(entente::load::Preview::new());
                let options = entente::open::Options {
                    preview: Some(preview.clone()),
                    ..Default::default()
                };
                let start = std::time::Instant::now();
                std::thread::scope(|s| {
                    let opening = s.spawn(|| entente::open::open_with(&path, &options, &|_| {}));
                    while preview.events() == 0 && !opening.is_finished() {
                        std::thread::sleep(std::time::Duration::from_micros(200));
                    }
                    total += start.elapsed();
                    black_box(opening.join().unwrap().unwrap().loaded.dataset.events.len());
                });
            }
            total
        });
    });
    group.finish();
}

/// Entente's whole load of `text` (`n` events): parse, validate, index.
fn bench_entente(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    n: usize,
    text: &str,
) {
    group.bench_with_input(BenchmarkId::new("entente", n), text, |b, text| {
        b.iter(|| {
            let loaded = entente::load::load_str(text).unwrap();
            let doc = Document::new(DataSource::Bundled, loaded.dataset, &Default::default());
            black_box(doc.index.len())
        });
    });
}

criterion_group!(benches, bench_load, bench_load_million, bench_first_events);
criterion_main!(benches);

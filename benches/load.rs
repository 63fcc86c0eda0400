//! Loading a generated file of 100,000 events: Entente's parse + validate +
//! index, next to the bare `ron::from_str` of the same text into the same
//! types as the baseline; and Entente's load of a million events.
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

criterion_group!(benches, bench_load, bench_load_million);
criterion_main!(benches);

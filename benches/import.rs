//! Importing TimelineJS JSON through the door in (`open`): files of 5,000
//! and 20,000 events, written by Entente's own TimelineJS export of a
//! generated dataset. The time should grow with the events, not faster.
//!
//! cargo bench --bench import

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use entente::document::{DataSource, Document, Filters};
use entente::export::{self, Format, Request, Subject, Target};
use std::hint::black_box;

fn timelinejs_file(dir: &std::path::Path, n: usize) -> std::path::PathBuf {
    let mut ds = entente::generate::generate(n, 3);
    entente::load::validate::validate(&mut ds);
    let doc = Document::new(
        DataSource::Memory {
            name: "generated".into(),
        },
        ds,
        &Filters::default(),
    );
    let path = dir.join(format!("g{n}.json"));
    let view = export::default_view(entente::charts::ChartId::Timeline, &doc.dataset);
    let request = Request::new(
        Subject::TimelineJs,
        Format::TimelineJs,
        Target::File(path.clone()),
        view,
    );
    export::write(&request, &doc).expect("the TimelineJS file is written");
    path
}

fn bench_import(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut group = c.benchmark_group("import/timelinejs");
    group.sample_size(10);
    for n in [5_000usize, 20_000] {
        let path = timelinejs_file(dir.path(), n);
        group.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, _| {
            b.iter(|| {
                let opened = entente::open::open(&path, &|_| {}).unwrap();
                black_box(opened.loaded.dataset.events.len())
            });
        });
    }
    group.finish();
}

criterion_group!(benches, bench_import);
criterion_main!(benches);

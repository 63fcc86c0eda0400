//! Importing through the door in (`open`): TimelineJS JSON files of 5,000
//! and 20,000 events, written by Entente's own TimelineJS export of a
//! generated dataset (the time should grow with the events, not faster);
//! and a UN Comtrade CSV file of 1,000,000 rows (`entente generate
//! --comtrade-rows`), read for two parties, next to a bare `csv` crate
//! read of the same file (the floor: the ratio should stay under 2).
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

fn bench_comtrade(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let rows = 1_000_000usize;
    let path = dir.path().join("comtrade.csv");
    entente::fs::write_atomic_with(&path, |w| {
        entente::generate::comtrade::write_csv(rows, 1, w)
    })
    .unwrap();
    let options = entente::open::Options {
        parties: Some(("Kazakhstan".into(), "France".into())),
        ..Default::default()
    };
    let mut group = c.benchmark_group("import/comtrade");
    group.sample_size(10);
    group.bench_with_input(BenchmarkId::from_parameter(rows), &rows, |b, _| {
        b.iter(|| {
            let opened = entente::open::open_with(&path, &options, &|_| {}).unwrap();
            black_box(opened.loaded.dataset.trade.len())
        });
    });
    group.finish();
    let mut group = c.benchmark_group("import/csv-crate-read");
    group.sample_size(10);
    group.bench_with_input(BenchmarkId::from_parameter(rows), &rows, |b, _| {
        b.iter(|| {
            let file = std::fs::File::open(&path).unwrap();
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(std::io::BufReader::with_capacity(1 << 20, file));
            let mut record = csv::ByteRecord::new();
            let mut fields = 0usize;
            while reader.read_byte_record(&mut record).unwrap() {
                fields += record.len();
            }
            black_box(fields)
        });
    });
    group.finish();
}

/// A GDELT 2.0 file of 1,000,000 rows read as a layer for Kazakhstan and
/// France, next to a bare `csv` crate read of the same file (ratio at most
/// 1.5).
fn bench_gdelt(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let rows = 1_000_000usize;
    let path = dir.path().join("gdelt.tsv");
    entente::fs::write_atomic_with(&path, |w| entente::generate::gdelt::write_tsv(rows, 1, w))
        .unwrap();
    let find = |n: &str| entente::country::Country::find(n).unwrap();
    let keep = entente::layer::Keep {
        parties: [find("Kazakhstan"), find("France")],
        scope: entente::layer::Scope::Both,
    };
    let mut group = c.benchmark_group("load/gdelt");
    group.sample_size(10);
    group.bench_with_input(BenchmarkId::from_parameter(rows), &rows, |b, _| {
        b.iter(|| {
            let names = ("Kazakhstan".to_string(), "France".to_string());
            let layer = entente::layer::read(&path, keep, names, &|_, _| {}).unwrap();
            black_box(layer.events.len())
        });
    });
    group.finish();
    let mut group = c.benchmark_group("load/gdelt-csv-crate-read");
    group.sample_size(10);
    group.bench_with_input(BenchmarkId::from_parameter(rows), &rows, |b, _| {
        b.iter(|| {
            let file = std::fs::File::open(&path).unwrap();
            let mut reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .delimiter(b'\t')
                .quoting(false)
                .from_reader(std::io::BufReader::with_capacity(1 << 20, file));
            let mut record = csv::ByteRecord::new();
            let mut fields = 0usize;
            while reader.read_byte_record(&mut record).unwrap() {
                fields += record.len();
            }
            black_box(fields)
        });
    });
    group.finish();
}

criterion_group!(benches, bench_import, bench_comtrade, bench_gdelt);
criterion_main!(benches);

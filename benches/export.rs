//! Exporting the bundled dataset without a window: the briefing sheet as
//! PDF (layout, SVG, PDF with embedded fonts), and one chart as SVG.
//!
//! cargo bench --bench export

use criterion::{Criterion, criterion_group, criterion_main};
use entente::charts::ChartId;
use entente::export::{self, Layers};
use std::hint::black_box;

fn bench_export(c: &mut Criterion) {
    let ds = entente::load::load_str(entente::BUNDLED_DATA)
        .unwrap()
        .dataset;
    let index = entente::document::TimelineIndex::build(&ds, |_| true);
    let view = export::default_view(ChartId::Timeline, &ds);
    let mut group = c.benchmark_group("export");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(20));
    group.bench_function("sheet_pdf/kz-fr", |b| {
        b.iter(|| {
            let pdf = export::sheet::pdf(
                &ds,
                &index,
                view,
                Layers::default(),
                export::sheet::Paper::A4,
                false,
            )
            .unwrap();
            black_box(pdf.len())
        });
    });
    let spec = export::ExportSpec {
        chart: ChartId::Annual(0),
        width: export::DEFAULT_WIDTH,
        height: None,
        scale: 1.0,
        dark: false,
        view: export::default_view(ChartId::Annual(0), &ds),
        layers: Layers::default(),
    };
    group.bench_function("svg/annual-kz-stat-usd", |b| {
        b.iter(|| black_box(export::svg_document(&ds, &index, &spec, true).len()));
    });
    group.finish();
}

criterion_group!(benches, bench_export);
criterion_main!(benches);

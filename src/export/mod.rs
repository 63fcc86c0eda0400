//! Export: charts and the timeline as PNG files, from the window (a cropped
//! screenshot, or a 2× offscreen render) and from the command line (offscreen,
//! no window). Both draw with the same functions as the window.

pub mod headless;
pub mod png_file;

use crate::charts::{self, ChartContext, ChartId};
use crate::model::Dataset;
use crate::timeline::widget::TimelineInput;
use crate::timeline::{TimeView, Timeline, TimelineIndex};
pub use png_file::{ExportError, Rgba};
use std::path::Path;

/// Draws one chart (or the timeline) into `ui`, exactly as the window does.
pub fn draw(
    ui: &mut egui::Ui,
    chart: ChartId,
    ds: &Dataset,
    index: &TimelineIndex,
    view: &mut TimeView,
) {
    let ctx = ChartContext {
        dataset: ds,
        index,
        selected_event: None,
        selected_figure: None,
        for_export: true,
        markers: Default::default(),
    };
    let _ = match chart {
        ChartId::Timeline => {
            ui.label(egui::RichText::new(chart.title(ds)).strong().size(15.0));
            let input = TimelineInput {
                dataset: ds,
                index,
                selected: None,
                highlight: None,
            };
            let _ = Timeline::default().show(ui, view, &input);
            Vec::new()
        }
        ChartId::Annual(s) => charts::annual::annual_chart(ui, s, view, &ctx),
        ChartId::Comparison(s) => charts::comparison::comparison_chart(ui, s, view, &ctx),
        ChartId::Growth(s) => charts::growth::growth_chart(ui, s, view, &ctx),
    };
}

/// The view that shows every event and every trade period of `ds`.
pub fn fit_everything(ds: &Dataset) -> TimeView {
    let spans = ds.events.iter().map(|e| e.when.span_days()).chain(
        ds.trade
            .iter()
            .flat_map(|s| s.observations.iter().map(|o| o.parsed_period.span_days())),
    );
    let (a, b) = spans.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), (s, t)| {
        (a.min(s), b.max(t))
    });
    if a < b {
        TimeView::fit(a, b)
    } else {
        TimeView::default()
    }
}

/// The view a chart is exported with when no range is given: the timeline
/// shows every event, a trade chart the periods it draws.
pub fn default_view(chart: ChartId, ds: &Dataset) -> TimeView {
    let spans: Vec<(f64, f64)> = match chart {
        ChartId::Timeline => ds.events.iter().map(|e| e.when.span_days()).collect(),
        ChartId::Annual(s) => ds.trade.get(s).map_or_else(Vec::new, |t| {
            charts::annual::annual_observations(t)
                .map(|o| t.observations[o].parsed_period.span_days())
                .collect()
        }),
        ChartId::Comparison(s) => ds.trade.get(s).map_or_else(Vec::new, |t| {
            charts::comparison::pairs(t)
                .into_iter()
                .flat_map(|(a, b)| [a, b])
                .map(|o| t.observations[o].parsed_period.span_days())
                .collect()
        }),
        ChartId::Growth(s) => ds.trade.get(s).map_or_else(Vec::new, |t| {
            charts::growth::rows(t)
                .into_iter()
                .map(|o| t.observations[o].parsed_period.span_days())
                .collect()
        }),
    };
    let (a, b) = spans
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &(s, t)| {
            (a.min(s), b.max(t))
        });
    if a < b {
        TimeView::fit(a, b)
    } else {
        fit_everything(ds)
    }
}

/// The PNG text chunks for a chart: title, dataset, sources, software.
pub fn metadata(chart: ChartId, ds: &Dataset, view: &TimeView) -> Vec<(&'static str, String)> {
    vec![
        ("Title", chart.title(ds)),
        ("Dataset", ds.title.clone()),
        ("Source", chart.sources(ds, view).join("\n")),
        ("Software", format!("Entente {}", env!("CARGO_PKG_VERSION"))),
    ]
}

/// Suggested size in points for a chart when exported on its own.
pub fn default_size(chart: ChartId, index: &TimelineIndex) -> (f32, f32) {
    match chart {
        ChartId::Timeline => {
            let lanes = index.lanes.len().max(2) as f32;
            (
                1200.0,
                lanes * crate::timeline::widget::LANE_HEIGHT
                    + crate::timeline::widget::AXIS_HEIGHT
                    + 40.0,
            )
        }
        _ => (1200.0, 262.0),
    }
}

/// Settings of one offscreen export.
#[derive(Clone, Debug)]
pub struct ExportSpec {
    pub chart: ChartId,
    pub width: f32,
    pub height: f32,
    pub scale: f32,
    pub dark: bool,
    pub view: TimeView,
}

/// Renders `spec` offscreen and writes it to `path` atomically.
pub fn export_png(
    renderer: &mut headless::Offscreen,
    ds: &Dataset,
    index: &TimelineIndex,
    spec: &ExportSpec,
    path: &Path,
) -> Result<(), ExportError> {
    let mut view = spec.view;
    let image = renderer
        .render(spec.width, spec.height, spec.scale, spec.dark, |ui| {
            draw(ui, spec.chart, ds, index, &mut view);
        })
        .map_err(|reason| ExportError {
            path: path.to_path_buf(),
            reason,
        })?;
    png_file::save_png(path, &image, &metadata(spec.chart, ds, &spec.view))
}

/// Today's date as `YYYY-MM-DD` (for default file names).
pub fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64);
    crate::model::date::date_of_epoch_day(days)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

/// `kz-fr-annual-kz-stat-usd-2026-11-28.png`
pub fn default_file_name(dataset_stem: &str, chart: ChartId, ds: &Dataset) -> String {
    png_file::file_name(&[dataset_stem, &chart.name(ds), &today()])
}

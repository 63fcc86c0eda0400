//! Export: charts and the timeline as PNG files, from the window (a cropped
//! screenshot, or a 2× offscreen render) and from the command line (offscreen,
//! no window). Both draw with the same functions as the window.

pub mod headless;
pub mod png_file;

use crate::charts::{ChartContext, ChartId};
use crate::document::TimelineIndex;
use crate::model::Dataset;
use crate::timeline::widget::{TimelineInput, timeline_height};
use crate::timeline::{TimeView, Timeline};
pub use crate::write_file::WriteError;
pub use png_file::Rgba;
use std::path::Path;

/// Draws one chart (or the timeline) into `ui`, exactly as the window does.
pub fn draw(
    ui: &mut egui::Ui,
    chart: ChartId,
    ds: &Dataset,
    index: &TimelineIndex,
    view: &mut TimeView,
    markers: bool,
    eras: bool,
) {
    let ctx = ChartContext {
        dataset: ds,
        index,
        selection: Default::default(),
        for_export: true,
        export_tips: Default::default(),
        show_markers: markers,
        markers: Default::default(),
    };
    if chart == ChartId::Timeline {
        ui.label(crate::theme::title(chart.title(ds)));
        let input = TimelineInput {
            dataset: ds,
            index,
            selected: None,
            highlight: None,
            eras,
            selected_era: None,
        };
        let _ = Timeline::default().show(ui, view, &input);
    } else {
        // Nothing to act on in an image: the actions are dropped.
        let _ = chart.draw(ui, view, &ctx);
    }
}

/// The view a chart is exported with when no range is given: the timeline
/// shows every event, a trade chart the periods it draws; with nothing to
/// show, every event and every trade period of `ds`.
pub fn default_view(chart: ChartId, ds: &Dataset) -> TimeView {
    let period = |s: usize, o: usize| ds.trade[s].observations[o].parsed_period.span_days();
    let spans: Vec<(f64, f64)> = match chart {
        ChartId::Timeline => ds.events.iter().map(|e| e.when.span_days()).collect(),
        ChartId::Annual(s) | ChartId::Comparison(s) | ChartId::Growth(s) => chart
            .observations(ds)
            .into_iter()
            .map(|o| period(s, o))
            .collect(),
        ChartId::Indicator(n) => ds.indicators.get(n).map_or_else(Vec::new, |ind| {
            ind.values()
                .iter()
                .filter_map(|v| v.day())
                .map(|t| (t - 1.0, t))
                .collect()
        }),
    };
    let everything = || {
        let events = ds.events.iter().map(|e| e.when.span_days());
        let periods = ds
            .trade
            .iter()
            .flat_map(|t| t.observations.iter().map(|o| o.parsed_period.span_days()));
        TimeView::fit_spans(events.chain(periods)).unwrap_or_default()
    };
    TimeView::fit_spans(spans).unwrap_or_else(everything)
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
pub fn default_size(chart: ChartId, ds: &Dataset, index: &TimelineIndex, eras: bool) -> (f32, f32) {
    match chart {
        ChartId::Timeline => {
            let rows = if eras { era_rows(ds) } else { 0 };
            (1200.0, timeline_height(index.lanes.len(), rows) + 40.0)
        }
        // The indicator chart's plot is smaller than a trade chart's.
        ChartId::Indicator(_) => (1200.0, 200.0),
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
    /// Mark events on trade charts with thin lines.
    pub markers: bool,
    /// Draw the eras above the timeline's lanes.
    pub eras: bool,
}

/// How many rows of eras the timeline draws for `ds`: one per party that has
/// eras.
pub fn era_rows(ds: &Dataset) -> usize {
    crate::timeline::widget::era_parties(ds).len()
}

/// Renders `spec` offscreen and writes it to `path` atomically.
pub fn export_png(
    renderer: &mut headless::Offscreen,
    ds: &Dataset,
    index: &TimelineIndex,
    spec: &ExportSpec,
    path: &Path,
) -> Result<(), WriteError> {
    let mut view = spec.view;
    let image = renderer
        .render(spec.width, spec.height, spec.scale, spec.dark, |ui| {
            draw(
                ui,
                spec.chart,
                ds,
                index,
                &mut view,
                spec.markers,
                spec.eras,
            );
        })
        .map_err(|reason| WriteError {
            path: path.to_path_buf(),
            reason,
        })?;
    png_file::save_png(path, &image, &metadata(spec.chart, ds, &spec.view))
}

/// Today's date as `YYYY-MM-DD` (for default file names).
pub(crate) fn today() -> String {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| (d.as_secs() / 86_400) as i64);
    crate::model::date::date_of_epoch_day(days)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

/// `kz-fr-annual-kz-stat-usd-2026-11-28.png`
pub(crate) fn default_file_name(dataset_stem: &str, chart: ChartId, ds: &Dataset) -> String {
    png_file::file_name(&[dataset_stem, &chart.name(ds), &today()])
}

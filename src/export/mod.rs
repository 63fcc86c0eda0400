//! THE DOOR OUT: every chart, the timeline, the briefing sheet, a chart's
//! figures and the TimelineJS file are written through [`write`] from a
//! [`Request`] (see `request`), from the window and from the command line
//! alike. Images are drawn with the same functions as the window: offscreen
//! for PNG (`headless`), as shapes turned into SVG and PDF (`svg`).

pub(crate) mod csv_file;
mod csv_stats;
pub mod headless;
pub(crate) mod png_file;
mod request;
pub mod sheet;
pub mod svg;
pub mod timelinejs;

pub use request::{Format, Request, Subject, Target, file_name, slug, write};

pub(crate) use request::Written;

use crate::charts::{ChartContext, ChartId};
use crate::document::TimelineIndex;
pub(crate) use crate::fs::WriteError;
use crate::model::Dataset;
use crate::timeline::widget::TimelineInput;
use crate::timeline::{TimeView, Timeline};
pub(crate) use png_file::Rgba;
use std::path::Path;

/// What an exported image shows besides the chart itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layers {
    /// Events as thin lines on the trade charts.
    pub markers: bool,
    /// The eras above the timeline's lanes.
    pub eras: bool,
    /// The caption: period shown, sources, and where the image came from.
    pub caption: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self {
            markers: false,
            eras: true,
            caption: true,
        }
    }
}

/// Draws one chart (or the timeline) into `ui`, exactly as the window does,
/// with its caption under it when `layers.caption` is set.
pub fn draw(
    ui: &mut egui::Ui,
    chart: ChartId,
    ds: &Dataset,
    index: &TimelineIndex,
    view: &mut TimeView,
    layers: Layers,
) {
    let Layers {
        markers,
        eras,
        caption: with_caption,
    } = layers;
    let ctx = ChartContext::for_export(ds, index, markers);
    if chart == ChartId::Timeline {
        ui.label(crate::theme::title(chart.title(ds)));
        let input = TimelineInput {
            dataset: ds,
            index,
            selected: None,
            highlight: None,
            eras,
            selected_era: None,
            lane_height: crate::theme::LANE_HEIGHT,
        };
        let _ = Timeline::default().show(ui, view, &input);
    } else {
        // Nothing to act on in an image: the actions are dropped.
        let _ = chart.draw(ui, view, &ctx);
    }
    if with_caption {
        caption(ui, chart, ds, index, view);
    }
}

/// The caption under an exported chart: the period shown (and for the
/// timeline how many events), the publishers of what is shown, and where the
/// image comes from. It wraps to the image's width, so nothing is cut.
pub fn caption(
    ui: &mut egui::Ui,
    chart: ChartId,
    ds: &Dataset,
    index: &TimelineIndex,
    view: &TimeView,
) {
    use crate::format::{day_label, plural};
    ui.add_space(4.0);
    let small = |text: String| egui::RichText::new(text).size(11.5);
    // The last day shown: the view's end is exclusive.
    let mut shown = crate::tr!(
        "caption-shown",
        from = day_label(view.start),
        to = day_label(view.end.ceil() - 1.0)
    );
    if chart == ChartId::Timeline {
        let (a, b) = (view.start, view.end);
        let n = index.count_in(ds, a, b);
        shown.push_str(&format!(" · {}", plural(n, "event")));
    }
    ui.add(egui::Label::new(small(shown).weak()).wrap());
    let publishers = chart.publishers(ds, view);
    let sources = if publishers.is_empty() {
        crate::tr!("caption-no-source")
    } else {
        crate::tr!("caption-source", sources = publishers.join("; "))
    };
    ui.add(egui::Label::new(small(sources)).wrap());
    if chart == ChartId::Timeline {
        for credit in layer_credits(ds, view) {
            ui.add(egui::Label::new(small(credit)).wrap());
        }
    }
    ui.add(egui::Label::new(small(format!("Entente · {} · {}", ds.title, today())).weak()).wrap());
}

/// "Layer: GDELT 2.0, 54 events": each layer drawn, with what it shows in
/// `view` (its events, or its eras).
pub(crate) fn layer_credits(ds: &Dataset, view: &TimeView) -> Vec<String> {
    let mut credits: Vec<(String, usize)> = Vec::new();
    let mut add = |name: &str| match credits.iter_mut().find(|(n, _)| n == name) {
        Some((_, c)) => *c += 1,
        None => credits.push((name.to_string(), 1)),
    };
    for e in &ds.events {
        let kind = ds.kind_of(e);
        if kind.id.starts_with("layer") {
            let (a, b) = e.when.span_days();
            if view.overlaps(a, b) {
                add(kind.singular.trim_end_matches(" event"));
            }
        }
    }
    let eras = ds
        .eras
        .iter()
        .filter(|e| e.id.starts_with("cow-") || e.id.starts_with("wikidata-"));
    let mut era_credits: Vec<(String, usize)> = Vec::new();
    for e in eras {
        let name = if e.id.starts_with("cow-") {
            "Correlates of War diplomatic exchange"
        } else {
            "Wikidata office terms"
        };
        match era_credits.iter_mut().find(|(n, _)| n == name) {
            Some((_, c)) => *c += 1,
            None => era_credits.push((name.to_string(), 1)),
        }
    }
    let plural = crate::format::plural;
    credits
        .into_iter()
        .map(|(n, c)| {
            crate::tr!(
                "caption-layer-events",
                layer = n,
                count = plural(c, "event")
            )
        })
        .chain(
            era_credits
                .into_iter()
                .map(|(n, c)| crate::tr!("caption-layer", layer = n, count = plural(c, "era"))),
        )
        .collect()
}

/// The view a chart is exported with when no range is given: the timeline
/// shows every event, a trade chart the periods it draws; with nothing to
/// show, every event and every trade period of `ds`.
pub fn default_view(chart: ChartId, ds: &Dataset) -> TimeView {
    let period = |s: usize, o: usize| ds.trade[s].observations[o].parsed_period.span_days();
    let spans: Vec<(f64, f64)> = match chart {
        ChartId::Timeline => ds.events.iter().map(|e| e.when.span_days()).collect(),
        ChartId::Annual(s)
        | ChartId::Comparison(s)
        | ChartId::Growth(s)
        | ChartId::Mirror(s, _)
        | ChartId::Products(s, _) => chart
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
        ("Dataset", ds.title.to_string()),
        ("Source", chart.sources(ds, view).join("\n")),
        ("Software", format!("Entente {}", env!("CARGO_PKG_VERSION"))),
    ]
}

/// The width in points a chart is exported at when none is given; the
/// height follows what is drawn.
pub const DEFAULT_WIDTH: f32 = 1200.0;

/// Settings of one offscreen export.
#[derive(Clone, Debug)]
pub struct ExportSpec {
    pub chart: ChartId,
    pub width: f32,
    /// `None`: as tall as the chart and its caption.
    pub height: Option<f32>,
    pub scale: f32,
    pub dark: bool,
    pub view: TimeView,
    pub layers: Layers,
}

/// Why an export wrote nothing.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportError {
    /// The image would be larger than the graphics adapter can draw.
    TooLarge(headless::RenderError),
    Write(WriteError),
    /// No offscreen renderer could be made (no graphics adapter): why.
    RenderUnavailable(String),
    /// The request asks for what cannot be written (a sheet as CSV).
    Unsupported(String),
    /// Rendering an image failed.
    Failed(String),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge(e) => e.fmt(f),
            Self::Write(e) => e.fmt(f),
            Self::RenderUnavailable(reason) | Self::Unsupported(reason) | Self::Failed(reason) => {
                f.write_str(reason)
            }
        }
    }
}

impl From<WriteError> for ExportError {
    fn from(e: WriteError) -> Self {
        Self::Write(e)
    }
}

/// Renders `spec` offscreen and writes it to `path` atomically.
pub(crate) fn export_png(
    renderer: &mut headless::Offscreen,
    ds: &Dataset,
    index: &TimelineIndex,
    spec: &ExportSpec,
    path: &Path,
) -> Result<(u32, u32), ExportError> {
    let image = render(renderer, ds, index, spec).map_err(|e| match e {
        e @ headless::RenderError::TooLarge { .. } => ExportError::TooLarge(e),
        headless::RenderError::Failed(reason) => ExportError::Write(WriteError {
            path: path.to_path_buf(),
            reason,
        }),
    })?;
    png_file::save_png(path, &image, &metadata(spec.chart, ds, &spec.view))
        .map_err(ExportError::Write)?;
    Ok((image.width, image.height))
}

/// Renders `spec` offscreen.
pub fn render(
    renderer: &mut headless::Offscreen,
    ds: &Dataset,
    index: &TimelineIndex,
    spec: &ExportSpec,
) -> Result<Rgba, headless::RenderError> {
    let mut view = spec.view;
    renderer.render(spec.width, spec.height, spec.scale, spec.dark, |ui| {
        // Every pass starts from the view asked for.
        view = spec.view;
        draw(ui, spec.chart, ds, index, &mut view, spec.layers);
    })
}

/// The chart of `spec` as an SVG document: the same shapes as the PNG, text
/// as text, fonts embedded when `embed_fonts`.
pub fn svg_document(
    ds: &Dataset,
    index: &TimelineIndex,
    spec: &ExportSpec,
    embed_fonts: bool,
) -> String {
    let mut view = spec.view;
    let (shapes, height) = headless::shapes(spec.width, spec.height, spec.dark, |ui| {
        view = spec.view;
        draw(ui, spec.chart, ds, index, &mut view, spec.layers);
    });
    svg::document(
        &shapes,
        spec.width,
        height,
        &spec.chart.title(ds),
        embed_fonts,
    )
}

/// An SVG document as a one-page PDF, its text kept as text in the fonts
/// the SVG embeds.
pub(crate) fn pdf_from_svg(svg: &str) -> Result<Vec<u8>, String> {
    let options = svg::usvg_options();
    let tree =
        usvg::Tree::from_str(svg, &options).map_err(|e| format!("cannot read the SVG: {e}"))?;
    svg2pdf::to_pdf(
        &tree,
        svg2pdf::ConversionOptions::default(),
        svg2pdf::PageOptions::default(),
    )
    .map_err(|e| format!("cannot make the PDF: {e}"))
}

/// Writes `spec` as SVG or PDF to `path`, atomically.
pub(crate) fn export_vector(
    ds: &Dataset,
    index: &TimelineIndex,
    spec: &ExportSpec,
    path: &Path,
    pdf: bool,
) -> Result<(), WriteError> {
    // The PDF takes its fonts from usvg's database: no need to embed them
    // in the SVG it reads.
    let svg = svg_document(ds, index, spec, !pdf);
    let bytes = if pdf {
        pdf_from_svg(&svg).map_err(|reason| WriteError {
            path: path.to_path_buf(),
            reason,
        })?
    } else {
        svg.into_bytes()
    };
    crate::fs::write_atomic(path, &bytes)
}

/// Today's date as `YYYY-MM-DD` (for default file names).
/// `SOURCE_DATE_EPOCH` (seconds), when set, stands for now, as reproducible
/// builds use it: the same data then gives the same image on any day.
pub(crate) fn today() -> String {
    let now = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs())
        });
    let days = (now / 86_400) as i64;
    crate::model::date::date_of_epoch_day(days)
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

/// `kz-fr-annual-kz-stat-usd-2026-11-28.png`: what an export of `subject`
/// as `format` is called by default.
pub(crate) fn default_file_name(
    dataset_stem: &str,
    subject: &Subject,
    ds: &Dataset,
    format: Format,
) -> String {
    let what = match subject {
        Subject::Chart(chart) | Subject::Captured(chart, _) => chart.name(ds),
        Subject::Sheet(_) => "briefing".to_string(),
        Subject::TimelineJs => "timelinejs".to_string(),
    };
    file_name(&[dataset_stem, &what, &today()], format)
}

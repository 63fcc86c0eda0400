//! Export from the window: a file dialog off the UI thread, an offscreen
//! render of the chart as the window shows it (with its caption, at the
//! screen's resolution or 2×), and the PNG written atomically, on worker
//! threads. Where no graphics adapter can render offscreen, the chart is
//! cropped from a screenshot of the window instead. Every step is a background task;
//! the tasks in flight are counted in one place ([`Exporter::in_flight`]) and
//! their results are shown in the status line.

use super::background::{Poll, Task};
use super::{DrawnChart, EntenteApp, Status};
use crate::charts::ChartId;
use crate::export::{self, ExportSpec, Rgba};
use crate::panels::save_dialog::{SaveDialog, SaveDialogAction};
use crate::timeline::TimeView;
use std::path::PathBuf;

/// Where an exported image goes.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportTarget {
    /// Ask with a file dialog.
    Dialog,
    File(PathBuf),
    Clipboard,
    /// The figures shown, as CSV: ask where with a file dialog.
    DataDialog,
    /// The figures shown, as CSV, into this file.
    DataFile(PathBuf),
    /// The briefing sheet of the view: ask where.
    SheetDialog,
    /// The briefing sheet of the view, into this file (PDF, SVG or PNG).
    SheetFile(PathBuf),
    /// A new dataset from the template (File ▸ New dataset…), into this file.
    NewDataset(PathBuf),
}

type Metadata = Vec<(&'static str, String)>;

/// A native dialog that ends this fast did not open.
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(250);

/// What a save dialog asks a path for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SaveKind {
    /// A chart's image: PNG, SVG or PDF.
    Image,
    /// A chart's figures as CSV.
    Data,
    /// The briefing sheet: PDF, SVG or PNG.
    Sheet,
    /// A new dataset: RON.
    NewDataset,
}

impl SaveKind {
    fn title(self) -> &'static str {
        match self {
            Self::Image => "Save chart as PNG, SVG or PDF",
            Self::Data => "Save the figures as CSV",
            Self::Sheet => "Export briefing sheet (PDF, SVG or PNG)",
            Self::NewDataset => "Save the new dataset",
        }
    }

    /// The extensions offered; the first is the default.
    fn extensions(self) -> &'static [&'static str] {
        match self {
            Self::Image => &["png", "svg", "pdf"],
            Self::Data => &["csv"],
            Self::Sheet => &["pdf", "svg", "png"],
            Self::NewDataset => &["ron"],
        }
    }

    fn target(self, path: PathBuf) -> ExportTarget {
        match self {
            Self::Image => ExportTarget::File(path),
            Self::Data => ExportTarget::DataFile(path),
            Self::Sheet => ExportTarget::SheetFile(path),
            Self::NewDataset => ExportTarget::NewDataset(path),
        }
    }
}

/// The name a file dialog gives to an extension.
fn filter_name(ext: &str) -> &'static str {
    match ext {
        "png" => "PNG image",
        "svg" => "SVG vector image",
        "pdf" => "PDF document",
        "ron" => "Entente dataset",
        _ => "CSV file",
    }
}

/// The in-window save dialog and what it saves.
pub(crate) struct PendingSave {
    dialog: SaveDialog,
    chart: ChartId,
    kind: SaveKind,
}

/// How one step of an export ended.
enum Outcome {
    /// The save dialog closed: with a path, or cancelled.
    PathChosen {
        chart: ChartId,
        kind: SaveKind,
        path: Option<PathBuf>,
        /// The dialog ended before a person could have answered it: there
        /// is no native dialog on this desktop.
        unavailable: bool,
    },
    Captured {
        chart: ChartId,
        target: ExportTarget,
        image: egui::ColorImage,
        metadata: Metadata,
    },
    /// An offscreen render for the clipboard.
    Rendered(ChartId, egui::ColorImage),
    /// The offscreen render could not run: crop the window instead.
    RenderUnavailable {
        chart: ChartId,
        target: ExportTarget,
        reason: String,
    },
    Written(PathBuf),
    Failed(String),
}

/// The export steps in flight.
#[derive(Default)]
pub(crate) struct Exporter {
    jobs: Vec<Task<Outcome>>,
}

impl Exporter {
    /// Export steps started and not yet ended (dialogs, captures, writes).
    pub(crate) fn in_flight(&self) -> usize {
        self.jobs.len()
    }

    fn poll(&mut self) -> Vec<Outcome> {
        let mut ended = Vec::new();
        self.jobs.retain_mut(|job| match job.poll() {
            Poll::Running => true,
            Poll::Done(outcome) => {
                ended.push(outcome);
                false
            }
            Poll::Lost => {
                ended.push(Outcome::Failed("the export stopped unexpectedly".into()));
                false
            }
        });
        ended
    }

    /// Opens a save dialog on a worker thread.
    fn ask_path(
        &mut self,
        ctx: &egui::Context,
        chart: ChartId,
        kind: SaveKind,
        default_name: String,
        dir: Option<PathBuf>,
    ) {
        self.jobs.push(Task::spawn(ctx, move |_| {
            let mut dialog = rfd::FileDialog::new()
                .set_file_name(default_name)
                .set_title(kind.title());
            for ext in kind.extensions() {
                dialog = dialog.add_filter(filter_name(ext), &[*ext]);
            }
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            let asked = std::time::Instant::now();
            let path = dialog.save_file();
            // Nobody cancels a dialog in a quarter of a second: with no
            // portal and no zenity, rfd gives up at once.
            let unavailable = path.is_none() && asked.elapsed() < NO_DIALOG_WITHIN;
            Outcome::PathChosen {
                chart,
                kind,
                path,
                unavailable,
            }
        }));
    }

    /// Writes the briefing sheet of `view`, on a worker thread.
    fn write_sheet(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        doc: &crate::document::Document,
        view: TimeView,
        layers: export::Layers,
        dark: bool,
    ) {
        let (dataset, index) = (doc.dataset.clone(), doc.index.clone());
        self.jobs.push(Task::spawn(ctx, move |_| {
            match export::sheet::write(
                &path,
                &dataset,
                &index,
                view,
                layers,
                export::sheet::Paper::A4,
                dark,
            ) {
                Ok(()) => Outcome::Written(path),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }));
    }

    /// Writes `spec` as SVG or PDF, on a worker thread.
    fn write_vector(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        doc: &crate::document::Document,
        spec: ExportSpec,
        pdf: bool,
    ) {
        let (dataset, index) = (doc.dataset.clone(), doc.index.clone());
        self.jobs.push(Task::spawn(ctx, move |_| {
            match export::export_vector(&dataset, &index, &spec, &path, pdf) {
                Ok(()) => Outcome::Written(path),
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }));
    }

    /// Writes the figures of `chart` in `view` as CSV, on a worker thread.
    fn write_data(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        chart: ChartId,
        dataset: std::sync::Arc<crate::model::Dataset>,
        view: TimeView,
    ) {
        self.jobs.push(Task::spawn(
            ctx,
            move |_| match export::csv_file::write_csv(&path, chart, &dataset, &view) {
                Ok(_) => Outcome::Written(path),
                Err(e) => Outcome::Failed(e.to_string()),
            },
        ));
    }

    /// Screenshots the window and crops to `rect` (points).
    fn capture(
        &mut self,
        ctx: &egui::Context,
        chart: ChartId,
        rect: egui::Rect,
        target: ExportTarget,
        metadata: Metadata,
    ) {
        let (task, reporter) = Task::channel(ctx);
        self.jobs.push(task);
        let rect = rect.intersect(ctx.content_rect());
        if !rect.is_positive() {
            reporter.finish(Outcome::Failed("the chart is not on screen".into()));
            return;
        }
        let ppp = ctx.pixels_per_point();
        ctx.request_screenshot(move |img| {
            // Clamp to the image: region() panics outside it.
            let size = egui::vec2(img.size[0] as f32, img.size[1] as f32) / ppp;
            let r = rect.intersect(egui::Rect::from_min_size(egui::Pos2::ZERO, size));
            reporter.finish(Outcome::Captured {
                chart,
                target,
                image: img.region(&r, Some(ppp)),
                metadata,
            });
        });
        ctx.request_repaint();
    }

    /// Encodes and writes on a worker thread.
    fn write(&mut self, ctx: &egui::Context, path: PathBuf, image: Rgba, metadata: Metadata) {
        self.jobs
            .push(Task::spawn(ctx, move |_| match export::png_file::save_png(
                &path, &image, &metadata,
            ) {
                Ok(()) => Outcome::Written(path),
                Err(e) => Outcome::Failed(e.to_string()),
            }));
    }

    /// Renders offscreen at `spec.scale`, then writes the PNG to the file
    /// or hands the image back for the clipboard, on a worker thread.
    fn render(
        &mut self,
        ctx: &egui::Context,
        target: ExportTarget,
        doc: &crate::document::Document,
        spec: ExportSpec,
    ) {
        let (dataset, index) = (doc.dataset.clone(), doc.index.clone());
        self.jobs.push(Task::spawn(ctx, move |_| {
            let chart = spec.chart;
            let mut renderer = match export::headless::Offscreen::new() {
                Ok(r) => r,
                Err(reason) => {
                    return Outcome::RenderUnavailable {
                        chart,
                        target,
                        reason,
                    };
                }
            };
            match target {
                ExportTarget::File(path) => {
                    match export::export_png(&mut renderer, &dataset, &index, &spec, &path) {
                        Ok(_) => Outcome::Written(path),
                        Err(e) => Outcome::Failed(e.to_string()),
                    }
                }
                ExportTarget::Clipboard => {
                    match export::render(&mut renderer, &dataset, &index, &spec) {
                        Ok(image) => Outcome::Rendered(
                            chart,
                            egui::ColorImage::from_rgba_unmultiplied(
                                [image.width as usize, image.height as usize],
                                &image.pixels,
                            ),
                        ),
                        Err(e) => Outcome::Failed(e.to_string()),
                    }
                }
                _ => Outcome::Failed("no image file was chosen".into()),
            }
        }));
    }
}

/// "svg" or "pdf" when `path` asks for a vector image.
fn vector_format(path: &std::path::Path) -> Option<&'static str> {
    let ext = path.extension()?.to_string_lossy().to_lowercase();
    match ext.as_str() {
        "svg" => Some("svg"),
        "pdf" => Some("pdf"),
        _ => None,
    }
}

/// What an export from the window renders: the chart as wide as on screen,
/// as tall as it and its caption need.
fn spec_for(
    chart: ChartId,
    rect: egui::Rect,
    view: TimeView,
    dark: bool,
    scale: f32,
    layers: export::Layers,
) -> ExportSpec {
    ExportSpec {
        chart,
        // The offscreen panel keeps an 8-point margin on each side.
        width: rect.width().max(200.0) + 16.0,
        height: None,
        scale,
        dark,
        view,
        layers,
    }
}

impl EntenteApp {
    /// Starts exporting `chart`: asks for a path, captures, or renders at 2×.
    pub(super) fn start_export(
        &mut self,
        ctx: &egui::Context,
        chart: ChartId,
        target: ExportTarget,
    ) {
        if let ExportTarget::NewDataset(path) = &target {
            self.write_new_dataset(ctx, path);
            return;
        }
        let Some(doc) = &self.doc else { return };
        let Some(&DrawnChart { rect, .. }) = self.drawn.get(&chart) else {
            self.status = Some(Status::error(
                "That chart is not on screen; scroll to it first.",
            ));
            return;
        };
        match target {
            ExportTarget::Dialog => self.ask_path(ctx, chart, SaveKind::Image),
            ExportTarget::DataDialog => self.ask_path(ctx, chart, SaveKind::Data),
            ExportTarget::SheetDialog => self.ask_path(ctx, chart, SaveKind::Sheet),
            ExportTarget::NewDataset(_) => {}
            ExportTarget::SheetFile(path) => {
                let layers = export::Layers {
                    markers: self.state.show_event_lines,
                    eras: self.state.show_eras,
                    caption: true,
                };
                let (dark, view) = (self.state.dark_mode, self.view);
                self.exporter
                    .write_sheet(ctx, path, doc, view, layers, dark);
            }
            ExportTarget::File(path) if vector_format(&path).is_some() => {
                let pdf = vector_format(&path) == Some("pdf");
                let layers = export::Layers {
                    markers: self.state.show_event_lines,
                    eras: self.state.show_eras,
                    caption: self.state.export_caption,
                };
                let spec = spec_for(chart, rect, self.view, self.state.dark_mode, 1.0, layers);
                self.exporter.write_vector(ctx, path, doc, spec, pdf);
            }
            ExportTarget::DataFile(path) => {
                self.exporter
                    .write_data(ctx, path, chart, doc.dataset.clone(), self.view);
            }
            target => {
                let scale = if self.state.export_2x {
                    2.0
                } else {
                    ctx.pixels_per_point()
                };
                let layers = export::Layers {
                    markers: self.state.show_event_lines,
                    eras: self.state.show_eras,
                    caption: self.state.export_caption,
                };
                let spec = spec_for(chart, rect, self.view, self.state.dark_mode, scale, layers);
                self.exporter.render(ctx, target, doc, spec);
            }
        }
    }

    /// Handles the export steps that ended.
    pub(super) fn poll_exports(&mut self, ctx: &egui::Context) {
        for outcome in self.exporter.poll() {
            match outcome {
                Outcome::PathChosen {
                    chart,
                    kind,
                    path: None,
                    unavailable: true,
                } => {
                    // From now on, ask in the window.
                    self.builtin_dialog = true;
                    self.open_save_dialog(chart, kind);
                }
                Outcome::PathChosen {
                    chart,
                    kind,
                    path: Some(path),
                    ..
                } => {
                    self.state.last_export_dir = path.parent().map(|p| p.to_path_buf());
                    self.start_export(ctx, chart, kind.target(path));
                }
                Outcome::PathChosen { path: None, .. } => {
                    self.status = Some(Status::info("Export cancelled; nothing was written."));
                }
                Outcome::Captured {
                    chart,
                    target,
                    image,
                    metadata,
                } => match target {
                    ExportTarget::File(path) => {
                        let rgba = Rgba::from_color_image(&image);
                        self.exporter.write(ctx, path, rgba, metadata);
                    }
                    ExportTarget::Clipboard => {
                        ctx.copy_image(image);
                        self.status = Some(Status::info(format!(
                            "Copied “{}” to the clipboard (cropped from the window).",
                            self.chart_title(chart)
                        )));
                    }
                    // Only images are captured.
                    _ => {}
                },
                Outcome::Rendered(chart, image) => {
                    ctx.copy_image(image);
                    self.status = Some(Status::info(format!(
                        "Copied “{}” to the clipboard.",
                        self.chart_title(chart)
                    )));
                }
                Outcome::RenderUnavailable {
                    chart,
                    target,
                    reason,
                } => {
                    // Crop the window instead: no caption, the screen's size.
                    let Some(doc) = &self.doc else { continue };
                    let Some(drawn) = self.drawn.get(&chart) else {
                        self.status = Some(Status::error(format!("Export failed: {reason}")));
                        continue;
                    };
                    eprintln!(
                        "entente: offscreen rendering unavailable ({reason}); cropping the window"
                    );
                    let metadata = crate::export::metadata(chart, &doc.dataset, &self.view);
                    self.exporter
                        .capture(ctx, chart, drawn.visible, target, metadata);
                }
                Outcome::Written(path) => {
                    self.status = Some(Status::info(format!("Saved {}", path.display())));
                }
                Outcome::Failed(e) => {
                    self.status = Some(Status::error(format!("Export failed: {e}")));
                }
            }
        }
    }

    fn chart_title(&self, chart: ChartId) -> String {
        self.doc
            .as_ref()
            .map_or_else(String::new, |d| chart.title(&d.dataset))
    }

    /// The file name proposed: dataset, chart (or "briefing") and date.
    fn proposed_name(&self, chart: ChartId, kind: SaveKind) -> Option<String> {
        if kind == SaveKind::NewDataset {
            return self.new_parties.as_ref().map(super::new_dataset::file_name);
        }
        let doc = self.doc.as_ref()?;
        let stem = doc.source.stem();
        let name = match kind {
            SaveKind::Sheet => export::png_file::file_name(&[&stem, "briefing", &export::today()]),
            _ => crate::export::default_file_name(&stem, chart, &doc.dataset),
        };
        Some(name.replace(".png", &format!(".{}", kind.extensions()[0])))
    }

    /// Asks where to save: with the desktop's dialog, or in the window.
    pub(super) fn ask_path(&mut self, ctx: &egui::Context, chart: ChartId, kind: SaveKind) {
        if self.builtin_dialog {
            self.open_save_dialog(chart, kind);
            return;
        }
        let Some(name) = self.proposed_name(chart, kind) else {
            return;
        };
        let dir = self.state.last_export_dir.clone();
        self.exporter.ask_path(ctx, chart, kind, name, dir);
    }

    /// Opens the in-window save dialog in the last export folder (or the
    /// home folder), with the name the native dialog would propose.
    fn open_save_dialog(&mut self, chart: ChartId, kind: SaveKind) {
        let Some(name) = self.proposed_name(chart, kind) else {
            return;
        };
        let (title, extensions) = (kind.title(), kind.extensions());
        let folder = self
            .state
            .last_export_dir
            .clone()
            .filter(|d| d.is_dir())
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("."));
        self.save_dialog = Some(PendingSave {
            dialog: SaveDialog::new(title, extensions, &folder, name),
            chart,
            kind,
        });
    }

    /// Shows the in-window save dialog, if open, and acts on its answer.
    pub(super) fn show_save_dialog(&mut self, ctx: &egui::Context) {
        let Some(pending) = &mut self.save_dialog else {
            return;
        };
        let Some(action) = pending.dialog.show(ctx) else {
            return;
        };
        let (chart, kind) = (pending.chart, pending.kind);
        self.save_dialog = None;
        match action {
            SaveDialogAction::Save(path) => {
                self.state.last_export_dir = path.parent().map(|p| p.to_path_buf());
                self.commands
                    .push(super::Command::Export(chart, kind.target(path)));
            }
            SaveDialogAction::Cancel => {
                self.status = Some(Status::info("Export cancelled; nothing was written."));
            }
        }
    }
}

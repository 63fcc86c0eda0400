//! Export from the window: a file dialog off the UI thread, a screenshot
//! cropped to the chart (or a 2× offscreen render), and the PNG written
//! atomically on a worker thread. Results come back through a channel and
//! are shown in the status line.

use crate::charts::ChartId;
use crate::export::{self, ExportSpec, Rgba};
use crate::model::Dataset;
use crate::timeline::{TimeView, TimelineIndex};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Where an exported image goes.
#[derive(Clone, Debug, PartialEq)]
pub enum ExportTarget {
    /// Ask with a file dialog.
    Dialog,
    File(PathBuf),
    Clipboard,
}

/// What the export workers report.
pub enum ExportEvent {
    PathChosen(ChartId, PathBuf),
    Cancelled,
    Captured {
        target: ExportTarget,
        image: egui::ColorImage,
        metadata: Vec<(&'static str, String)>,
    },
    Written(PathBuf),
    Copied,
    Failed(String),
}

/// A message in the status line.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// Channels of the export jobs in flight.
pub struct Exporter {
    tx: Sender<ExportEvent>,
    rx: Receiver<ExportEvent>,
    /// Jobs started and not finished (for tests and a busy indicator).
    pub in_flight: usize,
}

impl Default for Exporter {
    fn default() -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            in_flight: 0,
        }
    }
}

impl Exporter {
    pub fn sender(&self) -> Sender<ExportEvent> {
        self.tx.clone()
    }

    pub fn poll(&mut self) -> Vec<ExportEvent> {
        self.rx.try_iter().collect()
    }

    /// Opens a save dialog on a worker thread.
    pub fn ask_path(
        &mut self,
        ctx: &egui::Context,
        chart: ChartId,
        default_name: String,
        dir: Option<PathBuf>,
    ) {
        let tx = self.sender();
        let ctx = ctx.clone();
        self.in_flight += 1;
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new()
                .set_title("Save chart as PNG")
                .add_filter("PNG image", &["png"])
                .set_file_name(default_name);
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            let event = match dialog.save_file() {
                Some(path) => ExportEvent::PathChosen(chart, path),
                None => ExportEvent::Cancelled,
            };
            let _ = tx.send(event);
            ctx.request_repaint();
        });
    }

    /// Screenshots the window and crops to `rect` (points).
    pub fn capture(
        &mut self,
        ctx: &egui::Context,
        rect: egui::Rect,
        target: ExportTarget,
        metadata: Vec<(&'static str, String)>,
    ) {
        let tx = self.sender();
        let repaint = ctx.clone();
        let screen = ctx.content_rect();
        let rect = rect.intersect(screen);
        self.in_flight += 1;
        if !rect.is_positive() {
            let _ = tx.send(ExportEvent::Failed("the chart is not on screen".into()));
            return;
        }
        let ppp = ctx.pixels_per_point();
        ctx.request_screenshot(move |img| {
            // Clamp to the image: region() panics outside it.
            let size = egui::vec2(img.size[0] as f32, img.size[1] as f32) / ppp;
            let r = rect.intersect(egui::Rect::from_min_size(egui::Pos2::ZERO, size));
            let image = img.region(&r, Some(ppp));
            let _ = tx.send(ExportEvent::Captured {
                target,
                image,
                metadata,
            });
            repaint.request_repaint();
        });
        ctx.request_repaint();
    }

    /// Encodes and writes on a worker thread.
    pub fn write(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        image: Rgba,
        metadata: Vec<(&'static str, String)>,
    ) {
        let tx = self.sender();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let event = match export::png_file::save_png(&path, &image, &metadata) {
                Ok(()) => ExportEvent::Written(path),
                Err(e) => ExportEvent::Failed(e.to_string()),
            };
            let _ = tx.send(event);
            ctx.request_repaint();
        });
    }

    /// Renders offscreen at `spec.scale` and writes, on a worker thread.
    pub fn render_and_write(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        dataset: Arc<Dataset>,
        index: Arc<TimelineIndex>,
        spec: ExportSpec,
    ) {
        let tx = self.sender();
        let ctx = ctx.clone();
        self.in_flight += 1;
        std::thread::spawn(move || {
            let result = export::headless::Offscreen::new()
                .map_err(|reason| format!("{}: {reason}", path.display()))
                .and_then(|mut r| {
                    export::export_png(&mut r, &dataset, &index, &spec, &path)
                        .map_err(|e| e.to_string())
                });
            let _ = tx.send(match result {
                Ok(()) => ExportEvent::Written(path),
                Err(e) => ExportEvent::Failed(e),
            });
            ctx.request_repaint();
        });
    }
}

/// The view and size a 2× export renders with.
pub fn spec_for(chart: ChartId, rect: egui::Rect, view: TimeView, dark: bool) -> ExportSpec {
    ExportSpec {
        chart,
        // The offscreen panel keeps an 8-point margin on each side.
        width: rect.width().max(200.0) + 16.0,
        height: rect.height().max(100.0) + 16.0,
        scale: 2.0,
        dark,
        view,
    }
}

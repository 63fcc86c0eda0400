//! Export from the window: the window's state (the chart as wide as on
//! screen, the view, the theme, the layers and toggles) becomes an
//! [`export::Request`], written by [`export::write`] on a worker thread,
//! exactly as the command line writes it. Where no graphics adapter can
//! render offscreen, the chart is cropped from a screenshot of the window
//! instead, and that picture goes through `export::write` too. The steps
//! in flight are counted in one place ([`Exporter::in_flight`]); how each
//! ended is shown in the status line.

use super::background::{Poll, Task};
use super::save_path::SaveAs;
use super::{DrawnChart, EntenteApp, Status};
use crate::charts::ChartId;
use crate::command::ChartExport;
use crate::export::{self, ExportError, Format, Request, Subject, Target, Written};
use std::path::PathBuf;
use std::sync::Arc;

/// How one step of an export ended.
enum Outcome {
    Done {
        written: Written,
        subject: Subject,
    },
    /// The offscreen render could not run: crop the window instead.
    RenderUnavailable {
        request: Request,
        reason: String,
    },
    /// A screenshot of the window, cropped to the chart.
    Captured {
        request: Request,
        image: egui::ColorImage,
    },
    Failed(String),
}

/// The export steps in flight.
#[derive(Default)]
pub(crate) struct Exporter {
    jobs: Vec<Task<Outcome>>,
}

impl Exporter {
    /// Export steps started and not yet ended (captures, renders, writes).
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
                ended.push(Outcome::Failed(crate::tr!("export-stopped")));
                false
            }
        });
        ended
    }

    /// Writes `request` on a worker thread.
    fn start(&mut self, ctx: &egui::Context, request: Request, doc: &crate::document::Document) {
        // The dataset and index are shared, not copied.
        let doc = doc.clone();
        self.jobs.push(Task::spawn(ctx, move |_| {
            match export::write(&request, &doc) {
                Ok(written) => Outcome::Done {
                    written,
                    subject: request.subject,
                },
                Err(ExportError::RenderUnavailable(reason)) => {
                    Outcome::RenderUnavailable { request, reason }
                }
                Err(e) => Outcome::Failed(e.to_string()),
            }
        }));
    }

    /// Screenshots the window and crops to `rect` (points).
    fn capture(&mut self, ctx: &egui::Context, rect: egui::Rect, request: Request) {
        let (task, reporter) = Task::channel(ctx);
        self.jobs.push(task);
        let rect = rect.intersect(ctx.content_rect());
        if !rect.is_positive() {
            reporter.finish(Outcome::Failed(crate::tr!("export-not-on-screen")));
            return;
        }
        let ppp = ctx.pixels_per_point();
        ctx.request_screenshot(move |img| {
            // Clamp to the image: region() panics outside it.
            let size = egui::vec2(img.size[0] as f32, img.size[1] as f32) / ppp;
            let r = rect.intersect(egui::Rect::from_min_size(egui::Pos2::ZERO, size));
            reporter.finish(Outcome::Captured {
                request,
                image: img.region(&r, Some(ppp)),
            });
        });
        ctx.request_repaint();
    }
}

impl EntenteApp {
    /// A chart's Save image…, Copy image or Save data…: ask where, or copy.
    pub(super) fn export_chart(&mut self, ctx: &egui::Context, chart: ChartId, how: ChartExport) {
        match how {
            ChartExport::SaveImage => self.ask_path(ctx, SaveAs::Image(chart)),
            ChartExport::SaveData => self.ask_path(ctx, SaveAs::Data(chart)),
            ChartExport::CopyImage => {
                let subject = Subject::Chart(chart);
                if let Some(r) = self.request(ctx, subject, Format::Png, Target::Image) {
                    self.start_request(ctx, r);
                }
            }
        }
    }

    /// Saves `what` (not a new dataset) into `path`, as its extension says.
    pub(super) fn export_to(&mut self, ctx: &egui::Context, what: SaveAs, path: PathBuf) {
        let (subject, format) = match what {
            SaveAs::Image(c) => {
                let format = match Format::of_path(&path, &Subject::Chart(c)) {
                    Some(f @ (Format::Svg | Format::Pdf)) => f,
                    _ => Format::Png,
                };
                (Subject::Chart(c), format)
            }
            SaveAs::Data(c) => (Subject::Chart(c), Format::Csv),
            SaveAs::Sheet => {
                let subject = Subject::Sheet(export::sheet::Paper::A4);
                let format = Format::of_path(&path, &subject).unwrap_or(Format::Pdf);
                (subject, format)
            }
            SaveAs::NewDataset(..) => return,
        };
        if let Some(r) = self.request(ctx, subject, format, Target::File(path)) {
            self.start_request(ctx, r);
        }
    }

    /// The request the window makes for `subject`: a chart as wide as on
    /// screen, at the screen's resolution or 2×, with the view, theme and
    /// layers shown; `None` (and a message) when the chart is not drawn.
    fn request(
        &mut self,
        ctx: &egui::Context,
        subject: Subject,
        format: Format,
        target: Target,
    ) -> Option<Request> {
        let sheet = matches!(subject, Subject::Sheet(_));
        let width = match &subject {
            Subject::Chart(chart) => {
                let Some(DrawnChart { rect, .. }) = self.drawn.get(chart) else {
                    self.status = Some(Status::error(crate::tr!("export-not-on-screen")));
                    return None;
                };
                // The offscreen panel keeps an 8-point margin on each side.
                rect.width().max(200.0) + 16.0
            }
            _ => export::DEFAULT_WIDTH,
        };
        let mut r = Request::new(subject, format, target, self.view);
        r.width = width;
        r.scale = match format {
            Format::Png if self.state.export_2x => 2.0,
            Format::Png => ctx.pixels_per_point(),
            _ => 1.0,
        };
        r.dark = self.state.dark_mode;
        r.layers = export::Layers {
            markers: self.state.show_event_lines,
            eras: self.state.show_eras,
            // The sheet always says what it shows and where it comes from.
            caption: sheet || self.state.export_caption,
        };
        Some(r)
    }

    fn start_request(&mut self, ctx: &egui::Context, request: Request) {
        if let Some(doc) = &self.doc {
            self.exporter.start(ctx, request, doc);
        }
    }

    /// Handles the export steps that ended.
    pub(super) fn poll_exports(&mut self, ctx: &egui::Context) {
        for outcome in self.exporter.poll() {
            match outcome {
                Outcome::Done {
                    written: Written::File { path, .. },
                    ..
                } => {
                    self.status = Some(Status::info(crate::tr!(
                        "status-saved",
                        path = path.display().to_string()
                    )));
                }
                Outcome::Done {
                    written: Written::Image(image),
                    subject,
                } => {
                    ctx.copy_image(egui::ColorImage::from_rgba_unmultiplied(
                        [image.width as usize, image.height as usize],
                        &image.pixels,
                    ));
                    let title = match subject {
                        Subject::Chart(c) => self.chart_title(c),
                        _ => String::new(),
                    };
                    self.status = Some(Status::info(crate::tr!(
                        "status-copied",
                        title = title.to_string()
                    )));
                }
                Outcome::RenderUnavailable { request, reason } => {
                    self.crop_instead(ctx, request, &reason);
                }
                Outcome::Captured { request, image } => self.captured(ctx, request, image),
                Outcome::Failed(e) => {
                    self.status = Some(Status::error(crate::tr!(
                        "status-export-failed",
                        reason = e.to_string()
                    )));
                }
            }
        }
    }

    /// Where nothing renders offscreen: crops the chart from the window
    /// (no caption, the screen's size).
    fn crop_instead(&mut self, ctx: &egui::Context, request: Request, reason: &str) {
        let Subject::Chart(chart) = &request.subject else {
            self.status = Some(Status::error(crate::tr!(
                "status-export-failed",
                reason = reason.to_string()
            )));
            return;
        };
        let Some(drawn) = self.drawn.get(chart) else {
            self.status = Some(Status::error(crate::tr!(
                "status-export-failed",
                reason = reason.to_string()
            )));
            return;
        };
        eprintln!("entente: offscreen rendering unavailable ({reason}); cropping the window");
        self.exporter.capture(ctx, drawn.visible, request);
    }

    /// A crop of the window: copied, or written through `export::write`.
    fn captured(&mut self, ctx: &egui::Context, request: Request, image: egui::ColorImage) {
        let Subject::Chart(chart) = &request.subject else {
            return;
        };
        match request.target {
            Target::Image => {
                ctx.copy_image(image);
                self.status = Some(Status::info(crate::tr!(
                    "status-copied-cropped",
                    title = self.chart_title(*chart)
                )));
            }
            Target::File(_) => {
                let picture = Arc::new(export::Rgba::from_color_image(&image));
                let request = Request {
                    subject: Subject::Captured(*chart, picture),
                    format: Format::Png,
                    ..request
                };
                self.start_request(ctx, request);
            }
        }
    }

    fn chart_title(&self, chart: ChartId) -> String {
        self.doc
            .as_ref()
            .map_or_else(String::new, |d| chart.title(&d.dataset))
    }
}

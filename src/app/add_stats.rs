//! File ▸ Add statistics… (and a statistics file dropped on an open
//! dataset): the file is read on a worker thread for the dataset's two
//! parties, what would be added is shown (series, years, figures, rows
//! skipped), and on confirmation it is written into the dataset's file
//! (`stats::into`, atomically), which is then read again.

use super::background::{Poll, Task};
use super::{EntenteApp, Status};
use crate::document::DataSource;
use crate::load::LoadError;
use crate::open::{Opened, Options};
use crate::stats::into::{self, Refused};
use std::path::{Path, PathBuf};

/// The steps of adding a file.
pub(crate) enum AddStats {
    /// The file dialog is open.
    Choosing(Task<Option<PathBuf>>),
    /// The file is being read.
    Reading {
        path: PathBuf,
        task: Task<Result<Opened, LoadError>, f32>,
    },
    /// Read: what it would add, waiting for the user.
    Ready {
        path: PathBuf,
        opened: Box<Result<Opened, LoadError>>,
        refused: Option<String>,
    },
}

/// The dataset file statistics can be added to: the open file, when it
/// is an Entente dataset of two parties.
fn target(app: &EntenteApp) -> Option<(PathBuf, (String, String))> {
    let doc = app.doc.as_ref()?;
    let DataSource::File(path) = &doc.source else {
        return None;
    };
    let native = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    let (a, b) = doc.dataset.parties.clone();
    (native && !a.is_empty() && !b.is_empty()).then(|| (path.clone(), (a, b)))
}

impl EntenteApp {
    /// File ▸ Add statistics…: the file dialog, on a worker thread.
    pub(crate) fn ask_add_statistics(&mut self, ctx: &egui::Context) {
        if target(self).is_none() {
            self.status = Some(Status::error(crate::tr!("stats-need-dataset")));
            return;
        }
        self.add_stats = Some(AddStats::Choosing(Task::spawn(ctx, |_| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("stats-dialog-title"))
                .add_filter("CSV", &["csv"])
                .pick_file()
        })));
    }

    /// Reads `path` for the open dataset's parties, then shows what it adds.
    pub(crate) fn add_statistics(&mut self, ctx: &egui::Context, path: PathBuf) {
        let Some((_, parties)) = target(self) else {
            self.status = Some(Status::error(crate::tr!("stats-need-dataset")));
            return;
        };
        let file = path.clone();
        let task = Task::spawn(ctx, move |reporter| {
            let options = Options {
                parties: Some(parties),
                ..Default::default()
            };
            crate::open::open_with(&file, &options, &|p| {
                if let crate::open::Progress::ReadingAndParsing { done, total } = p {
                    reporter.progress(done as f32 / total.max(1) as f32);
                }
            })
        });
        self.add_stats = Some(AddStats::Reading { path, task });
    }

    /// Whether a dropped file is statistics to add to the open dataset.
    pub(super) fn adds_to_dataset(&self, path: &Path) -> bool {
        target(self).is_some()
            && matches!(
                crate::open::format_of(path),
                Ok(crate::open::Format::Statistics)
            )
    }

    /// Polls the dialog and the reading; shows the window.
    pub(super) fn show_add_statistics(&mut self, ctx: &egui::Context) {
        match self.add_stats.take() {
            Some(AddStats::Choosing(mut task)) => match task.poll() {
                Poll::Running => self.add_stats = Some(AddStats::Choosing(task)),
                Poll::Done(Some(path)) => self.add_statistics(ctx, path),
                Poll::Done(None) | Poll::Lost => {}
            },
            Some(AddStats::Reading { path, mut task }) => match task.poll() {
                Poll::Running => {
                    let done = task.progress().copied().unwrap_or(0.0);
                    self.add_stats = Some(AddStats::Reading {
                        path: path.clone(),
                        task,
                    });
                    egui::Window::new(crate::tr!("add-stats-add-statistics"))
                        .collapsible(false)
                        .resizable(false)
                        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
                        .show(ctx, |ui| {
                            ui.set_width(560.0);
                            ui.horizontal(|ui| {
                                ui.spinner();
                                ui.label(crate::tr!(
                                    "stats-reading",
                                    path = path.display().to_string()
                                ));
                            });
                            ui.add(egui::ProgressBar::new(done).show_percentage());
                        });
                }
                Poll::Done(opened) => {
                    self.add_stats = Some(AddStats::Ready {
                        path,
                        opened: Box::new(opened),
                        refused: None,
                    })
                }
                Poll::Lost => {
                    self.status = Some(Status::error(crate::tr!("stats-reading-stopped")))
                }
            },
            Some(AddStats::Ready {
                path,
                opened,
                refused,
            }) => self.show_ready(ctx, path, opened, refused),
            None => {}
        }
    }

    fn show_ready(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        opened: Box<Result<Opened, LoadError>>,
        refused: Option<String>,
    ) {
        let Some((target_path, _)) = target(self) else {
            return;
        };
        let mut choice = None;
        let mut open = true;
        egui::Window::new(crate::tr!("add-stats-add-statistics"))
            .collapsible(false)
            .resizable(false)
            .open(&mut open)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.set_width(560.0);
                choice = preview(ui, &path, &target_path, &opened, refused.as_deref());
            });
        match choice {
            _ if !open => {}
            Some(Choice::Cancel) => {}
            Some(Choice::Add { replace }) => {
                if let Ok(o) = opened.as_ref() {
                    match self.write_statistics(ctx, &path, &target_path, o, replace) {
                        Ok(()) => {}
                        Err(why) => {
                            self.add_stats = Some(AddStats::Ready {
                                path,
                                opened,
                                refused: Some(why),
                            })
                        }
                    }
                }
            }
            None => {
                self.add_stats = Some(AddStats::Ready {
                    path,
                    opened,
                    refused,
                })
            }
        }
    }

    /// Writes the records into the dataset's file and reads it again.
    fn write_statistics(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        target: &Path,
        opened: &Opened,
        replace: bool,
    ) -> Result<(), String> {
        let text = std::fs::read(target)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| crate::tr!("not-utf8", path = target.display().to_string()))?;
        let from = format!(
            "{} ({})",
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().to_string()),
            opened
                .statistics
                .as_ref()
                .map_or("statistics", |(p, _)| p.label())
        );
        let added = match into::add(&text, &opened.loaded.dataset, &from, replace) {
            Ok(a) => a,
            Err(Refused::Why(why)) => return Err(why),
            Err(Refused::Invalid(e)) => {
                return Err(crate::tr!(
                    "stats-would-fail-check",
                    problem = e.diagnostics.first().map_or("", |d| d.message.as_str())
                ));
            }
        };
        crate::fs::write_atomic(target, added.text.as_bytes()).map_err(|e| e.to_string())?;
        self.status = Some(Status::info(crate::tr!(
            "stats-added",
            series = added.series,
            figures = added.figures,
            indicators = added.indicators,
            from = path.display().to_string(),
            to = target.display().to_string()
        )));
        self.open(ctx, DataSource::File(target.to_path_buf()));
        Ok(())
    }
}

enum Choice {
    Add { replace: bool },
    Cancel,
}

/// What the file would add, its problems, and the buttons.
fn preview(
    ui: &mut egui::Ui,
    path: &Path,
    target: &Path,
    opened: &Result<Opened, LoadError>,
    refused: Option<&str>,
) -> Option<Choice> {
    let mut choice = None;
    ui.label(crate::tr!("stats-from", path = path.display().to_string()));
    match opened {
        Err(e) => {
            ui.colored_label(ui.visuals().error_fg_color, crate::tr!("stats-has-errors"));
            for d in e.diagnostics.iter().take(8) {
                ui.label(crate::tr!(
                    "stats-line-column",
                    line = d.line,
                    col = d.col,
                    message = d.message.clone()
                ));
            }
        }
        Ok(o) => {
            if let Some((_, summary)) = &o.statistics {
                ui.weak(summary);
            }
            ui.add_space(4.0);
            let ds = &o.loaded.dataset;
            for s in &ds.trade {
                let first = s
                    .observations
                    .first()
                    .map_or(String::new(), |o| o.period.clone());
                let last = s
                    .observations
                    .last()
                    .map_or(String::new(), |o| o.period.clone());
                let products = if s.products.is_empty() {
                    String::new()
                } else {
                    crate::tr!("stats-product-figures", n = s.products.len())
                };
                ui.label(crate::tr!(
                    "stats-series",
                    id = s.id.clone(),
                    label = s.reporter_label.to_string(),
                    first = first,
                    last = last,
                    n = s.observations.len(),
                    products = products
                ));
            }
            for i in &ds.indicators {
                ui.label(crate::tr!(
                    "stats-indicator-line",
                    id = i.id.clone(),
                    label = i.label.to_string(),
                    values = i.earlier.len() + 1
                ));
            }
            for w in o.loaded.warnings.iter().take(5) {
                ui.weak(crate::tr!(
                    "stats-line",
                    line = w.line,
                    message = w.message.clone()
                ));
            }
        }
    }
    if let Some(why) = refused {
        ui.colored_label(ui.visuals().error_fg_color, why);
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let can = opened.as_ref().is_ok_and(|o| {
            !o.loaded.dataset.trade.is_empty() || !o.loaded.dataset.indicators.is_empty()
        });
        let name = target
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().to_string());
        if ui
            .add_enabled(
                can,
                egui::Button::new(crate::tr!("stats-add-to", name = name.clone())),
            )
            .clicked()
        {
            choice = Some(Choice::Add { replace: false });
        }
        if refused.is_some_and(|r| r.contains("already has"))
            && ui.button(crate::tr!("add-stats-replace-them")).clicked()
        {
            choice = Some(Choice::Add { replace: true });
        }
        if ui.button(crate::tr!("save-dialog-cancel")).clicked() {
            choice = Some(Choice::Cancel);
        }
    });
    choice
}

//! Files: opening (command line, File ▸ Open, recent files, drag and drop),
//! loading off the UI thread, watching the file the user asked for, and
//! reloading it.
//!
//! One state says where the data the user asked for is ([`Load`]): being
//! loaded, or ended. What is shown is apart: a failed load keeps the last
//! good document on screen, while Reload and the file watch follow the file
//! the user asked for, not the one still shown.

mod loading;
mod reselect;
pub(super) mod watch;

pub(crate) use loading::Stage;

use super::background::{Poll, Task};
use super::{EntenteApp, Status};
use crate::document::spill::spill_from_events;
use crate::document::{DataSource, Document};
use crate::load;
use crate::panels::diagnostics::FileProblems;
use reselect::Selected;
use std::path::{Path, PathBuf};

/// The data the user asked for last, and how far it is.
pub(crate) enum Load {
    /// Being read, parsed and indexed on a worker thread.
    Running(loading::Loading),
    /// The load ended: shown if it succeeded, in the diagnostics if not.
    Ended(DataSource),
}

impl Load {
    /// The source the user asked for.
    pub(crate) fn source(&self) -> &DataSource {
        match self {
            Self::Running(l) => &l.source,
            Self::Ended(source) => source,
        }
    }

    /// The events a running load has read so far.
    pub(crate) fn density(&self) -> Option<crate::load::Density> {
        match self {
            Self::Running(l) => Some(l.preview.density()),
            Self::Ended(_) => None,
        }
    }

    /// Is the file of the data shown being read again, that data set
    /// aside meanwhile?
    pub(crate) fn rereading(&self) -> bool {
        matches!(self, Self::Running(l) if l.reselect.is_some())
    }

    /// Where a running load is.
    pub(crate) fn stage(&self) -> Option<Stage> {
        match self {
            Self::Running(l) => Some(l.stage()),
            Self::Ended(_) => None,
        }
    }
}

/// The watch on one file. A folder that cannot be watched is reported once,
/// not retried every frame: `watch` is then `None`.
pub(crate) struct Watching {
    pub(crate) path: PathBuf,
    watch: Option<watch::FileWatch>,
}

impl EntenteApp {
    /// Is a file being loaded?
    pub fn is_loading(&self) -> bool {
        matches!(self.load, Load::Running(_))
    }

    /// Loads `source`: the bundled data at once, a file on a worker thread.
    /// On failure the data shown stays and the problems are listed.
    pub(crate) fn open(&mut self, ctx: &egui::Context, source: DataSource) {
        match source {
            DataSource::File(_) => {
                // A large dataset read again is set aside while its file is
                // read: the preview of the new one is shown meanwhile.
                let kept = self
                    .doc
                    .take_if(|d| {
                        d.source == source && d.dataset.events.len() >= spill_from_events()
                    })
                    .map(|d| {
                        let sel = Selected::of(&d.dataset, self.selection);
                        (d, sel)
                    });
                let loading =
                    loading::Loading::start(ctx, source, self.state.filters.clone(), kept);
                // A load already running is dropped: its result is ignored.
                self.load = Load::Running(loading);
            }
            DataSource::Bundled | DataSource::Memory { .. } => {
                let outcome = loading::load(source.clone(), &self.state.filters, &|_| {}, None);
                self.load = Load::Ended(source.clone());
                self.finish_load(source, outcome);
            }
        }
    }

    /// Reads the file the user asked for last again (a memory dataset has
    /// nothing to read).
    pub(crate) fn reload(&mut self, ctx: &egui::Context) {
        let source = self.load.source().clone();
        if !matches!(source, DataSource::Memory { .. }) {
            self.open(ctx, source);
        }
    }

    /// Opens the file dialog on a worker thread.
    pub(crate) fn ask_open(&mut self, ctx: &egui::Context) {
        let dir = self
            .state
            .recent
            .first()
            .and_then(|p| Path::new(p).parent().map(Path::to_path_buf));
        self.open_dialog = Some(Task::spawn(ctx, move |_| {
            let mut dialog = rfd::FileDialog::new()
                .set_title(crate::tr!("open-title"))
                .add_filter(
                    crate::tr!("open-filter-all"),
                    &crate::open::Format::EXTENSIONS,
                )
                .add_filter(crate::tr!("open-filter-entente"), &["ron"])
                .add_filter(crate::tr!("open-filter-timelinejs"), &["json", "csv"]);
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            dialog.pick_file()
        }));
    }

    /// The load, the file watch, dropped files and the Open dialog.
    pub(super) fn poll_files(&mut self, ctx: &egui::Context) {
        if let Load::Running(l) = &mut self.load {
            match l.task.poll() {
                Poll::Running => {}
                Poll::Done(finished) => {
                    let source = l.source.clone();
                    let reselect = l.reselect.take();
                    self.load = Load::Ended(source.clone());
                    let loading::Finished { outcome, restored } = *finished;
                    if let Some(doc) = restored {
                        self.doc = Some(doc);
                    }
                    self.finish_load_with(source, outcome, reselect.as_ref());
                }
                Poll::Lost => {
                    let source = l.source.clone();
                    self.load = Load::Ended(source.clone());
                    let lost = std::io::Error::other(crate::tr!("loading-stopped"));
                    self.finish_load(source, Err(load::LoadError::unreadable(&lost)));
                }
            }
        }
        self.follow_with_watch(ctx);
        self.follow_layers(ctx);
        self.poll_layers(ctx);
        self.poll_layer_dialog(ctx);
        let changed = self
            .watching
            .as_mut()
            .and_then(|w| w.watch.as_mut())
            .is_some_and(watch::FileWatch::changed);
        if changed {
            self.reload(ctx);
        }
        for f in ctx.input(|i| i.raw.dropped_files.clone()) {
            let p = f.path().to_path_buf();
            if p.as_os_str().is_empty() {
                continue;
            }
            // Refused at once when it is of no kind Entente reads; a file
            // of a known kind opens (and its problems are listed).
            match crate::open::format_of(&p) {
                Ok(_) if self.adds_to_dataset(&p) => self.add_statistics(ctx, p),
                Ok(_) if self.is_layer_file(&p) => self.add_layer(ctx, p),
                Ok(_) => self.open(ctx, DataSource::File(p)),
                Err(e) => {
                    let why = e.diagnostics.first().map_or("", |d| d.message.as_str());
                    self.status = Some(Status::error(format!("{}: {why}", p.display())));
                }
            }
        }
        if let Some(task) = &mut self.open_dialog {
            match task.poll() {
                Poll::Running => {}
                Poll::Done(choice) => {
                    self.open_dialog = None;
                    if let Some(path) = choice {
                        self.open(ctx, DataSource::File(path));
                    }
                }
                Poll::Lost => {
                    self.open_dialog = None;
                    self.status = Some(Status::error(crate::tr!("open-dialog-lost")));
                }
            }
        }
    }

    /// Watches the file the user asked for (none for other sources).
    fn follow_with_watch(&mut self, ctx: &egui::Context) {
        let wanted = self.load.source().path();
        if self.watching.as_ref().map(|w| w.path.as_path()) == wanted {
            return;
        }
        self.watching = wanted.map(Path::to_path_buf).map(|path| {
            let watch = match watch::FileWatch::new(ctx, &path) {
                Ok(w) => Some(w),
                Err(e) => {
                    self.status = Some(Status::error(crate::tr!(
                        "watch-failed",
                        path = path.display().to_string(),
                        error = e.to_string()
                    )));
                    None
                }
            };
            Watching { path, watch }
        });
    }

    /// Shows a loaded document, or lists the errors and keeps what is shown.
    pub(super) fn finish_load(&mut self, source: DataSource, outcome: loading::Outcome) {
        self.finish_load_with(source, outcome, None);
    }

    /// As [`Self::finish_load`]; `reselect` is the selection to find again
    /// when the data shown was set aside for a reload of its file.
    fn finish_load_with(
        &mut self,
        source: DataSource,
        outcome: loading::Outcome,
        reselect: Option<&Selected>,
    ) {
        let name = source.display_name();
        let (mut doc, warnings) = match outcome {
            Ok(loaded) => loaded,
            Err(err) => {
                if self.doc.is_none() {
                    self.selection = crate::document::Selection::None;
                }
                // Also on the terminal the window was started from.
                eprint!("{}", load::render(&name, &err.diagnostics));
                self.problems = Some(FileProblems {
                    path: name,
                    diagnostics: err.diagnostics,
                    failed: true,
                });
                return;
            }
        };
        self.problems = (!warnings.is_empty()).then_some(FileProblems {
            path: name,
            diagnostics: warnings,
            failed: false,
        });
        let source_key = doc.source.path().map(|p| p.display().to_string());
        crate::model::lang::set_default(doc.dataset.default_language());
        crate::model::lang::set_display(self.state.display_language.as_deref());
        if self.state.display_language.is_some() {
            // The lanes were named on the loading thread: name them again.
            doc.relabel(&self.state.filters);
        }
        if let Some(sel) = reselect {
            // The same file again, its old data set aside: the same.
            self.selection = sel.resolve(&doc.dataset);
        } else if self.doc.as_ref().is_some_and(|d| d.source == source) {
            // The same file again: keep the view, and the selection by id.
            self.selection = self.reselect(&doc);
        } else {
            // Start on the saved view of the same file when it shows
            // something; otherwise fit all.
            let first = self.doc.is_none();
            let saved = self.state.view.filter(|v| {
                first && self.state.last_file == source_key && doc.shows_any(v.start, v.end)
            });
            self.view = saved.unwrap_or_else(|| super::fit_view(&doc));
            self.selection = crate::document::Selection::None;
        }
        if let Some(path) = doc.source.path() {
            self.state.last_file = source_key;
            self.state.remember_recent(path);
        } else if doc.source == DataSource::Bundled {
            self.state.last_file = None;
        }
        if let Some(old) = self.doc.replace(doc) {
            // A large dataset takes a while to free: off the UI thread,
            // then the memory goes back to the system.
            std::thread::spawn(move || {
                drop(old);
                load::release_freed_memory();
            });
        }
    }

    /// The selection carried over to a new version of the same file: the
    /// same event by id, the same figure if it still exists.
    fn reselect(&self, new: &Document) -> crate::document::Selection {
        self.doc
            .as_ref()
            .map_or(Selected::None, |d| Selected::of(&d.dataset, self.selection))
            .resolve(&new.dataset)
    }
}

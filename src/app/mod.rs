//! The application: the window's state and `impl eframe::App`, which stays
//! thin. A frame lays out the panels (`ui`), which queue what the user asked
//! for as commands (`command`); after the layout, `command_handling` reads
//! the keyboard and runs the queue, `files` polls loads, the file watch and
//! the Open dialog, `save_path` asks where to save (for exports and new
//! datasets alike), and `exporting` turns the window's state into export
//! requests and polls them. Work off the UI thread goes through one helper
//! (`background`). State that survives a restart is
//! `state::PersistedState`; everything else here is runtime state. What
//! tests read of the app (`inspect`) is compiled for tests only (the
//! `testing` feature).

mod add_stats;
mod background;
mod command;
mod command_handling;
mod exporting;
mod files;
#[cfg(any(test, feature = "testing"))]
mod inspect;
mod layers;
mod promote;
#[cfg(any(test, feature = "testing"))]
pub use inspect::set_spill_from_events;
mod new_dataset;
mod save_path;
mod split;
mod state;
mod ui;

pub use command::Command;
pub use save_path::SaveAs;
pub use state::PersistedState;

use crate::charts::ChartId;
use crate::document::{DataSource, Document, Selection};
use crate::model::Dataset;
use crate::panels::diagnostics::FileProblems;
use crate::timeline::{TimeView, Timeline};
use std::collections::HashMap;

/// A message in the status line.
#[derive(Clone, Debug, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

impl Status {
    pub(crate) fn info(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: false,
        }
    }

    pub(crate) fn error(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            error: true,
        }
    }
}

/// Where a chart (or the timeline) was drawn this frame.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DrawnChart {
    /// The whole chart, title to axis labels.
    rect: egui::Rect,
    /// The part of it visible in its scroll area (may be empty).
    visible: egui::Rect,
    /// Where its text labels were drawn.
    labels: Vec<egui::Rect>,
}

/// The whole application.
pub struct EntenteApp {
    state: PersistedState,
    /// The data shown (the last load that succeeded).
    doc: Option<Document>,
    /// The data the user asked for last, loading or loaded.
    load: files::Load,
    /// The watch on the file the user asked for.
    watching: Option<files::Watching>,
    /// An Open dialog running on a worker thread.
    open_dialog: Option<background::Task<Option<std::path::PathBuf>>>,
    /// Problems of the last load (errors, or warnings of a good file).
    problems: Option<FileProblems>,
    view: TimeView,
    selection: Selection,
    /// A chart period under the pointer this frame, drawn on the timeline.
    hover_span: Option<(f64, f64)>,
    /// Whether the warnings of a good file are listed (errors always are).
    show_warnings: bool,
    timeline: Timeline,
    /// Where the detail panel was drawn last frame.
    details_rect: Option<egui::Rect>,
    /// Where each chart was drawn this frame (S/C and screenshots).
    drawn: HashMap<ChartId, DrawnChart>,
    exporter: exporting::Exporter,
    /// The save dialogs open.
    save_paths: save_path::SavePaths,
    status: Option<Status>,
    commands: Vec<Command>,
    /// The lane the last up/down step went to.
    lane_cursor: Option<usize>,
    /// File ▸ New dataset…: the form that asks for the parties.
    new_dataset: Option<new_dataset::NewDataset>,
    /// File ▸ Add statistics…: the file chosen, read, shown.
    add_stats: Option<add_stats::AddStats>,
    /// The layers beside the dataset.
    layers: Vec<layers::AppLayer>,
    /// File ▸ Add layer…'s dialog.
    layer_dialog: Option<background::Task<Option<std::path::PathBuf>>>,
    /// Layers asked for on the command line, added once a dataset is shown.
    pending_layers: Vec<std::path::PathBuf>,
    /// The dataset the layers were last merged with, and its file.
    layered: Option<std::sync::Arc<crate::model::Dataset>>,
    layers_source: Option<std::path::PathBuf>,
    /// "Add to dataset…" of a layer event.
    promote_form: Option<promote::PromoteForm>,
    /// The id of an event to select once the dataset is read again.
    select_after_load: Option<String>,
}

impl EntenteApp {
    /// Creates the app and loads `source`. With a storage, restores the
    /// persisted state; a corrupt entry is ignored and defaults are used.
    pub fn new(cc: &eframe::CreationContext<'_>, source: DataSource) -> Self {
        let state = PersistedState::restore(cc.storage);
        Self::with_state(&cc.egui_ctx, source, state)
    }

    /// Creates the app with `state` and loads `source`.
    pub fn with_state(ctx: &egui::Context, source: DataSource, state: PersistedState) -> Self {
        let mut app = Self::empty(ctx, source.clone(), state);
        app.open(ctx, source);
        app
    }

    /// An app showing nothing yet, about to show `source`.
    fn empty(ctx: &egui::Context, source: DataSource, state: PersistedState) -> Self {
        crate::theme::install_fonts(ctx);
        crate::theme::apply(ctx, state.dark_mode);
        crate::i18n::set_ui_language(
            state
                .ui_language
                .unwrap_or_else(crate::i18n::UiLang::of_system),
        );
        Self {
            state,
            doc: None,
            load: files::Load::Ended(source),
            watching: None,
            open_dialog: None,
            problems: None,
            view: TimeView::default(),
            selection: Selection::None,
            hover_span: None,
            show_warnings: false,
            timeline: Timeline::default(),
            drawn: HashMap::new(),
            details_rect: None,
            exporter: exporting::Exporter::default(),
            save_paths: save_path::SavePaths::new(
                std::env::var("ENTENTE_FILE_DIALOG").is_ok_and(|v| v == "builtin"),
            ),
            status: None,
            commands: Vec::new(),
            lane_cursor: None,
            new_dataset: None,
            add_stats: None,
            layers: Vec::new(),
            layer_dialog: None,
            pending_layers: Vec::new(),
            layered: None,
            layers_source: None,
            promote_form: None,
            select_after_load: None,
        }
    }

    /// An app showing `dataset` (already checked), built in memory by
    /// benchmarks and tests: shown as `name`, never watched, never in the
    /// recent files.
    pub fn with_dataset(ctx: &egui::Context, name: &str, dataset: Dataset) -> Self {
        let source = DataSource::Memory {
            name: name.to_string(),
        };
        let mut app = Self::empty(ctx, source.clone(), PersistedState::default());
        let doc = Document::new(source.clone(), dataset, &app.state.filters);
        app.finish_load(source, Ok((doc, Vec::new())));
        app
    }

    /// One frame: the layout, then the keyboard, the background work and the
    /// commands. This is all `eframe::App::ui` does.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        self.show(ui);
        let ctx = ui.ctx().clone();
        self.keyboard(&ctx);
        self.poll_files(&ctx);
        self.poll_save_paths();
        self.poll_exports(&ctx);
        self.run_commands(&ctx);
    }

    /// Queues a command, as a click or a key would.
    pub fn push(&mut self, command: impl Into<Command>) {
        self.commands.push(command.into());
    }
}

/// The view that shows every shown event of `doc`.
fn fit_view(doc: &Document) -> TimeView {
    doc.extent()
        .map_or_else(TimeView::default, |(a, b)| TimeView::fit(a, b))
}

impl eframe::App for EntenteApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.state.view = Some(self.view);
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}

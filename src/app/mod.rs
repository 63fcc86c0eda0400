//! The application: loads a dataset, holds state, lays out the panels and
//! runs the commands they return. `impl eframe::App` stays thin.

pub mod command;
pub mod exporting;
pub mod loading;
pub mod state;
pub mod watch;

pub use command::Command;
pub use state::PersistedState;

use crate::charts::{self, ChartAction, ChartContext, ChartId, FigureRef};
use crate::load::{self, Severity};
use crate::model::{Dataset, EventKind};
use crate::panels::details::{self, DetailAction};
use crate::panels::diagnostics::{self, FileProblems};
use crate::panels::filters;
use crate::timeline::widget::TimelineInput;
use crate::timeline::{TimeView, Timeline, TimelineAction, TimelineIndex};
use egui::{Key, Modifiers};
use exporting::{ExportEvent, ExportTarget, Exporter, Status};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Where the data comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum DataSource {
    /// The Kazakhstan–France dataset embedded in the binary.
    Bundled,
    File(PathBuf),
}

impl DataSource {
    pub fn display_name(&self) -> String {
        match self {
            Self::Bundled => crate::BUNDLED_NAME.to_string(),
            Self::File(p) => p.display().to_string(),
        }
    }

    /// Reads and validates the data.
    pub fn load(&self) -> Result<load::Loaded, load::LoadError> {
        match self {
            Self::Bundled => load::load_str(crate::BUNDLED_DATA),
            Self::File(p) => load::load_file(p),
        }
    }
}

/// A loaded dataset and what is derived from it.
pub struct Document {
    pub source: DataSource,
    pub dataset: Arc<Dataset>,
    /// The events the filters let through, indexed for the timeline.
    pub index: Arc<TimelineIndex>,
    /// Kinds that have events, in lane order.
    pub kinds: Vec<EventKind>,
    /// Every event in time order, sorted once at load.
    pub by_time: Vec<u32>,
}

impl Document {
    pub fn new(source: DataSource, dataset: Dataset, filters: &filters::Filters) -> Self {
        let mut kinds: Vec<EventKind> = dataset.events.iter().map(|e| e.kind).collect();
        kinds.sort();
        kinds.dedup();
        let by_time = crate::timeline::layout::time_order(&dataset);
        let mut doc = Self {
            source,
            dataset: Arc::new(dataset),
            index: Arc::default(),
            kinds,
            by_time,
        };
        doc.apply_filters(filters);
        doc
    }

    pub fn apply_filters(&mut self, filters: &filters::Filters) {
        let compiled = filters.compile();
        let ds = &self.dataset;
        self.index = Arc::new(TimelineIndex::build(ds, |i| {
            compiled.matches(&ds.events[i])
        }));
    }

    /// Does `view` show at least one of the shown events?
    pub fn shows_any(&self, view: &TimeView) -> bool {
        self.index.lanes.iter().any(|lane| {
            let lo = lane
                .starts
                .partition_point(|&s| s < view.start - lane.max_len);
            let hi = lane.starts.partition_point(|&s| s < view.end);
            (lo..hi).any(|i| lane.ends[i] > view.start)
        })
    }

    /// The view that shows every event of the dataset.
    pub fn fit_all(&self) -> TimeView {
        let all = self.dataset.events.iter().map(|e| e.when.span_days());
        let (a, b) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), (s, t)| {
            (a.min(s), b.max(t))
        });
        match self.index.extent.or((a < b).then_some((a, b))) {
            Some((a, b)) => TimeView::fit(a, b),
            None => TimeView::default(),
        }
    }
}

/// The whole application.
pub struct EntenteApp {
    pub state: PersistedState,
    pub doc: Option<Document>,
    /// Problems of the last load (errors, or warnings of a good file).
    pub problems: Option<FileProblems>,
    pub view: TimeView,
    pub selected: Option<usize>,
    pub selected_figure: Option<FigureRef>,
    /// A chart period under the pointer (last frame), shown on the timeline.
    pub hover_span: Option<(f64, f64)>,
    /// Whether the warnings of a good file are listed (errors always are).
    pub show_warnings: bool,
    pub timeline: Timeline,
    /// Where each chart was drawn last frame (for screenshots).
    pub chart_rects: HashMap<ChartId, egui::Rect>,
    pub exporter: Exporter,
    pub status: Option<Status>,
    /// A load running on a worker thread.
    pub loading: Option<loading::Loading>,
    /// The open file, watched for changes.
    pub watch: Option<watch::FileWatch>,
    watch_attempt: Option<PathBuf>,
    /// A file that failed to load with nothing else shown (Reload retries it).
    pub failed_file: Option<PathBuf>,
    /// An "Open" dialog running on a worker thread.
    open_dialog: Option<std::sync::mpsc::Receiver<Option<PathBuf>>>,
    commands: Vec<Command>,
}

impl EntenteApp {
    /// Creates the app and loads `source`. With a storage, restores the
    /// persisted state; a corrupt entry is ignored and defaults are used.
    pub fn new(cc: &eframe::CreationContext<'_>, source: DataSource) -> Self {
        let state = PersistedState::restore(cc.storage);
        Self::with_state(&cc.egui_ctx, source, state)
    }

    pub fn with_state(ctx: &egui::Context, source: DataSource, state: PersistedState) -> Self {
        install_fonts(ctx);
        ctx.set_theme(if state.dark_mode {
            egui::Theme::Dark
        } else {
            egui::Theme::Light
        });
        let mut app = Self {
            state,
            doc: None,
            problems: None,
            view: TimeView::default(),
            selected: None,
            selected_figure: None,
            hover_span: None,
            show_warnings: false,
            timeline: Timeline::default(),
            chart_rects: HashMap::new(),
            exporter: Exporter::default(),
            status: None,
            loading: None,
            watch: None,
            watch_attempt: None,
            failed_file: None,
            open_dialog: None,
            commands: Vec::new(),
        };
        app.open(ctx, source);
        app
    }

    /// An app showing `dataset` (already checked), for benchmarks and tests
    /// that build data in memory. `name` is shown as its file name.
    pub fn with_dataset(ctx: &egui::Context, name: &str, dataset: Dataset) -> Self {
        let mut app = Self::with_state(ctx, DataSource::Bundled, PersistedState::default());
        let source = DataSource::File(PathBuf::from(name));
        let doc = Document::new(source.clone(), dataset, &app.state.filters);
        app.problems = None;
        app.finish_load(source, Ok((doc, Vec::new())));
        app
    }

    /// Loads `source`: the bundled data at once, a file on a worker thread.
    /// On failure the data shown stays and the problems are listed.
    pub fn open(&mut self, ctx: &egui::Context, source: DataSource) {
        match source {
            DataSource::Bundled => {
                let result = source.load().map(|loaded| {
                    let doc = Document::new(source.clone(), loaded.dataset, &self.state.filters);
                    (doc, loaded.warnings)
                });
                self.finish_load(source, result);
            }
            DataSource::File(_) => {
                self.loading = Some(loading::Loading::start(
                    ctx,
                    source,
                    self.state.filters.clone(),
                ));
            }
        }
    }

    /// Watches the open file, and handles dropped files and the Open dialog.
    fn poll_files(&mut self, ctx: &egui::Context) {
        let file = match self.doc.as_ref().map(|d| &d.source) {
            Some(DataSource::File(p)) => Some(p.clone()),
            _ => None,
        };
        if self.watch_attempt != file {
            // Try once per file: a folder that cannot be watched is reported,
            // not retried every frame.
            self.watch_attempt = file.clone();
            self.watch = file
                .as_ref()
                .and_then(|p| match watch::FileWatch::new(ctx, p) {
                    Ok(w) => Some(w),
                    Err(e) => {
                        self.status = Some(Status {
                            text: format!("Not watching {} for changes: {e}", p.display()),
                            error: true,
                        });
                        None
                    }
                });
        }
        if self.watch.as_ref().is_some_and(|w| w.changed()) && self.loading.is_none() {
            self.commands.push(Command::Reload);
        }
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for f in dropped {
            let p = f.path().to_path_buf();
            if p.as_os_str().is_empty() {
                continue;
            }
            if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")) {
                self.commands.push(Command::Open(p));
            } else {
                self.status = Some(Status {
                    text: format!("{}: only .ron data files can be opened", p.display()),
                    error: true,
                });
            }
        }
        if let Some(rx) = &self.open_dialog
            && let Ok(choice) = rx.try_recv()
        {
            self.open_dialog = None;
            if let Some(path) = choice {
                self.commands.push(Command::Open(path));
            }
        }
    }

    /// Opens a file dialog on a worker thread.
    fn ask_open(&mut self, ctx: &egui::Context) {
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let dir = self
            .state
            .recent
            .first()
            .and_then(|p| std::path::Path::new(p).parent().map(|d| d.to_path_buf()));
        std::thread::spawn(move || {
            let mut dialog = rfd::FileDialog::new()
                .set_title("Open a dataset")
                .add_filter("Entente data", &["ron"]);
            if let Some(dir) = dir {
                dialog = dialog.set_directory(dir);
            }
            let _ = tx.send(dialog.pick_file());
            ctx.request_repaint();
        });
        self.open_dialog = Some(rx);
    }

    /// Is a file being loaded?
    pub fn is_loading(&self) -> bool {
        self.loading.is_some()
    }

    fn poll_loading(&mut self) {
        let Some(l) = &mut self.loading else { return };
        let Some(message) = l.poll() else { return };
        let source = l.source.clone();
        self.loading = None;
        let result = match message {
            loading::LoadMessage::Loaded { doc, warnings } => Ok((*doc, warnings)),
            loading::LoadMessage::Failed(e) => Err(e),
            loading::LoadMessage::Stage(_) => return,
        };
        self.finish_load(source, result);
    }

    fn finish_load(
        &mut self,
        source: DataSource,
        result: Result<(Document, Vec<load::Diagnostic>), load::LoadError>,
    ) {
        let name = source.display_name();
        match result {
            Ok((doc, warnings)) => {
                self.problems = (!warnings.is_empty()).then_some(FileProblems {
                    path: name,
                    diagnostics: warnings,
                    failed: false,
                });
                let reload = self.doc.as_ref().is_some_and(|d| d.source == source);
                if reload {
                    // The same file again: keep the view, and the selection by id.
                    let id = self
                        .selected
                        .and_then(|i| self.doc.as_ref()?.dataset.events.get(i))
                        .map(|e| e.id.clone());
                    self.selected = id.and_then(|id| doc.dataset.event_index(&id));
                    self.selected_figure = self.selected_figure.filter(|f| {
                        doc.dataset
                            .trade
                            .get(f.series)
                            .is_some_and(|s| f.obs < s.observations.len())
                    });
                } else {
                    let same_file = self.state.last_file == source_key(&source);
                    // Start on the saved view of the same file when it shows
                    // something; otherwise fit all.
                    self.view = match self.state.view {
                        Some(v) if same_file && self.doc.is_none() && doc.shows_any(&v) => v,
                        _ => doc.fit_all(),
                    };
                    self.selected = None;
                    self.selected_figure = None;
                    self.chart_rects.clear();
                }
                self.state.last_file = source_key(&doc.source);
                if let DataSource::File(path) = &doc.source {
                    self.state.remember_recent(path);
                }
                self.doc = Some(doc);
            }
            Err(err) => {
                // Also on the terminal the window was started from.
                eprint!("{}", load::render(&name, &err.diagnostics));
                self.failed_file = match &source {
                    DataSource::File(p) => Some(p.clone()),
                    DataSource::Bundled => None,
                };
                self.problems = Some(FileProblems {
                    path: name,
                    diagnostics: err.diagnostics,
                    failed: true,
                });
            }
        }
    }

    /// Queues a command to run after this frame.
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    fn keyboard(&mut self, ctx: &egui::Context) {
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::O)) {
            self.commands.push(Command::OpenDialog);
        }
        if ctx.input_mut(|i| i.consume_key(Modifiers::COMMAND, Key::R)) {
            self.commands.push(Command::Reload);
        }
        if ctx.egui_wants_keyboard_input() {
            return;
        }
        let keys = [
            (Key::ArrowRight, Command::SelectNext),
            (Key::ArrowLeft, Command::SelectPrevious),
            (Key::Home, Command::SelectFirst),
            (Key::End, Command::SelectLast),
            (Key::Plus, Command::ZoomIn),
            (Key::Equals, Command::ZoomIn),
            (Key::Minus, Command::ZoomOut),
            (Key::F, Command::FitAll),
            (Key::Escape, Command::ClearSelection),
        ];
        for (key, command) in keys {
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, key)) {
                self.commands.push(command);
            }
        }
        // S saves, C copies the chart under the pointer.
        let pointer = ctx.input(|i| i.pointer.hover_pos());
        let under = pointer.and_then(|p| {
            self.chart_rects
                .iter()
                .find(|(_, r)| r.contains(p))
                .map(|(c, _)| *c)
        });
        if let Some(chart) = under {
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::S)) {
                self.commands
                    .push(Command::Export(chart, ExportTarget::Dialog));
            }
            if ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::C)) {
                self.commands
                    .push(Command::Export(chart, ExportTarget::Clipboard));
            }
        }
    }

    /// Runs the queued commands.
    pub fn run_commands(&mut self, ctx: &egui::Context) {
        for command in std::mem::take(&mut self.commands) {
            self.run(ctx, command);
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Select(i) => {
                self.selected = Some(i);
                self.selected_figure = None;
                self.reveal(i);
            }
            Command::ClearSelection => {
                self.selected = None;
                self.selected_figure = None;
            }
            Command::SelectFigure(f) => {
                self.selected_figure = Some(f);
                self.selected = None;
            }
            Command::HoverSpan(a, b) => self.hover_span = Some((a, b)),
            Command::ToggleWarnings => self.show_warnings = !self.show_warnings,
            Command::ToggleExport2x => self.state.export_2x = !self.state.export_2x,
            Command::Open(path) => self.open(ctx, DataSource::File(path)),
            Command::OpenBundled => self.open(ctx, DataSource::Bundled),
            Command::OpenDialog => self.ask_open(ctx),
            Command::Reload => {
                if let Some(source) = self
                    .doc
                    .as_ref()
                    .map(|d| d.source.clone())
                    .or_else(|| self.loading.as_ref().map(|l| l.source.clone()))
                {
                    self.open(ctx, source);
                } else if let Some(p) = self.failed_file.clone() {
                    self.open(ctx, DataSource::File(p));
                }
            }
            Command::Export(chart, target) => self.start_export(ctx, chart, target),
            Command::SelectNext
            | Command::SelectPrevious
            | Command::SelectFirst
            | Command::SelectLast => {
                if let Some(i) = self.step_selection(&command) {
                    self.selected = Some(i);
                    self.selected_figure = None;
                    self.reveal(i);
                }
            }
            Command::ZoomIn => self.view.zoom(1.5, self.view.center()),
            Command::ZoomOut => self.view.zoom(1.0 / 1.5, self.view.center()),
            Command::FitAll => {
                if let Some(doc) = &self.doc {
                    self.view = doc.fit_all();
                }
            }
            Command::ZoomTo(a, b) => self.view = TimeView::fit(a, b),
            Command::FiltersChanged => {
                if let Some(doc) = &mut self.doc {
                    doc.apply_filters(&self.state.filters);
                }
            }
            Command::ToggleTheme => {
                self.state.dark_mode = !self.state.dark_mode;
                ctx.set_theme(if self.state.dark_mode {
                    egui::Theme::Dark
                } else {
                    egui::Theme::Light
                });
            }
        }
    }

    /// The event to select for a next/previous/first/last command, among the
    /// events the timeline shows, in time order.
    fn step_selection(&self, command: &Command) -> Option<usize> {
        let doc = self.doc.as_ref()?;
        let order = &doc.index.order;
        if order.is_empty() {
            return None;
        }
        let ds = &doc.dataset;
        let current = self.selected.and_then(|s| doc.index.position(ds, s));
        let pos = match (command, current) {
            (Command::SelectFirst, _) => 0,
            (Command::SelectLast, _) => order.len() - 1,
            (Command::SelectNext, Some(p)) => (p + 1).min(order.len() - 1),
            (Command::SelectPrevious, Some(p)) => p.saturating_sub(1),
            // Nothing selected: start from what is in view.
            (Command::SelectNext, None) => order
                .partition_point(|&i| ds.events[i as usize].when.sort_key() < self.view.start)
                .min(order.len() - 1),
            (Command::SelectPrevious, None) => order
                .partition_point(|&i| ds.events[i as usize].when.sort_key() < self.view.end)
                .saturating_sub(1),
            _ => return None,
        };
        Some(order[pos] as usize)
    }

    /// Pans so that event `i` is in view, keeping the zoom.
    fn reveal(&mut self, i: usize) {
        let Some(e) = self.doc.as_ref().and_then(|d| d.dataset.events.get(i)) else {
            return;
        };
        let (s, t) = e.when.span_days();
        if !self.view.overlaps(s, t) {
            let mid = 0.5 * (s + t.min(s + self.view.span() * 0.5));
            self.view.pan(mid - self.view.center());
        }
    }

    /// Lays out every panel for one frame and queues the commands they return.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        self.poll_files(ui.ctx());
        self.poll_loading();
        self.poll_exports(ui.ctx());
        self.keyboard(ui.ctx());
        self.top_bar(ui);
        self.filter_bar(ui);
        self.status_bar(ui);
        if let Some(problems) = self
            .problems
            .as_ref()
            .filter(|p| p.failed || self.show_warnings)
        {
            let kept = self.doc.is_some();
            egui::Panel::bottom("diagnostics")
                .resizable(true)
                .show(ui, |ui| {
                    diagnostics::diagnostics_panel(ui, problems, kept && problems.failed)
                });
        }
        self.details_panel(ui);
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong("Entente");
                ui.menu_button("File", |ui| {
                    if ui
                        .add(egui::Button::new("Open…").shortcut_text("Ctrl+O"))
                        .clicked()
                    {
                        self.commands.push(Command::OpenDialog);
                    }
                    if ui
                        .add(egui::Button::new("Reload").shortcut_text("Ctrl+R"))
                        .clicked()
                    {
                        self.commands.push(Command::Reload);
                    }
                    if ui.button("Open the bundled dataset").clicked() {
                        self.commands.push(Command::OpenBundled);
                    }
                    ui.separator();
                    ui.weak("Recent files");
                    if self.state.recent.is_empty() {
                        ui.weak("(none yet)");
                    }
                    for p in &self.state.recent {
                        if ui.button(p).clicked() {
                            self.commands.push(Command::Open(PathBuf::from(p)));
                        }
                    }
                });
                if let Some(doc) = &self.doc {
                    ui.separator();
                    ui.label(&doc.dataset.title);
                    ui.weak(doc.source.display_name());
                }
                if let Some(l) = &self.loading {
                    ui.separator();
                    ui.label(format!("Loading {}:", l.source.display_name()));
                    ui.add(
                        egui::ProgressBar::new(l.stage.fraction())
                            .desired_width(220.0)
                            .text(l.stage.label()),
                    );
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let theme = if self.state.dark_mode {
                        "Light theme"
                    } else {
                        "Dark theme"
                    };
                    if ui
                        .button(theme)
                        .on_hover_text("Switch between light and dark themes")
                        .clicked()
                    {
                        self.commands.push(Command::ToggleTheme);
                    }
                    if ui
                        .button("Fit all")
                        .on_hover_text("Show every event (F)")
                        .clicked()
                    {
                        self.commands.push(Command::FitAll);
                    }
                    if ui.button("−").on_hover_text("Zoom out (-)").clicked() {
                        self.commands.push(Command::ZoomOut);
                    }
                    if ui.button("+").on_hover_text("Zoom in (+)").clicked() {
                        self.commands.push(Command::ZoomIn);
                    }
                });
            });
        });
    }

    fn filter_bar(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = &self.doc else { return };
        let (shown, total) = (doc.index.len(), doc.dataset.events.len());
        let kinds = doc.kinds.clone();
        let mut changed = false;
        egui::Panel::top("filters").show(ui, |ui| {
            changed = filters::filter_bar(ui, &mut self.state.filters, &kinds, shown, total);
        });
        if changed {
            self.commands.push(Command::FiltersChanged);
        }
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let s = self.timeline.last_stats;
                ui.weak(format!(
                    "Showing {} – {}",
                    day_label(self.view.start),
                    day_label(self.view.end)
                ));
                if let Some(p) = self.problems.as_ref().filter(|p| !p.failed) {
                    let n = p.diagnostics.len();
                    let text = format!("{n} warning{}", if n == 1 { "" } else { "s" });
                    if ui
                        .selectable_label(self.show_warnings, text)
                        .on_hover_text("Show or hide the warnings of this file")
                        .clicked()
                    {
                        self.commands.push(Command::ToggleWarnings);
                    }
                }
                if s.clusters > 0 {
                    ui.weak(format!("· {} clusters hold {} events", s.clusters, s.clustered_events));
                }
                if let Some(status) = &self.status {
                    let color = if status.error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.separator();
                    ui.colored_label(color, &status.text);
                }
                if self.exporter.in_flight > 0 {
                    ui.spinner();
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .selectable_label(self.state.export_2x, "Export at 2×")
                        .on_hover_text("Save charts at twice the screen resolution, for print")
                        .clicked()
                    {
                        self.commands.push(Command::ToggleExport2x);
                    }
                    ui.weak("Drag or scroll to pan · Ctrl+scroll to zoom · ←/→ previous/next · F fit · Esc clear");
                });
            });
        });
    }

    fn details_panel(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = &self.doc else { return };
        if self.selected.is_none() && self.selected_figure.is_none() {
            return;
        }
        let (sel, fig) = (self.selected, self.selected_figure);
        let mut actions = Vec::new();
        egui::Panel::right("details")
            .resizable(true)
            .default_size(380.0)
            .min_size(260.0)
            .max_size(460.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    actions = match (sel, fig) {
                        (Some(i), _) => details::event_details(ui, &doc.dataset, i),
                        (None, Some(f)) => details::figure_details(ui, &doc.dataset, f),
                        (None, None) => Vec::new(),
                    };
                });
            });
        for a in actions {
            self.commands.push(match a {
                DetailAction::SelectEvent(i) => Command::Select(i),
                DetailAction::Close => Command::ClearSelection,
            });
        }
    }

    fn central(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = &self.doc else {
            ui.centered_and_justified(|ui| {
                if self.loading.is_some() {
                    ui.spinner();
                } else {
                    ui.label("No data loaded. Fix the problems listed below; the file is read again when you open it.");
                }
            });
            return;
        };
        if !doc.dataset.description.is_empty() {
            ui.add(egui::Label::new(egui::RichText::new(&doc.dataset.description).weak()).wrap());
            ui.add_space(4.0);
        }
        let input = TimelineInput {
            dataset: &doc.dataset,
            index: &doc.index,
            selected: self.selected,
            highlight: self.hover_span.or_else(|| {
                let f = self.selected_figure?;
                let ob = doc.dataset.trade.get(f.series)?.observations.get(f.obs)?;
                Some(ob.parsed_period.span_days())
            }),
        };
        let mut timeline_export = Vec::new();
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new("Timeline").strong().size(15.0));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                charts::export_buttons(ui, ChartId::Timeline, &mut timeline_export);
            });
        });
        let actions = self.timeline.show(ui, &mut self.view, &input);
        if let Some(r) = self.timeline.last_rect {
            self.chart_rects.insert(ChartId::Timeline, r);
        }
        for a in timeline_export {
            match a {
                ChartAction::Save(c) => {
                    self.commands.push(Command::Export(c, ExportTarget::Dialog))
                }
                ChartAction::Copy(c) => self
                    .commands
                    .push(Command::Export(c, ExportTarget::Clipboard)),
                _ => {}
            }
        }
        for a in actions {
            self.commands.push(match a {
                TimelineAction::Select(i) => Command::Select(i),
                TimelineAction::ClearSelection => Command::ClearSelection,
                TimelineAction::ZoomTo(a, b) => Command::ZoomTo(a, b),
                TimelineAction::Save => Command::Export(ChartId::Timeline, ExportTarget::Dialog),
                TimelineAction::Copy => Command::Export(ChartId::Timeline, ExportTarget::Clipboard),
            });
        }
        let ctx = ChartContext {
            dataset: &doc.dataset,
            index: &doc.index,
            selected_event: self.selected,
            selected_figure: self.selected_figure,
            for_export: false,
            markers: Default::default(),
        };
        // The charts mark events where the timeline just laid them out.
        let _ = ctx.markers.set(self.timeline.markers.clone());
        let mut chart_actions = Vec::new();
        ui.add_space(6.0);
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                chart_actions = charts::all_charts(ui, &mut self.view, &ctx);
                crate::panels::indicators::indicator_cards(ui, &doc.dataset);
            });
        let hovered = chart_actions
            .iter()
            .any(|a| matches!(a, ChartAction::HoverSpan(..)));
        if !hovered {
            self.hover_span = None;
        }
        for a in chart_actions {
            match a {
                ChartAction::SelectFigure(f) => self.commands.push(Command::SelectFigure(f)),
                ChartAction::HoverSpan(a, b) => self.commands.push(Command::HoverSpan(a, b)),
                ChartAction::Save(c) => {
                    self.commands.push(Command::Export(c, ExportTarget::Dialog))
                }
                ChartAction::Copy(c) => self
                    .commands
                    .push(Command::Export(c, ExportTarget::Clipboard)),
                ChartAction::Drawn(c, r) => {
                    self.chart_rects.insert(c, r);
                }
            }
        }
    }

    /// Errors of the last load, if it failed.
    pub fn load_failed(&self) -> bool {
        self.problems.as_ref().is_some_and(|p| p.failed)
    }

    /// Count of error diagnostics shown.
    pub fn error_count(&self) -> usize {
        self.problems.as_ref().map_or(0, |p| {
            p.diagnostics
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .count()
        })
    }
}

impl EntenteApp {
    /// Starts exporting `chart`: asks for a path, captures, or renders at 2×.
    fn start_export(&mut self, ctx: &egui::Context, chart: ChartId, target: ExportTarget) {
        let Some(doc) = &self.doc else { return };
        let Some(&rect) = self.chart_rects.get(&chart) else {
            self.status = Some(Status {
                text: "That chart is not on screen; scroll to it first.".into(),
                error: true,
            });
            return;
        };
        match target {
            ExportTarget::Dialog => {
                let stem = match &doc.source {
                    DataSource::Bundled => "kz-fr".to_string(),
                    DataSource::File(p) => p
                        .file_stem()
                        .map(|s| s.to_string_lossy().to_string())
                        .unwrap_or_default(),
                };
                let name = crate::export::default_file_name(&stem, chart, &doc.dataset);
                self.exporter
                    .ask_path(ctx, chart, name, self.state.last_export_dir.clone());
            }
            ExportTarget::File(path) if self.state.export_2x => {
                let spec = exporting::spec_for(chart, rect, self.view, self.state.dark_mode);
                self.exporter.render_and_write(
                    ctx,
                    path,
                    doc.dataset.clone(),
                    doc.index.clone(),
                    spec,
                );
            }
            target => {
                let metadata = crate::export::metadata(chart, &doc.dataset, &self.view);
                self.exporter.capture(ctx, rect, target, metadata);
            }
        }
    }

    /// Handles what the export workers report.
    fn poll_exports(&mut self, ctx: &egui::Context) {
        for event in self.exporter.poll() {
            self.exporter.in_flight = self.exporter.in_flight.saturating_sub(1);
            match event {
                ExportEvent::PathChosen(chart, path) => {
                    self.state.last_export_dir = path.parent().map(|p| p.to_path_buf());
                    self.commands
                        .push(Command::Export(chart, ExportTarget::File(path)));
                }
                ExportEvent::Cancelled => {
                    self.status = Some(Status {
                        text: "Export cancelled; nothing was written.".into(),
                        error: false,
                    });
                }
                ExportEvent::Captured {
                    target,
                    image,
                    metadata,
                } => match target {
                    ExportTarget::File(path) => {
                        self.exporter.in_flight += 1;
                        let rgba = crate::export::Rgba::from_color_image(&image);
                        self.exporter.write(ctx, path, rgba, metadata);
                    }
                    ExportTarget::Clipboard => {
                        ctx.copy_image(image);
                        self.status = Some(Status {
                            text: "Chart copied to the clipboard.".into(),
                            error: false,
                        });
                    }
                    ExportTarget::Dialog => {}
                },
                ExportEvent::Written(path) => {
                    self.status = Some(Status {
                        text: format!("Saved {}", path.display()),
                        error: false,
                    });
                }
                ExportEvent::Copied => {}
                ExportEvent::Failed(e) => {
                    self.status = Some(Status {
                        text: format!("Export failed: {e}"),
                        error: true,
                    });
                }
            }
        }
    }
}

/// Adds DejaVu Sans as a fallback font: egui's own fonts lack arrows and
/// many symbols and scripts that data files contain.
pub fn install_fonts(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(
        "DejaVuSans",
        egui::FontData::from_static(include_bytes!("../../assets/DejaVuSans.ttf")),
        families,
    ));
}

fn source_key(source: &DataSource) -> Option<String> {
    match source {
        DataSource::Bundled => None,
        DataSource::File(p) => Some(p.display().to_string()),
    }
}

fn day_label(t: f64) -> String {
    crate::model::date::date_of_epoch_day(t.floor() as i64)
        .map(|d| d.format("%-d %b %Y").to_string())
        .unwrap_or_default()
}

impl eframe::App for EntenteApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
        self.run_commands(&ui.ctx().clone());
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.state.view = Some(self.view);
        eframe::set_value(storage, eframe::APP_KEY, &self.state);
    }
}

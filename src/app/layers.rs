//! Layers beside the open dataset: added from the command line
//! (`--layer`), File ▸ Add layer… or a drop; read on a worker thread with
//! progress, for the dataset's two parties; listed, hidden and removed from
//! the Layers menu; read again when their file changes; remembered per
//! dataset across restarts. They are merged into what the window shows
//! (`Document::with_layers`), never into the dataset's file.

use super::background::{Poll, Task};
use super::files::watch::FileWatch;
use super::{EntenteApp, Status};
use crate::country::Country;
use crate::layer::{self, Keep, Layer};
use crate::load::LoadError;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One layer of the window.
pub(crate) struct AppLayer {
    pub(crate) path: PathBuf,
    pub(crate) layer: Option<Arc<Layer>>,
    pub(crate) hidden: bool,
    reading: Option<Task<Result<Layer, LoadError>, f32>>,
    watch: Option<FileWatch>,
}

/// The open dataset's parties as countries, if Entente knows them.
fn parties(app: &EntenteApp) -> Option<((String, String), [Country; 2])> {
    let ds = &app.doc.as_ref()?.curated;
    let (a, b) = ds.parties.clone();
    Some((
        (a.clone(), b.clone()),
        [Country::find(&a)?, Country::find(&b)?],
    ))
}

impl EntenteApp {
    /// The dataset the layers are remembered with.
    fn layers_key(&self) -> Option<String> {
        self.doc.as_ref()?.source.path().map(|p| {
            std::path::absolute(p)
                .unwrap_or_else(|_| p.to_path_buf())
                .display()
                .to_string()
        })
    }

    /// Adds the layer file at `path` and starts reading it.
    pub(crate) fn add_layer(&mut self, ctx: &egui::Context, path: PathBuf) {
        if self.layers.iter().any(|l| l.path == path) {
            self.status = Some(Status::info(crate::tr!(
                "layers-already",
                path = path.display().to_string()
            )));
            return;
        }
        let mut l = AppLayer {
            path,
            layer: None,
            hidden: false,
            reading: None,
            watch: None,
        };
        l.watch = FileWatch::new(ctx, &l.path).ok();
        self.read_layer(ctx, &mut l);
        self.layers.push(l);
        self.remember_layers();
    }

    fn read_layer(&mut self, ctx: &egui::Context, l: &mut AppLayer) {
        let Some((names, countries)) = parties(self) else {
            self.status = Some(Status::error(crate::tr!("layers-need-parties")));
            return;
        };
        let (path, scope) = (l.path.clone(), self.state.layer_scope);
        l.reading = Some(Task::spawn(ctx, move |reporter| {
            let keep = Keep {
                parties: countries,
                scope,
            };
            layer::read(&path, keep, names, &|done, total| {
                reporter.progress(done as f32 / total.max(1) as f32)
            })
        }));
    }

    /// Shows a layer already read beside the dataset (benchmarks, tests).
    pub fn add_read_layer(&mut self, layer: Layer) {
        self.layers.push(AppLayer {
            path: layer.path.clone(),
            layer: Some(Arc::new(layer)),
            hidden: false,
            reading: None,
            watch: None,
        });
        self.relayer();
    }

    /// Removes layer `n`.
    pub(crate) fn remove_layer(&mut self, n: usize) {
        if n < self.layers.len() {
            self.layers.remove(n);
            self.remember_layers();
            self.relayer();
        }
    }

    /// Shows or hides layer `n`.
    pub(crate) fn toggle_layer(&mut self, n: usize) {
        if let Some(l) = self.layers.get_mut(n) {
            l.hidden = !l.hidden;
            self.relayer();
        }
    }

    fn remember_layers(&mut self) {
        if let Some(key) = self.layers_key() {
            let paths: Vec<String> = self
                .layers
                .iter()
                .map(|l| l.path.display().to_string())
                .collect();
            if paths.is_empty() {
                self.state.layers.remove(&key);
            } else {
                self.state.layers.insert(key, paths);
            }
        }
    }

    /// The layers remembered with the dataset just opened, read again.
    pub(super) fn restore_layers(&mut self, ctx: &egui::Context) {
        let Some(key) = self.layers_key() else { return };
        let wanted: Vec<PathBuf> = self
            .state
            .layers
            .get(&key)
            .map(|v| v.iter().map(PathBuf::from).collect())
            .unwrap_or_default();
        let have: Vec<PathBuf> = self.layers.iter().map(|l| l.path.clone()).collect();
        if wanted == have {
            return;
        }
        for p in wanted {
            self.add_layer(ctx, p);
        }
    }

    /// The document shown again with the layers read and not hidden.
    pub(super) fn relayer(&mut self) {
        let shown: Vec<Arc<Layer>> = self
            .layers
            .iter()
            .filter(|l| !l.hidden)
            .filter_map(|l| l.layer.clone())
            .collect();
        let Some(doc) = &self.doc else { return };
        if shown.is_empty() && doc.layers.is_empty() {
            return;
        }
        let doc = doc.with_layers(&shown, &self.state.filters);
        self.selection = match self.selection {
            crate::document::Selection::Event(i) if i >= doc.dataset.events.len() => {
                crate::document::Selection::None
            }
            s => s,
        };
        self.doc = Some(doc);
    }

    /// After a dataset is shown: its remembered layers (or those of the
    /// command line) read, and the layers merged with it again.
    pub(super) fn follow_layers(&mut self, ctx: &egui::Context) {
        let Some(doc) = &self.doc else { return };
        if self
            .layered
            .as_ref()
            .is_some_and(|d| Arc::ptr_eq(d, &doc.curated))
        {
            return;
        }
        let same_file =
            self.layered.is_some() && self.layers_source.as_deref() == doc.source.path();
        self.layered = Some(doc.curated.clone());
        self.layers_source = doc.source.path().map(Path::to_path_buf);
        if !same_file {
            self.layers.clear();
            self.restore_layers(ctx);
        }
        for p in std::mem::take(&mut self.pending_layers) {
            self.add_layer(ctx, p);
        }
        self.relayer();
        self.select_promoted();
    }

    /// Layers to add once a dataset is shown (`entente DATA --layer F`).
    pub fn add_layers_on_open(&mut self, paths: Vec<PathBuf>, scope: crate::layer::Scope) {
        self.pending_layers = paths;
        self.state.layer_scope = scope;
    }

    /// The layers, for the menu: (name, description, hidden, reading).
    pub fn layer_list(&self) -> Vec<(String, String, bool, bool)> {
        self.layers
            .iter()
            .map(|l| {
                let name = l
                    .path
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().to_string());
                let describe = l
                    .layer
                    .as_ref()
                    .map_or_else(|| crate::tr!("layers-reading"), |x| x.describe());
                (name, describe, l.hidden, l.reading.is_some())
            })
            .collect()
    }

    /// Polls the layers being read and the watches.
    pub(super) fn poll_layers(&mut self, ctx: &egui::Context) {
        let mut changed = false;
        let mut again = Vec::new();
        for (n, l) in self.layers.iter_mut().enumerate() {
            if let Some(task) = &mut l.reading {
                match task.poll() {
                    Poll::Running => {}
                    Poll::Done(Ok(read)) => {
                        self.status = Some(Status::info(crate::tr!(
                            "layers-read",
                            name = read.file_name(),
                            events = crate::format::plural(
                                read.events.len().max(read.eras.len()),
                                "event"
                            )
                        )));
                        l.layer = Some(Arc::new(read));
                        l.reading = None;
                        changed = true;
                    }
                    Poll::Done(Err(e)) => {
                        let why = e.diagnostics.first().map_or(String::new(), |d| {
                            format!("{}:{}: {}", d.line, d.col, d.message)
                        });
                        self.status = Some(Status::error(format!("{}: {why}", l.path.display())));
                        l.reading = None;
                    }
                    Poll::Lost => l.reading = None,
                }
            }
            if l.watch.as_mut().is_some_and(FileWatch::changed) {
                again.push(n);
            }
        }
        for n in again {
            let mut l = std::mem::replace(
                &mut self.layers[n],
                AppLayer {
                    path: PathBuf::new(),
                    layer: None,
                    hidden: false,
                    reading: None,
                    watch: None,
                },
            );
            self.read_layer(ctx, &mut l);
            self.layers[n] = l;
        }
        if changed {
            self.relayer();
        }
    }

    /// How far the layers being read are, for the status line.
    pub(crate) fn layers_reading(&self) -> Option<(String, f32)> {
        self.layers.iter().find_map(|l| {
            l.reading.as_ref().map(|t| {
                (
                    l.path
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().to_string()),
                    t.progress().copied().unwrap_or(0.0),
                )
            })
        })
    }

    /// Whether a dropped file is a layer for the open dataset.
    pub(super) fn is_layer_file(&self, path: &Path) -> bool {
        self.doc.is_some() && matches!(crate::open::format_of(path), Ok(crate::open::Format::Layer))
    }

    /// File ▸ Add layer…: the file dialog, on a worker thread.
    pub(crate) fn ask_add_layer(&mut self, ctx: &egui::Context) {
        self.layer_dialog = Some(Task::spawn(ctx, |_| {
            rfd::FileDialog::new()
                .set_title(crate::tr!("layers-dialog-title"))
                .add_filter(
                    crate::tr!("layers-dialog-filter"),
                    &["csv", "tsv", "tab", "txt", "json", "CSV"],
                )
                .pick_file()
        }));
    }

    pub(super) fn poll_layer_dialog(&mut self, ctx: &egui::Context) {
        if let Some(task) = &mut self.layer_dialog {
            match task.poll() {
                Poll::Running => {}
                Poll::Done(choice) => {
                    self.layer_dialog = None;
                    if let Some(path) = choice {
                        self.add_layer(ctx, path);
                    }
                }
                Poll::Lost => self.layer_dialog = None,
            }
        }
    }
}

/// What the Layers menu asks for.
pub(super) enum LayerAction {
    Toggle(usize),
    Remove(usize),
    Add,
    Scope(crate::layer::Scope),
}

/// The Layers menu: each layer (shown or not, what it holds, remove), the
/// scope of events kept, and Add layer….
pub(super) fn layers_menu(
    ui: &mut egui::Ui,
    list: &[(String, String, bool, bool)],
    scope: crate::layer::Scope,
) -> Vec<LayerAction> {
    let mut out = Vec::new();
    let title = if list.is_empty() {
        crate::tr!("layers-menu")
    } else {
        crate::tr!("layers-menu-count", count = list.len())
    };
    ui.menu_button(title, |ui| {
        if list.is_empty() {
            ui.weak(crate::tr!("layers-no-layer-add-gdelt-icews"));
        }
        for (n, (name, describe, hidden, reading)) in list.iter().enumerate() {
            ui.horizontal(|ui| {
                let mut shown = !hidden;
                if ui
                    .checkbox(&mut shown, name)
                    .on_hover_text(crate::tr!("layers-show-or-hide-this-layer"))
                    .changed()
                {
                    out.push(LayerAction::Toggle(n));
                }
                if ui.small_button(crate::tr!("layers-remove")).clicked() {
                    out.push(LayerAction::Remove(n));
                }
            });
            let _ = reading;
            ui.weak(format!("    {describe}"));
        }
        ui.separator();
        use crate::layer::Scope;
        for (s, text) in [
            (Scope::Both, crate::tr!("layers-scope-both")),
            (Scope::Either, crate::tr!("layers-scope-either")),
        ] {
            if ui.radio(scope == s, text).clicked() && scope != s {
                out.push(LayerAction::Scope(s));
            }
        }
        ui.separator();
        if crate::command::UiCommand::AddLayer.menu_item(ui) {
            out.push(LayerAction::Add);
        }
    });
    out
}

impl EntenteApp {
    /// Carries out what the Layers menu asked for.
    pub(super) fn layer_actions(&mut self, ctx: &egui::Context, actions: Vec<LayerAction>) {
        for a in actions {
            match a {
                LayerAction::Toggle(n) => self.toggle_layer(n),
                LayerAction::Remove(n) => self.remove_layer(n),
                LayerAction::Add => self.ask_add_layer(ctx),
                LayerAction::Scope(s) => {
                    self.state.layer_scope = s;
                    let paths: Vec<PathBuf> = self.layers.drain(..).map(|l| l.path).collect();
                    for p in paths {
                        self.add_layer(ctx, p);
                    }
                    self.relayer();
                }
            }
        }
    }
}

/// The name of a language in itself, for the switch.
pub(super) fn language_name(tag: &str) -> String {
    match tag.split('-').next().unwrap_or(tag) {
        "en" => "English".into(),
        "fr" => "Français".into(),
        "ru" => "Русский".into(),
        "kk" => "Қазақша".into(),
        _ => tag.to_string(),
    }
}

/// The switch of the record's language: the dataset's languages; `None`
/// when it has one. Returns the language chosen, if it changed.
pub(super) fn language_switch(
    ui: &mut egui::Ui,
    languages: &[String],
    current: Option<&str>,
) -> Option<Option<String>> {
    if languages.len() < 2 {
        return None;
    }
    let mut chosen = None;
    let shown = current.map_or_else(|| language_name(&languages[0]), language_name);
    let label = crate::tr!("record-in", language = shown.clone());
    let combo = egui::ComboBox::from_id_salt("record-language")
        .selected_text(shown)
        .width(96.0)
        .show_ui(ui, |ui| {
            for tag in languages {
                if ui
                    .selectable_label(current == Some(tag.as_str()), language_name(tag))
                    .clicked()
                {
                    chosen = Some(Some(tag.clone()));
                }
            }
        })
        .response;
    combo.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &label));
    combo.on_hover_text(crate::tr!("layers-the-language-the-record-is"));
    chosen
}

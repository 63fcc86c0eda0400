//! A save dialog drawn in the window, for desktops where no native file
//! dialog can open (no file-chooser portal and no zenity): a folder, its
//! subfolders to step into, a file name, Save and Cancel. Saving from the
//! window then always works.

use std::path::{Path, PathBuf};

/// What the user decided in the dialog.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub(crate) enum SaveDialogAction {
    Save(PathBuf),
    Cancel,
}

/// The dialog's state between frames.
#[derive(Clone, Debug)]
pub(crate) struct SaveDialog {
    pub(crate) title: String,
    /// The extensions the file may have, without the dot; the first is
    /// added when the name has none of them.
    pub(crate) extensions: &'static [&'static str],
    pub(crate) folder: String,
    pub(crate) name: String,
    error: Option<String>,
    /// The subfolders of `listed`, sorted.
    subfolders: Vec<String>,
    listed: String,
}

impl SaveDialog {
    pub(crate) fn new(
        title: &str,
        extensions: &'static [&'static str],
        folder: &Path,
        name: String,
    ) -> Self {
        Self {
            title: title.to_string(),
            extensions,
            folder: folder.display().to_string(),
            name,
            error: None,
            subfolders: Vec::new(),
            listed: String::new(),
        }
    }

    /// Lists the subfolders of the folder typed, when it changed.
    fn refresh(&mut self) {
        if self.listed == self.folder {
            return;
        }
        self.listed = self.folder.clone();
        self.subfolders = std::fs::read_dir(&self.folder)
            .map(|entries| {
                let mut dirs: Vec<String> = entries
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .map(|e| e.file_name().to_string_lossy().to_string())
                    .filter(|n| !n.starts_with('.'))
                    .collect();
                dirs.sort_by_key(|d| d.to_lowercase());
                dirs
            })
            .unwrap_or_default();
    }

    /// The path to save to, or why there is none.
    fn chosen(&self) -> Result<PathBuf, String> {
        let folder = Path::new(self.folder.trim());
        if !folder.is_dir() {
            return Err(crate::tr!(
                "save-not-a-folder",
                path = folder.display().to_string()
            ));
        }
        let name = self.name.trim();
        if name.is_empty() || name.contains(['/', '\\']) {
            return Err(crate::tr!("save-write-a-name"));
        }
        let mut path = folder.join(name);
        let known = path
            .extension()
            .is_some_and(|e| self.extensions.iter().any(|x| e.eq_ignore_ascii_case(x)));
        if !known {
            path = folder.join(format!("{name}.{}", self.extensions[0]));
        }
        Ok(path)
    }

    /// Shows the dialog over the window; returns what the user decided.
    pub(crate) fn show(&mut self, ctx: &egui::Context) -> Option<SaveDialogAction> {
        self.refresh();
        let mut action = None;
        let modal = egui::Modal::new(egui::Id::unique("save-dialog")).show(ctx, |ui| {
            ui.set_width(520.0);
            ui.heading(&self.title);
            ui.weak(crate::tr!("save-dialog-no-file-dialog-of-the"));
            if self.extensions.len() > 1 {
                ui.weak(crate::tr!(
                    "save-extension-chooses",
                    extensions = self.extensions.join(", ")
                ));
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let label = ui.label(crate::tr!("save-dialog-folder"));
                ui.add(egui::TextEdit::singleline(&mut self.folder).desired_width(380.0))
                    .labelled_by(label.id);
                if ui
                    .button(crate::tr!("save-dialog-up"))
                    .on_hover_text(crate::tr!("save-dialog-the-folder-that-holds-this"))
                    .clicked()
                    && let Some(parent) = Path::new(self.folder.trim()).parent()
                {
                    self.folder = parent.display().to_string();
                }
            });
            let mut enter = None;
            egui::ScrollArea::vertical()
                .max_height(180.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    if self.subfolders.is_empty() {
                        ui.weak(crate::tr!("save-dialog-no-subfolders"));
                    }
                    for dir in &self.subfolders {
                        if ui.selectable_label(false, format!("{dir}/")).clicked() {
                            enter = Some(dir.clone());
                        }
                    }
                });
            if let Some(dir) = enter {
                self.folder = Path::new(self.folder.trim())
                    .join(dir)
                    .display()
                    .to_string();
            }
            ui.horizontal(|ui| {
                let label = ui.label(crate::tr!("save-dialog-file-name"));
                let edit = ui
                    .add(egui::TextEdit::singleline(&mut self.name).desired_width(380.0))
                    .labelled_by(label.id);
                if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                    action = Some(self.try_save());
                }
            });
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if ui.button(crate::tr!("save-dialog-save")).clicked() {
                    action = Some(self.try_save());
                }
                if ui.button(crate::tr!("save-dialog-cancel")).clicked() {
                    action = Some(Some(SaveDialogAction::Cancel));
                }
            });
        });
        if modal.should_close() {
            return Some(SaveDialogAction::Cancel);
        }
        action.flatten()
    }

    fn try_save(&mut self) -> Option<SaveDialogAction> {
        match self.chosen() {
            Ok(path) => Some(SaveDialogAction::Save(path)),
            Err(e) => {
                self.error = Some(e);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_is_added_and_the_folder_must_exist() {
        let dir = tempfile::tempdir().unwrap();
        let mut d = SaveDialog::new("Save", &["png", "svg"], dir.path(), "chart".into());
        assert_eq!(d.chosen(), Ok(dir.path().join("chart.png")));
        d.name = "chart.PNG".into();
        assert_eq!(d.chosen(), Ok(dir.path().join("chart.PNG")));
        d.name = "chart.svg".into();
        assert_eq!(d.chosen(), Ok(dir.path().join("chart.svg")));
        d.name = "a/b.png".into();
        assert!(d.chosen().is_err());
        d.name = "chart".into();
        d.folder = dir.path().join("missing").display().to_string();
        assert!(d.chosen().unwrap_err().contains("is not a folder"));
    }
}

//! File ▸ New dataset…: asks for the two parties, then where to save (the
//! same "where to save?" step as exports, `save_path`), writes the
//! commented template and opens it, watched, so the user edits it in their
//! editor and sees it load.

use super::save_path::SaveAs;
use super::{EntenteApp, Status};
use crate::document::DataSource;
use std::path::Path;

/// The form that asks for the parties.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct NewDataset {
    pub(crate) first: String,
    pub(crate) second: String,
    /// The first field has had the keyboard once (it gets it on opening).
    focused: bool,
}

impl NewDataset {
    fn parties(&self) -> Option<(String, String)> {
        let (a, b) = (self.first.trim(), self.second.trim());
        (!a.is_empty() && !b.is_empty()).then(|| (a.to_string(), b.to_string()))
    }
}

fn party_field(text: &mut String) -> egui::TextEdit<'_> {
    egui::TextEdit::singleline(text)
        .min_size(egui::vec2(240.0, 0.0))
        .hint_text(crate::tr!("new-dataset-e-g-kazakhstan"))
}

impl EntenteApp {
    /// Shows the form while it is open.
    pub(super) fn show_new_dataset(&mut self, ctx: &egui::Context) {
        let Some(form) = &mut self.new_dataset else {
            return;
        };
        let mut open = true;
        let mut chosen = None;
        let mut cancel = false;
        egui::Window::new(crate::tr!("new-dataset-new-dataset"))
            .collapsible(false)
            .resizable(false)
            .open(&mut open)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.label(crate::tr!("new-dataset-the-two-parties-of-the"));
                ui.add_space(2.0);
                egui::Grid::new("new-dataset-parties")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let l = ui.label(crate::tr!("new-dataset-first"));
                        let first = ui.add(party_field(&mut form.first)).labelled_by(l.id);
                        if !form.focused {
                            first.request_focus();
                            form.focused = true;
                        }
                        ui.end_row();
                        let l = ui.label(crate::tr!("new-dataset-second"));
                        ui.add(party_field(&mut form.second)).labelled_by(l.id);
                        ui.end_row();
                    });
                ui.weak(crate::tr!("new-dataset-entente-writes-a-commented-file"));
                ui.horizontal(|ui| {
                    let ready = form.parties();
                    if ui
                        .add_enabled(
                            ready.is_some(),
                            egui::Button::new(crate::tr!("new-choose-where")),
                        )
                        .clicked()
                    {
                        chosen = ready;
                    }
                    if ui.button(crate::tr!("save-dialog-cancel")).clicked() {
                        cancel = true;
                    }
                });
            });
        if chosen.is_some() || cancel || !open {
            self.new_dataset = None;
        }
        if let Some((a, b)) = chosen {
            self.ask_path(ctx, SaveAs::NewDataset(a, b));
        }
    }

    /// Writes the template for the parties `(a, b)` to `path`, and opens
    /// it. A file already there is never replaced.
    pub(super) fn write_new_dataset(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        (a, b): (String, String),
    ) {
        if path.exists() {
            self.status = Some(Status::error(crate::tr!(
                "new-exists",
                path = path.display().to_string()
            )));
            return;
        }
        let text = crate::import::template::new_dataset(&a, &b);
        match crate::fs::write_atomic(path, text.as_bytes()) {
            Ok(()) => {
                self.open(ctx, DataSource::File(path.to_path_buf()));
                self.status = Some(Status::info(crate::tr!(
                    "new-created",
                    path = path.display().to_string()
                )));
            }
            Err(e) => {
                self.status = Some(Status::error(crate::tr!(
                    "status-nothing-created",
                    reason = e.to_string()
                )))
            }
        }
    }
}

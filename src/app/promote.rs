//! "Add to dataset…" on a layer event: a form prefilled from the event
//! (date, title from the actors and the action, place; the kind chosen
//! from the dataset's), then the event and its report's source written
//! into the dataset's file (`layer::promote`), which is read again with
//! the new event selected.

use super::{EntenteApp, Status};
use crate::document::{DataSource, Selection};
use crate::layer::promote::{self, Promotion};

/// The form, for the layer event at a document index.
pub(crate) struct PromoteForm {
    event: usize,
    promotion: Promotion,
    refused: Option<String>,
}

impl EntenteApp {
    /// Opens the form for the layer event `i`.
    pub(crate) fn start_promote(&mut self, i: usize) {
        let Some(doc) = &self.doc else { return };
        let Some((part, n)) = doc.layer_event(i) else {
            return;
        };
        if doc.source.path().is_none() {
            self.status = Some(Status::error(crate::tr!("promote-no-file")));
            return;
        }
        let kind = doc
            .curated
            .kind_table
            .kinds
            .last()
            .map_or_else(String::new, |k| k.id.to_string());
        let promotion = promote::draft(&part.layer.events[n], &kind);
        self.promote_form = Some(PromoteForm {
            event: i,
            promotion,
            refused: None,
        });
    }

    /// Shows the form while it is open.
    pub(super) fn show_promote(&mut self, ctx: &egui::Context) {
        let Some(form) = &mut self.promote_form else {
            return;
        };
        let Some(doc) = &self.doc else { return };
        let kinds: Vec<(String, String)> = doc
            .curated
            .kind_table
            .kinds
            .iter()
            .map(|k| (k.id.to_string(), k.singular.clone()))
            .collect();
        let (mut open, mut add, mut cancel) = (true, false, false);
        egui::Window::new(crate::tr!("promote-add-to-dataset"))
            .collapsible(false)
            .resizable(false)
            .open(&mut open)
            .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ctx, |ui| {
                ui.set_width(520.0);
                ui.label(crate::tr!("promote-the-event-as-it-will"));
                egui::Grid::new("promote-form")
                    .num_columns(2)
                    .show(ui, |ui| {
                        let p = &mut form.promotion;
                        let l = ui.label(crate::tr!("promote-kind"));
                        let shown = kinds
                            .iter()
                            .find(|(id, _)| *id == p.kind)
                            .map_or(p.kind.clone(), |(_, s)| s.clone());
                        egui::ComboBox::from_id_salt("promote-kind")
                            .selected_text(shown)
                            .show_ui(ui, |ui| {
                                for (id, label) in &kinds {
                                    ui.selectable_value(&mut p.kind, id.clone(), label);
                                }
                            });
                        let _ = l;
                        ui.end_row();
                        for (name, value) in [
                            (crate::tr!("promote-title"), &mut p.title),
                            (crate::tr!("layer-date"), &mut p.date),
                            (crate::tr!("layer-place"), &mut p.place),
                        ] {
                            let l = ui.label(name);
                            ui.add(egui::TextEdit::singleline(value).desired_width(400.0))
                                .labelled_by(l.id);
                            ui.end_row();
                        }
                    });
                if let Some(why) = &form.refused {
                    ui.colored_label(ui.visuals().error_fg_color, why);
                }
                ui.horizontal(|ui| {
                    add = ui
                        .button(crate::tr!("promote-write-into-the-dataset"))
                        .clicked();
                    cancel = ui.button(crate::tr!("save-dialog-cancel")).clicked();
                });
            });
        if !open || cancel {
            self.promote_form = None;
        } else if add {
            self.write_promotion(ctx);
        }
    }

    fn write_promotion(&mut self, ctx: &egui::Context) {
        let (Some(form), Some(doc)) = (&mut self.promote_form, &self.doc) else {
            return;
        };
        let Some(path) = doc.source.path().map(std::path::Path::to_path_buf) else {
            return;
        };
        let Some((part, n)) = doc.layer_event(form.event) else {
            return;
        };
        let result = std::fs::read(&path)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .ok_or_else(|| crate::tr!("not-utf8", path = path.display().to_string()))
            .and_then(|text| {
                promote::promote(
                    &text,
                    &doc.curated,
                    &part.layer,
                    &part.layer.events[n],
                    &form.promotion,
                )
            });
        match result.and_then(|text| {
            crate::fs::write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())
        }) {
            Ok(()) => {
                let id = format!(
                    "{}-{}",
                    part.layer
                        .format
                        .label()
                        .split(' ')
                        .next()
                        .unwrap_or("layer"),
                    part.layer.events[n].id
                )
                .to_lowercase();
                self.status = Some(Status::info(crate::tr!(
                    "promote-added",
                    path = path.display().to_string()
                )));
                self.promote_form = None;
                self.select_after_load = Some(id);
                self.open(ctx, DataSource::File(path));
            }
            Err(why) => form.refused = Some(why),
        }
    }

    /// Selects the promoted event once the dataset is read again.
    pub(super) fn select_promoted(&mut self) {
        let Some(doc) = &self.doc else { return };
        let Some(id) = &self.select_after_load else {
            return;
        };
        if let Some(i) = doc
            .curated
            .events
            .iter()
            .position(|e| e.id.starts_with(id.as_str()))
        {
            self.selection = Selection::Event(i);
            self.select_after_load = None;
        }
    }
}

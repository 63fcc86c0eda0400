//! The diagnostics panel: every problem of a file, with its place.

use crate::format::plural;
use crate::load::Diagnostic;
use egui::{RichText, Ui};

/// Problems of one file, as shown in the panel.
#[derive(Clone, Debug, PartialEq)]
pub struct FileProblems {
    /// The file's name as shown (its path, or the bundled name).
    pub path: String,
    pub diagnostics: Vec<Diagnostic>,
    /// True when the file did not load (errors), false for warnings only.
    pub failed: bool,
}

/// Lists the problems; clicking one copies its `path:line:col`.
pub(crate) fn diagnostics_panel(ui: &mut Ui, problems: &FileProblems, kept_previous: bool) {
    let errors = problems.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = problems.diagnostics.len() - errors;
    ui.horizontal(|ui| {
        let heading = if problems.failed {
            crate::tr!(
                "diagnostics-not-loaded",
                path = problems.path.clone(),
                errors = plural(errors, "error")
            )
        } else {
            format!("{}: {}", problems.path, plural(warnings, "warning"))
        };
        ui.label(RichText::new(heading).strong().color(if problems.failed {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        }));
        if problems.failed && kept_previous {
            ui.weak(crate::tr!("diagnostics-the-last-good-data-is"));
        }
    });
    egui::ScrollArea::vertical()
        .max_height(220.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for d in &problems.diagnostics {
                let place = format!("{}:{}:{}", problems.path, d.line, d.col);
                let color = if d.is_error() {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().warn_fg_color
                };
                ui.horizontal_wrapped(|ui| {
                    if ui
                        .link(RichText::new(&place).monospace())
                        .on_hover_text(crate::tr!("diagnostics-copy-this-location"))
                        .clicked()
                    {
                        ui.ctx().copy_text(place.clone());
                    }
                    ui.label(
                        RichText::new(format!("{}:", d.severity.label()))
                            .color(color)
                            .strong(),
                    );
                    ui.label(&d.message);
                });
                if !d.source_line.is_empty() {
                    let line: String = d.source_line.chars().take(200).collect();
                    ui.label(
                        RichText::new(format!("    {} | {}", d.line, line.replace('\t', "    ")))
                            .monospace()
                            .weak(),
                    );
                }
            }
        });
}

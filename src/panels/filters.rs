//! The filter bar: a search box, a toggle per kind, a date range.

use crate::document::Filters;
use crate::model::{Date, EventKind};
use crate::theme::kind_color;
use egui::Ui;

/// Whether a typed date bound is usable (empty counts as usable).
fn bound_ok(s: &str) -> bool {
    s.trim().is_empty() || Date::parse(s).is_ok()
}

/// The filter bar. Edits a copy of `current` and returns it when the user
/// changed it: the app applies it after the frame, in one place.
#[must_use]
pub(crate) fn filter_bar(
    ui: &mut Ui,
    current: &Filters,
    present: &[EventKind],
    shown: usize,
    total: usize,
) -> Option<Filters> {
    let mut edited = current.clone();
    let filters = &mut edited;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label("Search:");
        ui.add(
            egui::TextEdit::singleline(&mut filters.text)
                .hint_text("title, summary, people, tags")
                .desired_width(200.0),
        )
        .labelled_by(label.id);
        if !filters.text.is_empty() && ui.small_button("×").on_hover_text("Clear search").clicked()
        {
            filters.text.clear();
        }
        ui.separator();
        let dark = ui.visuals().dark_mode;
        for &kind in present {
            let on = &mut filters.kinds[kind.index()];
            let color = kind_color(kind, dark);
            let (swatch, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            ui.painter().rect_filled(
                swatch,
                2.0,
                if *on {
                    color
                } else {
                    color.gamma_multiply(0.3)
                },
            );
            ui.toggle_value(on, kind.label())
                .on_hover_text(format!("Show or hide {}", kind.label().to_lowercase()));
        }
        ui.separator();
        for (name, value) in [("From:", &mut filters.from), ("To:", &mut filters.to)] {
            let label = ui.label(name);
            let ok = bound_ok(value);
            let mut edit = egui::TextEdit::singleline(value)
                .hint_text("YYYY-MM-DD")
                .desired_width(96.0);
            if !ok {
                edit = edit.text_color(ui.visuals().error_fg_color);
            }
            let r = ui.add(edit).labelled_by(label.id);
            if !ok {
                r.on_hover_text("Write a date as YYYY, YYYY-MM or YYYY-MM-DD");
            }
        }
        if filters.is_active() && ui.button("Reset filters").clicked() {
            *filters = Filters::default();
        }
        ui.separator();
        ui.label(format!("{shown} of {total} events"));
    });
    (edited != *current).then_some(edited)
}

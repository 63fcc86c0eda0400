//! The filter bar: a search box, what the lanes stand for, a toggle per
//! kind, a date range.

use crate::document::{Filters, LaneBy};
use crate::format::{plural, thousands};
use crate::model::{Date, Kind, KindTable};
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
    (table, present): (&KindTable, &[u16]),
    shown: usize,
    total: usize,
    layers: impl FnOnce(&mut Ui),
    layer_roots: &[u8],
) -> Option<Filters> {
    let mut edited = current.clone();
    let filters = &mut edited;
    // One line, whatever the dataset, from 1280 points wide: the fields
    // are sized for that, and the count keeps room for ten million events.
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        let label = ui.label(crate::tr!("filters-search"));
        ui.add(
            egui::TextEdit::singleline(&mut filters.text)
                .hint_text(crate::tr!("filters-any-words"))
                .desired_width(84.0),
        )
        .labelled_by(label.id);
        if !filters.text.is_empty()
            && ui
                .small_button("×")
                .on_hover_text(crate::tr!("filters-clear-search"))
                .clicked()
        {
            filters.text.clear();
        }
        ui.add(egui::Separator::default().spacing(4.0));
        // "Lanes by kind", short: the bar stays on one line.
        let text = crate::tr!("filters-lanes", by = filters.lanes.label());
        let combo = egui::ComboBox::from_id_salt("lanes-by")
            .selected_text(crate::tr!(
                "filters-by",
                by = filters.lanes.label().to_lowercase()
            ))
            .width(86.0)
            .show_ui(ui, |ui| {
                for by in LaneBy::ALL {
                    ui.selectable_value(
                        &mut filters.lanes,
                        by,
                        crate::tr!("filters-by", by = by.label().to_lowercase()),
                    )
                    .on_hover_text(by.describe());
                }
            })
            .response;
        combo.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &text));
        combo.on_hover_text(crate::tr!("filters-what-the-timeline-s-lanes"));
        ui.add(egui::Separator::default().spacing(4.0));
        kinds(ui, filters, table, present);
        layers(ui);
        if !layer_roots.is_empty() {
            ui.add(egui::Separator::default().spacing(4.0));
            root_classes(ui, filters, layer_roots);
            let label = ui.label(crate::tr!("filters-mentions"));
            ui.add(egui::DragValue::new(&mut filters.min_mentions).range(0..=10_000))
                .labelled_by(label.id)
                .on_hover_text(crate::tr!("filters-hide-layer-events-reported-fewer"));
        }
        ui.add(egui::Separator::default().spacing(4.0));
        for (name, value) in [
            (crate::tr!("filters-from"), &mut filters.from),
            (crate::tr!("filters-to"), &mut filters.to),
        ] {
            let label = ui.label(name);
            let ok = bound_ok(value);
            let mut edit = egui::TextEdit::singleline(value)
                .hint_text(crate::tr!("filters-e-g-2008"))
                .desired_width(72.0);
            if !ok {
                edit = edit.text_color(ui.visuals().error_fg_color);
            }
            let r = ui.add(edit).labelled_by(label.id);
            if ok {
                r.on_hover_text(crate::tr!("filters-a-year-a-month-or"));
            } else {
                r.on_hover_text(crate::tr!("filters-write-a-date-as-yyyy"));
            }
        }
        if filters.is_active()
            && ui
                .small_button(crate::tr!("filters-reset"))
                .on_hover_text(crate::tr!("filters-show-every-event-again"))
                .clicked()
        {
            *filters = Filters::default();
        }
        ui.add(egui::Separator::default().spacing(4.0));
        // Room for the longest count (millions of events), so the bar does
        // not grow with the dataset.
        let text = crate::tr!(
            "filters-count",
            shown = thousands(shown),
            total = plural(total, "event")
        );
        let widest = ui.fonts_mut(|f| {
            f.layout_no_wrap(
                crate::tr!(
                    "filters-count",
                    shown = thousands(9_999_999),
                    total = plural(9_999_999, "event")
                ),
                egui::TextStyle::Body.resolve(ui.style()),
                egui::Color32::WHITE,
            )
            .size()
            .x
        });
        ui.allocate_ui_with_layout(
            egui::vec2(widest, ui.available_height()),
            egui::Layout::left_to_right(egui::Align::Center),
            |ui| ui.label(text),
        );
    });
    (edited != *current).then_some(edited)
}

/// A menu of the layers' CAMEO root classes, each shown or hidden.
fn root_classes(ui: &mut Ui, filters: &mut Filters, roots: &[u8]) {
    let hidden = filters.hidden_roots.len();
    let text = if hidden == 0 {
        crate::tr!("filters-actions")
    } else {
        crate::tr!("filters-actions-hidden", hidden = hidden)
    };
    ui.menu_button(text, |ui| {
        for &r in roots {
            let code = format!("{r:02}");
            let name = crate::layer::cameo::describe(&code)
                .map_or_else(|| crate::tr!("layer-not-classed"), str::to_string);
            let mut shown = !filters.hidden_roots.contains(&code);
            if ui
                .checkbox(&mut shown, format!("{code} {}", name.to_lowercase()))
                .changed()
            {
                filters.hidden_roots.retain(|h| *h != code);
                if !shown {
                    filters.hidden_roots.push(code);
                }
            }
        }
    })
    .response
    .on_hover_text(crate::tr!("filters-the-layers-events-by-cameo"));
}

/// The toggles of the kinds are put in a menu past this width (the seven
/// built-in kinds take about 520 points): the bar keeps to one line.
const TOGGLES_MAX_WIDTH: f32 = 600.0;

/// A toggle per kind present, its lane's colour under its text (the legend,
/// with lanes by kind); in a menu of checkboxes when they would not fit.
fn kinds(ui: &mut Ui, filters: &mut Filters, table: &KindTable, present: &[u16]) {
    let kinds: Vec<&Kind> = present
        .iter()
        .filter_map(|&n| table.get(n as usize))
        .collect();
    let padding = 2.0 * ui.spacing().button_padding.x + ui.spacing().item_spacing.x;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let needed: f32 = kinds
        .iter()
        .map(|k| {
            let w = ui.fonts_mut(|f| {
                f.layout_no_wrap(
                    k.shown_label().into_owned(),
                    font.clone(),
                    egui::Color32::WHITE,
                )
                .size()
                .x
            });
            w + padding
        })
        .sum();
    if needed > TOGGLES_MAX_WIDTH {
        kinds_menu(ui, filters, &kinds);
        return;
    }
    let dark = ui.visuals().dark_mode;
    // With lanes by kind, the toggles are the legend too.
    let legend = filters.lanes == LaneBy::Kind;
    for kind in kinds {
        let mut on = filters.shows(&kind.id);
        let color = kind_color(kind.color, dark);
        let toggle = ui
            .toggle_value(&mut on, kind.shown_label())
            .on_hover_text(kind_hover(kind));
        if toggle.changed() {
            filters.set_shown(&kind.id, on);
        }
        // The lane's colour as a bar under the toggle's text: the legend.
        let bar = match (on, legend) {
            (_, false) => egui::Color32::TRANSPARENT,
            (true, true) => color,
            (false, true) => color.gamma_multiply(0.3),
        };
        let r = toggle.rect.shrink2(egui::vec2(5.0, 2.0));
        ui.painter().line_segment(
            [r.left_bottom(), r.right_bottom()],
            egui::Stroke::new(3.0, bar),
        );
    }
}

fn kind_hover(kind: &Kind) -> String {
    match &kind.description {
        Some(d) => crate::tr!(
            "filters-show-hide-kind-about",
            kind = kind.shown_label().to_lowercase(),
            about = d.clone()
        ),
        None => crate::tr!(
            "filters-show-hide-kind",
            kind = kind.shown_label().to_lowercase()
        ),
    }
}

/// "Kinds ▾" (or "Kinds: 9 of 12 ▾"): a checkbox per kind, each with its
/// lane's colour.
fn kinds_menu(ui: &mut Ui, filters: &mut Filters, kinds: &[&Kind]) {
    let shown = kinds.iter().filter(|k| filters.shows(&k.id)).count();
    let text = if shown == kinds.len() {
        crate::tr!("filters-kinds")
    } else {
        crate::tr!("filters-kinds-shown", shown = shown, all = kinds.len())
    };
    let dark = ui.visuals().dark_mode;
    ui.menu_button(text, |ui| {
        for kind in kinds {
            let mut on = filters.shows(&kind.id);
            ui.horizontal(|ui| {
                let (r, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
                ui.painter()
                    .rect_filled(r, 2.0, kind_color(kind.color, dark));
                if ui
                    .checkbox(&mut on, kind.shown_label())
                    .on_hover_text(kind_hover(kind))
                    .changed()
                {
                    filters.set_shown(&kind.id, on);
                }
            });
        }
        ui.separator();
        if ui.button(crate::tr!("filters-show-every-kind")).clicked() {
            filters.hidden.clear();
        }
    })
    .response
    .on_hover_text(crate::tr!("filters-show-or-hide-events-by"));
}

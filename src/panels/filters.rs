//! Search and filters: a text box, a toggle per kind, a date range.

use crate::model::{Date, Event, EventKind};
use crate::timeline::style::kind_color;
use egui::Ui;
use serde::{Deserialize, Serialize};

/// What the timeline shows. Persisted across restarts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub text: String,
    /// Shown kinds, indexed by [`EventKind::index`].
    pub kinds: [bool; EventKind::ALL.len()],
    /// Earliest date shown, as typed (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: String,
    /// Latest date shown, as typed.
    pub to: String,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            text: String::new(),
            kinds: [true; EventKind::ALL.len()],
            from: String::new(),
            to: String::new(),
        }
    }
}

/// Filters parsed once per change, ready to test events quickly.
pub struct Compiled {
    needle: String,
    kinds: [bool; EventKind::ALL.len()],
    from: Option<f64>,
    to: Option<f64>,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }

    pub fn compile(&self) -> Compiled {
        let bound = |s: &str, end: bool| {
            let s = s.trim();
            (!s.is_empty())
                .then(|| Date::parse(s).ok())
                .flatten()
                .map(|d| if end { d.end_day_exclusive() } else { d.start_day() } as f64)
        };
        Compiled {
            needle: self.text.trim().to_lowercase(),
            kinds: self.kinds,
            from: bound(&self.from, false),
            to: bound(&self.to, true),
        }
    }
}

impl Compiled {
    pub fn matches(&self, e: &Event) -> bool {
        if !self.kinds[e.kind.index()] {
            return false;
        }
        let (s, t) = e.when.span_days();
        if self.from.is_some_and(|from| t <= from) || self.to.is_some_and(|to| s >= to) {
            return false;
        }
        e.matches(&self.needle)
    }
}

/// Whether a typed date bound is usable (empty counts as usable).
fn bound_ok(s: &str) -> bool {
    s.trim().is_empty() || Date::parse(s).is_ok()
}

/// The filter bar. Returns true when the filters changed.
pub fn filter_bar(
    ui: &mut Ui,
    filters: &mut Filters,
    present: &[EventKind],
    shown: usize,
    total: usize,
) -> bool {
    let before = filters.clone();
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
    *filters != before
}

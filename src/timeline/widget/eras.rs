//! The era rows above the lanes: one row per party that has eras (then the
//! eras of the whole relationship), each era a band over its span,
//! labelled where its name (or surname) fits; hover names it, a click
//! selects it.

use super::paint::Paint;
use super::{Timeline, TimelineAction, TimelineInput};
use crate::model::Dataset;
use crate::theme::{ERA_ROW_HEIGHT, GUTTER, era_color, text_on};
use egui::{
    Align2, CornerRadius, FontId, Rect, Role, Sense, Stroke, StrokeKind, WidgetInfo, pos2, vec2,
};

/// The parties that have eras, in the dataset's order, with their number
/// (0 or 1): one row of eras each; then (number 2, party "") the eras of
/// the whole relationship, such as imported TimelineJS eras.
pub(crate) fn era_parties(ds: &Dataset) -> Vec<(usize, String)> {
    let (a, b) = &ds.parties;
    let empty = String::new();
    let mut rows: Vec<(usize, String)> = [a, b]
        .into_iter()
        .enumerate()
        .filter(|(_, p)| !p.is_empty() && ds.eras.iter().any(|e| &e.party == *p))
        .map(|(i, p)| (i, p.clone()))
        .collect();
    // Rows of a layer (a mission's level, "France in Kazakhstan"), in order.
    for e in &ds.eras {
        if !e.party.is_empty()
            && e.party != *a
            && e.party != *b
            && !rows.iter().any(|(_, p)| *p == e.party)
        {
            rows.push((3, e.party.clone()));
        }
    }
    if ds.eras.iter().any(|e| e.party == empty) {
        rows.push((2, empty));
    }
    rows
}

impl Timeline {
    /// One row of eras of `party` at `top`; the party's name is in the
    /// gutter.
    pub(super) fn era_row(
        &mut self,
        p: &Paint<'_>,
        input: &TimelineInput<'_>,
        top: f32,
        (party_no, party): (usize, &str),
        actions: &mut Vec<TimelineAction>,
    ) {
        let row = Rect::from_min_max(
            pos2(p.plot.left(), top),
            pos2(p.plot.right(), top + ERA_ROW_HEIGHT),
        );
        let eras = input
            .dataset
            .eras
            .iter()
            .enumerate()
            .filter(|(_, e)| e.party == party);
        for (nth, (i, era)) in eras.enumerate() {
            self.era(p, input, row, (party_no, nth, i), era, actions);
        }
        let visuals = &p.visuals;
        let gutter =
            Rect::from_min_size(pos2(row.left() - GUTTER, top), vec2(GUTTER, ERA_ROW_HEIGHT));
        p.painter.rect_filled(gutter, 0.0, visuals.panel_fill);
        p.painter.text(
            pos2(gutter.left() + 8.0, gutter.center().y),
            Align2::LEFT_CENTER,
            if party.is_empty() {
                crate::tr!("timeline-eras")
            } else {
                party.to_string()
            },
            FontId::proportional(11.5),
            visuals.weak_text_color(),
        );
    }

    /// Era `i` (the `nth` of party `party_no`) in `row`, if in view.
    fn era(
        &mut self,
        p: &Paint<'_>,
        input: &TimelineInput<'_>,
        row: Rect,
        (party_no, nth, i): (usize, usize, usize),
        era: &crate::model::Era,
        actions: &mut Vec<TimelineAction>,
    ) {
        let (view, visuals) = (p.view, &p.visuals);
        let plot_painter = p.painter.with_clip_rect(row);
        // An open era runs to the right edge of the view.
        let (a, b) = era.span_days(view.end.max(view.start));
        if !view.overlaps(a, b) {
            return;
        }
        let x0 = p.x(a).max(p.left() - 2.0);
        let x1 = p.x(b).min(p.right() + 2.0);
        let band = Rect::from_min_max(
            pos2(x0, row.top() + 2.0),
            pos2(x1.max(x0 + 2.0), row.top() + ERA_ROW_HEIGHT - 2.0),
        );
        let fill = era_color(party_no, nth, p.dark);
        plot_painter.rect_filled(band, CornerRadius::same(2), fill);
        let selected = input.selected_era == Some(i);
        if selected {
            plot_painter.rect_stroke(
                band,
                CornerRadius::same(2),
                Stroke::new(2.0, visuals.strong_text_color()),
                StrokeKind::Inside,
            );
        }
        // The full name where it fits, else the surname, else nothing.
        let visible = band.intersect(row);
        let surname = era.name.rsplit(' ').next().unwrap_or(&era.name);
        let font = FontId::proportional(11.5);
        let mut labelled = false;
        for text in [era.name.as_str(), surname] {
            let galley = p.ui.fonts_mut(|f| {
                f.layout_no_wrap(text.to_string(), font.clone(), visuals.text_color())
            });
            if galley.size().x + 10.0 <= visible.width() {
                let pos = pos2(
                    visible.left() + 5.0,
                    visible.center().y - 0.5 * galley.size().y,
                );
                plot_painter.galley(pos, galley, text_on(fill));
                labelled = true;
                break;
            }
        }
        self.last_eras.push((i, band, labelled));
        let hit = visible.intersect(p.plot);
        if !hit.is_positive() {
            return;
        }
        let r = p.ui.interact(hit, p.bg.id.with(("era", i)), Sense::click());
        let name = era.name.clone();
        r.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &name));
        if r.hovered() {
            plot_painter.rect_stroke(
                band,
                CornerRadius::same(2),
                Stroke::new(1.5, visuals.widgets.hovered.fg_stroke.color),
                StrokeKind::Inside,
            );
        }
        let r = r.on_hover_ui(|ui| {
            ui.strong(era.name.as_str());
            if era.party.is_empty() {
                ui.label(capitalised(&era.kind));
            } else {
                ui.label(crate::tr!(
                    "eras-kind-of",
                    kind = capitalised(&era.kind),
                    party = era.party.clone()
                ));
            }
            ui.label(crate::format::era_dates(era));
            ui.weak(crate::tr!("eras-click-for-details"));
        });
        if r.clicked() {
            actions.push(TimelineAction::SelectEra(i));
        }
    }
}

/// "Presidency" from "presidency".
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

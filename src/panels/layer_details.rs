//! The detail panel of a layer event: the layer it is from, the actors,
//! the action with its CAMEO description, the Goldstein scale, tone,
//! mentions, sources and articles, the place, the ids, and the report's
//! address as a link (http and https only, as everywhere).

use crate::document::LayerPart;
use crate::layer::{Actor, cameo};
use crate::panels::details::DetailAction;
use egui::{RichText, Ui};

fn actor_text(a: &Actor) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !a.name.is_empty() {
        parts.push(a.name.to_string());
    }
    if !a.code.is_empty() {
        parts.push(crate::tr!("layer-actor-code", code = a.code.to_string()));
    }
    if let Some(c) = a.country {
        parts.push(crate::tr!("layer-actor-country", country = c.to_string()));
    }
    if parts.is_empty() {
        crate::tr!("layer-not-coded")
    } else {
        parts.join(" · ")
    }
}

/// Event `n` of the layer `part`.
pub(crate) fn layer_details(ui: &mut Ui, part: &LayerPart, n: usize) -> Vec<DetailAction> {
    let mut actions = Vec::new();
    let layer = &part.layer;
    let Some(e) = layer.events.get(n) else {
        return actions;
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(crate::tr!("layer-event-of", layer = layer.format.label())).weak());
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button("×")
                .on_hover_text(crate::tr!("details-close-esc"))
                .clicked()
            {
                actions.push(DetailAction::Close);
            }
        });
    });
    ui.heading(e.title());
    ui.weak(crate::tr!(
        "layer-event-from",
        date = e.date.to_string(),
        file = layer.file_name(),
        layer = layer.describe()
    ));
    ui.add_space(4.0);
    let action =
        cameo::describe(&e.code).map_or_else(|| crate::tr!("layer-not-in-cameo"), str::to_string);
    let root = cameo::describe(e.root()).unwrap_or("");
    let quad = cameo::QUAD_CLASSES
        .get(e.quad.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("-");
    let not_given = || crate::tr!("layer-not-given");
    let number = |v: Option<f32>| v.map_or_else(not_given, |v| format!("{v:+.1}"));
    let scale = if layer.format == crate::layer::LayerFormat::Icews {
        "layer-intensity"
    } else {
        "layer-goldstein"
    };
    let rows: Vec<(String, String)> = vec![
        (crate::tr!("layer-date"), e.date.to_string()),
        (crate::tr!("layer-actor-1"), actor_text(&e.actor1)),
        (crate::tr!("layer-actor-2"), actor_text(&e.actor2)),
        (
            crate::tr!("layer-action"),
            format!("{} {action} ({} {root})", e.code, e.root()),
        ),
        (crate::tr!("layer-quad-class"), quad.to_string()),
        (crate::tr!(scale), number(e.goldstein)),
        (crate::tr!("layer-tone"), number(e.tone)),
        (
            crate::tr!("layer-mentions"),
            crate::tr!(
                "layer-mentions-value",
                mentions = e.mentions,
                sources = e.sources,
                articles = e.articles
            ),
        ),
        (
            crate::tr!("layer-place"),
            if e.place.is_empty() {
                not_given()
            } else {
                e.place.to_string()
            },
        ),
        (
            crate::tr!("layer-event-id"),
            crate::tr!(
                "layer-event-id-value",
                id = e.id.to_string(),
                line = e.line,
                file = layer.file_name()
            ),
        ),
    ];
    egui::Grid::new("layer-facts")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .show(ui, |ui| {
            for (k, v) in &rows {
                ui.weak(k);
                ui.label(v);
                ui.end_row();
            }
            if !e.publisher.is_empty() {
                ui.weak(crate::tr!("layer-details-publisher"));
                ui.label(e.publisher.as_str());
                ui.end_row();
            }
        });
    if !e.url.is_empty() {
        ui.add_space(6.0);
        ui.strong(crate::tr!("layer-details-source"));
        if crate::model::source::is_openable_url(&e.url) {
            ui.hyperlink_to(&e.url, &e.url);
        } else {
            ui.label(&e.url)
                .on_hover_text(crate::tr!("layer-details-only-http-and-https-links"));
        }
    }
    ui.add_space(6.0);
    ui.weak(crate::tr!("layer-details-machine-coded-from-news-reports"));
    if ui
        .button(crate::tr!("layer-details-add-to-dataset"))
        .on_hover_text(crate::tr!("layer-details-write-this-event-into-the"))
        .clicked()
    {
        actions.push(DetailAction::Promote(part.events.start + n));
    }
    actions
}

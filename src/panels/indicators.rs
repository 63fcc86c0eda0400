//! Indicator cards: single figures with their as-of date and source.

use crate::model::{Dataset, Date};
use egui::{RichText, Ui};

pub(crate) fn indicator_cards(ui: &mut Ui, ds: &Dataset) {
    if ds.indicators.is_empty() {
        return;
    }
    ui.label(crate::theme::title(crate::tr!("indicators-title")));
    ui.horizontal_wrapped(|ui| {
        for ind in &ds.indicators {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(300.0);
                ui.label(RichText::new(ind.label.as_str()).strong());
                let approx = crate::format::about(ind.approximate);
                ui.label(
                    RichText::new(format!(
                        "{approx}{} {}",
                        crate::format::number(ind.value),
                        ind.unit
                    ))
                    .size(20.0),
                );
                let as_of = Date::parse(&ind.as_of).map_or(ind.as_of.clone(), |d| d.to_string());
                ui.weak(crate::tr!("indicators-as-of", date = as_of.to_string()));
                if let Some(rank) = crate::format::rank(ind, ind.rank) {
                    ui.label(crate::tr!(
                        "indicators-rank-as-of",
                        rank = rank.to_string(),
                        date = as_of.to_string()
                    ));
                }
                if ind.is_series() {
                    ui.weak(crate::tr!("indicators-earlier", n = ind.earlier.len()));
                }
                for id in &ind.sources {
                    if let Some(s) = ds.source(id) {
                        crate::panels::details::source_line(ui, s);
                    }
                }
                if let Some(note) = &ind.note {
                    ui.add(egui::Label::new(RichText::new(note).small()).wrap());
                }
            });
        }
    });
}

//! Entente: a desktop viewer for the history of a relationship between two
//! countries. The binary in `main.rs` is a thin command line over this crate.

/// eframe::App: persisted state, commands, the thin ui().
pub mod app;
/// Trade charts on the timeline's time axis (egui_plot).
pub mod charts;
/// PNG export: offscreen rendering, atomic writes with metadata.
pub mod export;
/// Synthetic datasets for scale tests.
pub mod generate;
/// RON text -> Dataset, validation, diagnostics with line:col.
pub mod load;
/// Pure data: Dataset, Event, Date with precision, trade series.
pub mod model;
/// Detail panel, search and filters, diagnostics panel, indicator cards.
pub mod panels;
/// Time axis, lane layout with clustering, the timeline widget.
pub mod timeline;

/// The bundled Kazakhstan–France dataset, embedded in the binary.
pub const BUNDLED_DATA: &str = include_str!("../data/kz-fr.ron");
/// The name the bundled dataset is shown under.
pub const BUNDLED_NAME: &str = "kz-fr.ron (bundled)";

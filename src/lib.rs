//! Entente: a desktop viewer for the history of a relationship between two
//! countries. The binary in `main.rs` is a thin command line over this crate.

pub mod app;
pub mod charts;
pub mod load; // RON text -> Dataset, validation, diagnostics with line:col
pub mod model; // pure data: Dataset, Event, Date with precision, trade series
pub mod panels; // detail panel, search and filters, diagnostics panel
pub mod timeline; // time axis, lane layout with clustering, the timeline widget // eframe::App: persisted state, commands, the thin ui() // trade charts on the shared time axis (egui_plot)

/// The bundled Kazakhstan–France dataset, embedded in the binary.
pub const BUNDLED_DATA: &str = include_str!("../data/kz-fr.ron");
/// The name the bundled dataset is shown under.
pub const BUNDLED_NAME: &str = "kz-fr.ron (bundled)";

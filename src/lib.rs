//! Entente: a desktop viewer for the history of a relationship between two
//! countries. The binary in `main.rs` is a thin command line over this crate.
//!
//! Dependencies point one way:
//! `app` → `panels`, `timeline`, `charts`, `export` → `theme`, `format`,
//! `document` → `import` → `load`, `write_file` → `model`. Nothing but `main.rs` uses `app`.

/// eframe::App: the window's state, commands, layout, files and exports.
pub mod app;
/// Trade charts on the timeline's time axis (egui_plot).
pub mod charts;
/// A loaded dataset, its source, the filters and the index of shown events.
pub mod document;
/// Charts and the timeline as PNG files: offscreen rendering, metadata.
pub mod export;
/// How dates at their precision, figures and counts are written.
pub mod format;
/// Synthetic datasets for scale tests.
pub mod generate;
/// TimelineJS JSON and CSV -> Dataset; commented RON out; new datasets.
pub mod import;
/// RON text -> Dataset, validation, diagnostics with line:col.
pub mod load;
/// Pure data: Dataset, Event, Date with precision, trade series.
pub mod model;
/// Detail panel, filter bar, diagnostics panel, indicator cards.
pub mod panels;
/// Fonts, light and dark, colours, title size, layout constants.
pub mod theme;
/// Time axis, lane layout with clustering, the timeline widget.
pub mod timeline;
/// Atomic file writes (a temporary file in the folder, then a rename).
pub mod write_file;

/// The bundled Kazakhstan–France dataset, embedded in the binary.
pub const BUNDLED_DATA: &str = include_str!("../data/kz-fr.ron");
/// The name the bundled dataset is shown under.
pub const BUNDLED_NAME: &str = "kz-fr.ron (bundled)";

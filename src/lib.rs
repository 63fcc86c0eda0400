//! Entente: a desktop viewer for the history of a relationship between two
//! countries. The binary (`main.rs` and `cli/`) is a thin command line over
//! this crate: it turns arguments into calls of [`open`] and
//! [`export::write`].
//!
//! # Layers
//!
//! Dependencies point one way, leaves at the bottom; a module uses only the
//! modules below it:
//!
//! ```text
//! main.rs, cli/                      (the binary)
//! app                                eframe::App: state, layout, commands, files, exports
//! export                             THE DOOR OUT: Request -> write()
//! timeline, charts, panels           the views
//! theme, command                     fonts and colours; commands with labels and shortcuts
//! document                           a loaded dataset and what is derived from it
//! open                               THE DOOR IN: Format by extension and content, open()
//! import                             readers of other people's files (TimelineJS)
//! load                               RON -> Dataset, validation, diagnostics
//! format, fs, generate               how values are written; file helpers; synthetic data
//! model                              pure data
//! ```
//!
//! Nothing but the binary uses `app`; nothing but `open` decides what kind a
//! file is; nothing but `export::write` decides how an output is written.

#![warn(unreachable_pub)]

/// eframe::App: the window's state, commands, layout, files and exports.
pub mod app;
/// Trade charts on the timeline's time axis (egui_plot).
pub mod charts;
/// The commands a person can give, with their labels and shortcuts.
pub mod command;
/// One country table: names, ISO 3166 codes, UN M49 and Comtrade numbers.
pub mod country;
/// A loaded dataset, its source, the filters and the index of shown events.
pub mod document;
/// The door out: charts, the timeline, the sheet, figures and TimelineJS
/// written from one `Request`.
pub mod export;
/// How dates at their precision, figures, counts and markup are written.
pub mod format;
/// What kind of thing is at a path; atomic file writes.
pub mod fs;
/// Synthetic datasets for scale tests.
pub mod generate;
/// The window's own words in English, French and Russian (Fluent).
pub mod i18n;
/// Readers of other people's files (TimelineJS JSON and CSV); commented
/// RON out; new datasets.
pub mod import;
/// Event-data layers (GDELT, ICEWS, Correlates of War, Wikidata terms)
/// read beside a dataset, never written into it.
pub mod layer;
/// RON text -> Dataset, validation, diagnostics with line:col.
pub mod load;
/// Pure data: Dataset, Event, Date with precision, trade series.
pub mod model;
/// The door in: every file is read through `open::open`.
pub mod open;
/// Detail panel, filter bar, diagnostics panel, indicator cards, forms.
pub mod panels;
/// Official trade statistics (UN Comtrade, WITS, WDI) read into series.
pub mod stats;
/// Fonts, light and dark, colours, title size, layout constants.
pub mod theme;
/// Time axis, lane layout with clustering, the timeline widget.
pub mod timeline;

/// The bundled Kazakhstan–France dataset, embedded in the binary.
pub const BUNDLED_DATA: &str = include_str!("../data/kz-fr.ron");

/// The application's id: the desktop entry's and AppStream's, the window's.
pub const APP_ID: &str = "io.github.entente.Entente";

/// The bundled dataset: the installed copy (`../share/entente/kz-fr.ron`
/// beside the binary's folder, `/usr/share/entente/kz-fr.ron` for a
/// package) when there is one, else the copy embedded in the binary.
pub fn bundled_data() -> std::borrow::Cow<'static, str> {
    let installed = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.parent()?.join("share/entente/kz-fr.ron")));
    match installed.and_then(|p| std::fs::read_to_string(p).ok()) {
        Some(text) => std::borrow::Cow::Owned(text),
        None => std::borrow::Cow::Borrowed(BUNDLED_DATA),
    }
}
/// The name the bundled dataset is shown under.
pub const BUNDLED_NAME: &str = "kz-fr.ron (bundled)";

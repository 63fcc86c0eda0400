//! Panels around the timeline: details of the selection, the filter bar,
//! the diagnostics of a file, and the indicator cards. Each returns what the
//! user asked for; none changes the app behind its back.

pub(crate) mod details;
pub mod diagnostics;
pub(crate) mod filters;
pub(crate) mod indicators;
pub(crate) mod layer_details;
pub(crate) mod loading;
pub(crate) mod save_dialog;

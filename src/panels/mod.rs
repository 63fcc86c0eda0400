//! Panels around the timeline: details of the selection, search and
//! filters, and the diagnostics of a file that did not load.

pub mod details;
pub mod diagnostics;
pub mod filters;
pub mod indicators;

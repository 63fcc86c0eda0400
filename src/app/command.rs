//! What the user asks for.
//!
//! During a frame, the panels and widgets return what the user did (a click,
//! a key, an edit) as actions; the layout code turns them into [`Command`]s
//! and queues them. After the frame, `command_handling` runs the queue in
//! order, so no widget changes the app's state behind another's back and
//! what is drawn in one frame comes from one state.
//!
//! The intents with no argument are [`UiCommand`]s (crate::command), which
//! the views share; a command here may carry what it acts on.
//!
//! What is not the user's doing is not a command: a finished load, an export
//! that ended, a change to the watched file are polled once a frame by
//! `files` and `exporting` and handled there. The pointer over a chart period
//! and where each chart was drawn are outputs of the frame, kept as they are.

use super::save_path::SaveAs;
use crate::charts::ChartId;
use crate::command::{ChartExport, UiCommand};
use crate::document::Filters;
use crate::model::FigureRef;
use std::path::PathBuf;

/// Something to do after this frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Ui(UiCommand),
    /// Select an event by dataset index.
    Select(usize),
    SelectFigure(FigureRef),
    /// Select an era, or an indicator's value.
    SelectOther(crate::document::Selection),
    /// Show a span of epoch days (a clicked cluster).
    ZoomTo(f64, f64),
    /// Open a data file.
    Open(PathBuf),
    /// Export a chart (or the timeline): ask where to save it, or copy it.
    Export(ChartId, ChartExport),
    /// Save `SaveAs` into this file (the answer of a save dialog).
    SaveTo(SaveAs, PathBuf),
    /// Show what these filters let through (the filter bar's edits).
    SetFilters(Filters),
    /// Open the form that writes a layer event (by document index) into
    /// the dataset.
    Promote(usize),
}

impl From<UiCommand> for Command {
    fn from(c: UiCommand) -> Self {
        Self::Ui(c)
    }
}

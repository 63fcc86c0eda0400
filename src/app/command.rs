//! What the user asks for.
//!
//! During a frame, the panels and widgets return what the user did (a click,
//! a key, an edit) as actions; the layout code turns them into [`Command`]s
//! and queues them. After the frame, `command_handling` runs the queue in
//! order, so no widget changes the app's state behind another's back and
//! what is drawn in one frame comes from one state.
//!
//! [`UiCommand`]s are the intents that need no argument: each knows its label,
//! its tooltip and its keyboard shortcuts, so a menu entry, a button and the
//! key map all say the same thing, and shortcuts are written the platform's
//! way (⌘O on macOS, Ctrl+O elsewhere) by `Context::format_shortcut`.
//!
//! What is not the user's doing is not a command: a finished load, an export
//! that ended, a change to the watched file are polled once a frame by
//! `files` and `exporting` and handled there. The pointer over a chart period
//! and where each chart was drawn are outputs of the frame, kept as they are.

use super::exporting::ExportTarget;
use crate::charts::ChartId;
use crate::document::Filters;
use crate::model::FigureRef;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// An intent with no argument, reachable from a menu, a button or a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UiCommand {
    Open,
    /// Write a new dataset from the template (asks the parties and where).
    NewDataset,
    Reload,
    OpenBundled,
    ToggleTheme,
    FitAll,
    ZoomIn,
    ZoomOut,
    SelectNext,
    SelectPrevious,
    SelectFirst,
    SelectLast,
    /// Select the nearest event in the lane above.
    SelectLaneAbove,
    /// Select the nearest event in the lane below.
    SelectLaneBelow,
    /// Lanes by the next of kind, country, person, group.
    NextLanes,
    ClearSelection,
    ToggleWarnings,
    ToggleExport2x,
    ToggleEventLines,
    ToggleEras,
    ToggleCaption,
    ExportSheet,
    /// Save the chart under the pointer as a PNG.
    SaveChartUnderPointer,
    /// Copy the chart under the pointer to the clipboard.
    CopyChartUnderPointer,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

impl UiCommand {
    pub const ALL: [UiCommand; 24] = [
        Self::Open,
        Self::NewDataset,
        Self::Reload,
        Self::OpenBundled,
        Self::ToggleTheme,
        Self::FitAll,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::SelectNext,
        Self::SelectPrevious,
        Self::SelectFirst,
        Self::SelectLast,
        Self::SelectLaneAbove,
        Self::SelectLaneBelow,
        Self::NextLanes,
        Self::ClearSelection,
        Self::ToggleWarnings,
        Self::ToggleExport2x,
        Self::ToggleEventLines,
        Self::ToggleEras,
        Self::ToggleCaption,
        Self::ExportSheet,
        Self::SaveChartUnderPointer,
        Self::CopyChartUnderPointer,
    ];

    /// The text of its menu entry or button.
    pub fn label(self) -> &'static str {
        match self {
            Self::Open => "Open…",
            Self::NewDataset => "New dataset…",
            Self::Reload => "Reload",
            Self::OpenBundled => "Open the bundled dataset",
            Self::ToggleTheme => "Switch theme",
            Self::FitAll => "Fit all",
            Self::ZoomIn => "+",
            Self::ZoomOut => "−",
            Self::SelectNext => "Next event",
            Self::SelectPrevious => "Previous event",
            Self::SelectFirst => "First event",
            Self::SelectLast => "Last event",
            Self::SelectLaneAbove => "Event in the lane above",
            Self::SelectLaneBelow => "Event in the lane below",
            Self::NextLanes => "Next lanes",
            Self::ClearSelection => "Clear the selection",
            Self::ToggleWarnings => "Warnings",
            Self::ToggleExport2x => "Export at 2×",
            Self::ToggleEventLines => "Event lines",
            Self::ToggleEras => "Eras",
            Self::ToggleCaption => "Caption",
            Self::ExportSheet => "Export briefing sheet…",
            Self::SaveChartUnderPointer => "Save image…",
            Self::CopyChartUnderPointer => "Copy image",
        }
    }

    /// What it does, for tooltips.
    pub fn tooltip(self) -> &'static str {
        match self {
            Self::Open => "Open a dataset, or a TimelineJS file (JSON, or the spreadsheet as CSV)",
            Self::NewDataset => {
                "Start a dataset of two parties: a commented file with one example of each record, opened and watched as you edit it"
            }
            Self::Reload => "Read the open file again",
            Self::OpenBundled => "Open the Kazakhstan–France dataset that comes with Entente",
            Self::ToggleTheme => "Switch between light and dark themes",
            Self::FitAll => "Show every event",
            Self::ZoomIn => "Zoom in",
            Self::ZoomOut => "Zoom out",
            Self::SelectNext => "Select the next event in time",
            Self::SelectPrevious => "Select the previous event in time",
            Self::SelectFirst => "Select the first event",
            Self::SelectLast => "Select the last event",
            Self::SelectLaneAbove => "Select the event nearest in time in the lane above",
            Self::SelectLaneBelow => "Select the event nearest in time in the lane below",
            Self::NextLanes => "Lanes by kind, country, person or group: switch to the next",
            Self::ClearSelection => "Clear the selection",
            Self::ToggleWarnings => "Show or hide the warnings of this file",
            Self::ToggleExport2x => "Save charts at twice the screen resolution, for print",
            Self::ToggleEventLines => {
                "Show or hide the events on the charts (thin lines in lane colours)"
            }
            Self::ToggleEras => {
                "Show or hide the eras above the lanes (e.g. each country's presidents)"
            }
            Self::ToggleCaption => {
                "Put a caption under exported images: the period shown, the sources, and where the image comes from"
            }
            Self::ExportSheet => {
                "One landscape page for a brief: the timeline and trade charts of the view, the events shown and the sources cited (PDF, SVG or PNG)"
            }
            Self::SaveChartUnderPointer => "Save this chart as a PNG, SVG or PDF file",
            Self::CopyChartUnderPointer => "Copy this chart to the clipboard",
        }
    }

    /// Its keyboard shortcuts; the first is the one shown.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const OPEN: [KeyboardShortcut; 1] = [command(Key::O)];
        const RELOAD: [KeyboardShortcut; 1] = [command(Key::R)];
        const FIT: [KeyboardShortcut; 1] = [key(Key::F)];
        const IN: [KeyboardShortcut; 2] = [key(Key::Plus), key(Key::Equals)];
        const OUT: [KeyboardShortcut; 1] = [key(Key::Minus)];
        const NEXT: [KeyboardShortcut; 1] = [key(Key::ArrowRight)];
        const PREVIOUS: [KeyboardShortcut; 1] = [key(Key::ArrowLeft)];
        const FIRST: [KeyboardShortcut; 1] = [key(Key::Home)];
        const LAST: [KeyboardShortcut; 1] = [key(Key::End)];
        const CLEAR: [KeyboardShortcut; 1] = [key(Key::Escape)];
        const SAVE: [KeyboardShortcut; 1] = [key(Key::S)];
        const COPY: [KeyboardShortcut; 1] = [key(Key::C)];
        const ERAS: [KeyboardShortcut; 1] = [key(Key::E)];
        const NEW: [KeyboardShortcut; 1] = [command(Key::N)];
        const UP: [KeyboardShortcut; 1] = [key(Key::ArrowUp)];
        const DOWN: [KeyboardShortcut; 1] = [key(Key::ArrowDown)];
        const LANES: [KeyboardShortcut; 1] = [key(Key::L)];
        match self {
            Self::Open => &OPEN,
            Self::Reload => &RELOAD,
            Self::FitAll => &FIT,
            Self::ZoomIn => &IN,
            Self::ZoomOut => &OUT,
            Self::SelectNext => &NEXT,
            Self::SelectPrevious => &PREVIOUS,
            Self::SelectFirst => &FIRST,
            Self::SelectLast => &LAST,
            Self::ClearSelection => &CLEAR,
            Self::SaveChartUnderPointer => &SAVE,
            Self::CopyChartUnderPointer => &COPY,
            Self::ToggleEras => &ERAS,
            Self::NewDataset => &NEW,
            Self::SelectLaneAbove => &UP,
            Self::SelectLaneBelow => &DOWN,
            Self::NextLanes => &LANES,
            Self::OpenBundled
            | Self::ToggleTheme
            | Self::ToggleWarnings
            | Self::ToggleExport2x
            | Self::ToggleEventLines
            | Self::ToggleCaption
            | Self::ExportSheet => &[],
        }
    }

    /// The shortcut shown next to it, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Whether its shortcut works while a text field has the keyboard: the
    /// ones with a modifier do, plain keys are the text field's.
    pub fn works_while_typing(self) -> bool {
        self.shortcut()
            .is_some_and(|s| s.modifiers.command || s.modifiers.ctrl)
    }

    /// The tooltip, with the shortcut as this platform writes it.
    pub fn tooltip_with_shortcut(self, ctx: &egui::Context) -> String {
        match self.shortcut() {
            Some(s) => format!("{} ({})", self.tooltip(), ctx.format_shortcut(&s)),
            None => self.tooltip().to_string(),
        }
    }

    /// The tooltip with the shortcut, for a key that acts on what is under
    /// the pointer: "Save this chart as a PNG file (S with the pointer over it)".
    pub fn tooltip_with_pointer_shortcut(self, ctx: &egui::Context) -> String {
        match self.shortcut() {
            Some(s) => format!(
                "{} ({} with the pointer over it)",
                self.tooltip(),
                ctx.format_shortcut(&s)
            ),
            None => self.tooltip().to_string(),
        }
    }

    /// A menu entry with the shortcut on its right. True when clicked.
    pub(crate) fn menu_item(self, ui: &mut egui::Ui) -> bool {
        let mut button = egui::Button::new(self.label());
        if let Some(s) = self.shortcut() {
            button = button.shortcut_text(ui.ctx().format_shortcut(&s));
        }
        ui.add(button)
            .on_hover_text(self.tooltip_with_shortcut(ui.ctx()))
            .clicked()
    }

    /// A button with `text` and the tooltip with the shortcut. True when clicked.
    pub(crate) fn button(self, ui: &mut egui::Ui, text: &str) -> bool {
        ui.button(text)
            .on_hover_text(self.tooltip_with_shortcut(ui.ctx()))
            .clicked()
    }
}

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
    /// Export a chart (or the timeline) as a PNG or to the clipboard.
    Export(ChartId, ExportTarget),
    /// Show what these filters let through (the filter bar's edits).
    SetFilters(Filters),
}

impl From<UiCommand> for Command {
    fn from(c: UiCommand) -> Self {
        Self::Ui(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
        for c in UiCommand::ALL {
            for s in c.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(t, _)| t == s) {
                    panic!("{c:?} and {other:?} share {s:?}");
                }
                seen.push((*s, c));
            }
        }
        assert!(seen.len() >= 12, "the key map is there: {seen:?}");
    }

    #[test]
    fn shortcuts_are_written_the_platforms_way() {
        let ctx = egui::Context::default();
        let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
        out.textures_delta.clear();
        let text = UiCommand::Open.tooltip_with_shortcut(&ctx);
        // Linux and Windows write Ctrl, macOS ⌘.
        assert!(
            text.ends_with("(Ctrl+O)") || text.ends_with("(⌘O)"),
            "{text}"
        );
        assert!(UiCommand::Open.works_while_typing());
        assert!(!UiCommand::SelectNext.works_while_typing());
    }

    #[test]
    fn all_lists_every_command_once() {
        let mut all = UiCommand::ALL.to_vec();
        all.sort_by_key(|c| format!("{c:?}"));
        all.dedup();
        assert_eq!(all.len(), UiCommand::ALL.len());
    }
}

//! The commands a person can give with no argument: each knows its label,
//! its tooltip and its keyboard shortcuts, so a menu entry, a button, a
//! context menu, the status bar's hints and the key map all say the same
//! thing, with shortcuts written the platform's way (⌘O on macOS, Ctrl+O
//! elsewhere) by `Context::format_shortcut`.
//!
//! This module sits below the views (`timeline`, `charts`, `panels`), which
//! take their labels and shortcuts from it; the application runs the
//! commands. [`UiCommand::iter`] lists every variant (derived, so it cannot
//! fall out of date).

use egui::{Key, KeyboardShortcut, Modifiers};
use strum::{EnumIter, IntoEnumIterator as _};

/// An intent with no argument, reachable from a menu, a button or a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum UiCommand {
    Open,
    /// Add official statistics (a CSV file) to the open dataset.
    AddStatistics,
    /// Add a layer of event data beside the open dataset.
    AddLayer,
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
    /// Save a chart (the one under the pointer, from the keyboard) as an image.
    SaveChartImage,
    /// Copy a chart (the one under the pointer, from the keyboard).
    CopyChartImage,
    /// Save the figures a chart shows as CSV.
    SaveChartData,
}

const fn key(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

impl UiCommand {
    /// Every command, in declaration order.
    pub fn iter() -> impl Iterator<Item = UiCommand> {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// The text of its menu entry or button, in the window's language.
    pub fn label(self) -> String {
        crate::tr!(self.label_id())
    }

    /// What it does, for tooltips, in the window's language.
    pub(crate) fn tooltip(self) -> String {
        crate::tr!(self.tooltip_id())
    }

    /// The message id of its label.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Open => "cmd-open",
            Self::AddStatistics => "cmd-add-statistics",
            Self::AddLayer => "cmd-add-layer",
            Self::NewDataset => "cmd-new-dataset",
            Self::Reload => "cmd-reload",
            Self::OpenBundled => "cmd-open-bundled",
            Self::ToggleTheme => "cmd-toggle-theme",
            Self::FitAll => "cmd-fit-all",
            Self::ZoomIn => "cmd-zoom-in",
            Self::ZoomOut => "cmd-zoom-out",
            Self::SelectNext => "cmd-select-next",
            Self::SelectPrevious => "cmd-select-previous",
            Self::SelectFirst => "cmd-select-first",
            Self::SelectLast => "cmd-select-last",
            Self::SelectLaneAbove => "cmd-select-lane-above",
            Self::SelectLaneBelow => "cmd-select-lane-below",
            Self::NextLanes => "cmd-next-lanes",
            Self::ClearSelection => "cmd-clear-selection",
            Self::ToggleWarnings => "cmd-toggle-warnings",
            Self::ToggleExport2x => "cmd-toggle-export-2x",
            Self::ToggleEventLines => "cmd-toggle-event-lines",
            Self::ToggleEras => "cmd-toggle-eras",
            Self::ToggleCaption => "cmd-toggle-caption",
            Self::ExportSheet => "cmd-export-sheet",
            Self::SaveChartImage => "cmd-save-chart-image",
            Self::CopyChartImage => "cmd-copy-chart-image",
            Self::SaveChartData => "cmd-save-chart-data",
        }
    }

    /// The message id of its tooltip.
    pub(crate) fn tooltip_id(self) -> &'static str {
        match self {
            Self::Open => "cmd-open-tip",
            Self::AddLayer => "cmd-add-layer-tip",
            Self::AddStatistics => "cmd-add-statistics-tip",
            Self::NewDataset => "cmd-new-dataset-tip",
            Self::Reload => "cmd-reload-tip",
            Self::OpenBundled => "cmd-open-bundled-tip",
            Self::ToggleTheme => "cmd-toggle-theme-tip",
            Self::FitAll => "cmd-fit-all-tip",
            Self::ZoomIn => "cmd-zoom-in-tip",
            Self::ZoomOut => "cmd-zoom-out-tip",
            Self::SelectNext => "cmd-select-next-tip",
            Self::SelectPrevious => "cmd-select-previous-tip",
            Self::SelectFirst => "cmd-select-first-tip",
            Self::SelectLast => "cmd-select-last-tip",
            Self::SelectLaneAbove => "cmd-select-lane-above-tip",
            Self::SelectLaneBelow => "cmd-select-lane-below-tip",
            Self::NextLanes => "cmd-next-lanes-tip",
            Self::ClearSelection => "cmd-clear-selection-tip",
            Self::ToggleWarnings => "cmd-toggle-warnings-tip",
            Self::ToggleExport2x => "cmd-toggle-export-2x-tip",
            Self::ToggleEventLines => "cmd-toggle-event-lines-tip",
            Self::ToggleEras => "cmd-toggle-eras-tip",
            Self::ToggleCaption => "cmd-toggle-caption-tip",
            Self::ExportSheet => "cmd-export-sheet-tip",
            Self::SaveChartImage => "cmd-save-chart-image-tip",
            Self::CopyChartImage => "cmd-copy-chart-image-tip",
            Self::SaveChartData => "cmd-save-chart-data-tip",
        }
    }

    /// Its keyboard shortcuts; the first is the one shown.
    pub(crate) fn shortcuts(self) -> &'static [KeyboardShortcut] {
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
            Self::SaveChartImage => &SAVE,
            Self::CopyChartImage => &COPY,
            Self::ToggleEras => &ERAS,
            Self::NewDataset => &NEW,
            Self::SelectLaneAbove => &UP,
            Self::SelectLaneBelow => &DOWN,
            Self::NextLanes => &LANES,
            Self::OpenBundled
            | Self::AddStatistics
            | Self::AddLayer
            | Self::ToggleTheme
            | Self::ToggleWarnings
            | Self::ToggleExport2x
            | Self::ToggleEventLines
            | Self::ToggleCaption
            | Self::ExportSheet
            | Self::SaveChartData => &[],
        }
    }

    /// The shortcut shown next to it, if any.
    pub fn shortcut(self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// Whether it acts on the chart under the pointer when given by its key.
    pub(crate) fn acts_on_pointer(self) -> bool {
        matches!(self, Self::SaveChartImage | Self::CopyChartImage)
    }

    /// Whether its shortcut works while a text field has the keyboard: the
    /// ones with a modifier do, plain keys are the text field's.
    pub(crate) fn works_while_typing(self) -> bool {
        self.shortcut()
            .is_some_and(|s| s.modifiers.command || s.modifiers.ctrl)
    }

    /// Its shortcut as this platform writes it ("Ctrl+O", "⌘O", "F").
    pub(crate) fn shortcut_text(self, ctx: &egui::Context) -> Option<String> {
        self.shortcut().map(|s| ctx.format_shortcut(&s))
    }

    /// The tooltip, with the shortcut as this platform writes it; for a
    /// key that acts on the chart under the pointer, it says so.
    pub(crate) fn tooltip_with_shortcut(self, ctx: &egui::Context) -> String {
        match self.shortcut_text(ctx) {
            Some(s) if self.acts_on_pointer() => {
                crate::tr!(
                    "command-pointer-shortcut",
                    tooltip = self.tooltip(),
                    keys = s
                )
            }
            Some(s) => format!("{} ({s})", self.tooltip()),
            None => self.tooltip().to_string(),
        }
    }

    /// A menu entry with the shortcut on its right. True when clicked.
    pub(crate) fn menu_item(self, ui: &mut egui::Ui) -> bool {
        let mut button = egui::Button::new(self.label());
        if let Some(s) = self.shortcut_text(ui.ctx()) {
            button = button.shortcut_text(s);
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

    /// A small button with its own label and tooltip. True when clicked.
    pub(crate) fn small_button(self, ui: &mut egui::Ui) -> bool {
        ui.small_button(self.label())
            .on_hover_text(self.tooltip_with_shortcut(ui.ctx()))
            .clicked()
    }

    /// A toggle showing whether it is `on`. True when clicked.
    pub(crate) fn toggle(self, ui: &mut egui::Ui, on: bool) -> bool {
        ui.selectable_label(on, self.label())
            .on_hover_text(self.tooltip_with_shortcut(ui.ctx()))
            .clicked()
    }
}

/// What a chart (or the timeline) can be exported as, from its buttons and
/// its context menu: one action for every view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter)]
pub enum ChartExport {
    /// Save its image (asks where).
    SaveImage,
    /// Copy its image to the clipboard.
    CopyImage,
    /// Save the figures it shows as CSV (asks where).
    SaveData,
}

impl ChartExport {
    /// The command whose label, tooltip and shortcut it uses.
    pub fn command(self) -> UiCommand {
        match self {
            Self::SaveImage => UiCommand::SaveChartImage,
            Self::CopyImage => UiCommand::CopyChartImage,
            Self::SaveData => UiCommand::SaveChartData,
        }
    }

    /// The export a command asks for, if it is one.
    pub fn of(command: UiCommand) -> Option<Self> {
        Self::iter().find(|e| e.command() == command)
    }

    /// The three as small buttons; the one clicked, if any.
    pub(crate) fn buttons(ui: &mut egui::Ui) -> Option<Self> {
        let mut clicked = None;
        for e in Self::iter() {
            if e.command().small_button(ui) {
                clicked = Some(e);
            }
        }
        clicked
    }

    /// The three in a right-click menu on `response`; the one clicked.
    pub(crate) fn context_menu(response: &egui::Response) -> Option<Self> {
        let mut clicked = None;
        response.context_menu(|ui| {
            for e in Self::iter() {
                if e.command().menu_item(ui) {
                    clicked = Some(e);
                }
            }
        });
        clicked
    }
}

/// The status bar's reminder of the gestures and keys of the timeline, its
/// keys taken from the commands and written the platform's way.
pub(crate) fn navigation_hints(ctx: &egui::Context) -> String {
    let k = |c: UiCommand| c.shortcut_text(ctx).unwrap_or_default();
    crate::tr!(
        "status-navigation-hints",
        zoom = ctx.format_modifiers(Modifiers::COMMAND),
        previous = k(UiCommand::SelectPrevious),
        next = k(UiCommand::SelectNext),
        up = k(UiCommand::SelectLaneAbove),
        down = k(UiCommand::SelectLaneBelow),
        fit = k(UiCommand::FitAll),
        clear = k(UiCommand::ClearSelection),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: Vec<(KeyboardShortcut, UiCommand)> = Vec::new();
        for c in UiCommand::iter() {
            for s in c.shortcuts() {
                if let Some((_, other)) = seen.iter().find(|(t, _)| t == s) {
                    panic!("{c:?} and {other:?} share {s:?}");
                }
                seen.push((*s, c));
            }
        }
        assert!(seen.len() >= 12, "the key map is there: {seen:?}");
    }

    fn ctx() -> egui::Context {
        let ctx = egui::Context::default();
        let mut out = ctx.run_ui(egui::RawInput::default(), |_| {});
        out.textures_delta.clear();
        ctx
    }

    #[test]
    fn shortcuts_are_written_the_platforms_way() {
        let ctx = ctx();
        let text = UiCommand::Open.tooltip_with_shortcut(&ctx);
        // Linux and Windows write Ctrl, macOS ⌘.
        assert!(
            text.ends_with("(Ctrl+O)") || text.ends_with("(⌘O)"),
            "{text}"
        );
        assert!(UiCommand::Open.works_while_typing());
        assert!(!UiCommand::SelectNext.works_while_typing());
        let save = UiCommand::SaveChartImage.tooltip_with_shortcut(&ctx);
        assert!(save.ends_with("(S with the pointer over it)"), "{save}");
    }

    #[test]
    fn every_command_is_listed_once_with_a_label() {
        let all: Vec<UiCommand> = UiCommand::iter().collect();
        assert_eq!(all.len(), 27);
        for c in &all {
            assert!(!c.label().is_empty() && !c.tooltip().is_empty(), "{c:?}");
        }
        for e in ChartExport::iter() {
            assert_eq!(ChartExport::of(e.command()), Some(e));
        }
    }

    #[test]
    fn the_hints_name_every_navigation_key() {
        let hints = navigation_hints(&ctx());
        for c in [
            UiCommand::SelectPrevious,
            UiCommand::SelectNext,
            UiCommand::SelectLaneAbove,
            UiCommand::SelectLaneBelow,
            UiCommand::FitAll,
            UiCommand::ClearSelection,
        ] {
            let key = c.shortcut_text(&ctx()).unwrap();
            assert!(hints.contains(&key), "{key} in {hints}");
        }
        assert!(
            hints.contains("Ctrl+scroll") || hints.contains("⌘+scroll"),
            "{hints}"
        );
    }
}

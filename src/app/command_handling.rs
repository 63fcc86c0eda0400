//! Running commands, after the frame's layout: the key map (each
//! [`UiCommand`]'s own shortcuts), then the queue in order.

use super::command::Command;
use super::{EntenteApp, fit_view};
use crate::charts::ChartId;
use crate::command::{ChartExport, UiCommand};
use crate::document::Selection;
use crate::timeline::TimeView;

impl EntenteApp {
    /// Queues the command of every shortcut pressed this frame. Plain keys
    /// are left to a text field that has the keyboard; shortcuts with a
    /// modifier (Ctrl+O) work everywhere. `S` and `C` act on the chart under
    /// the pointer as drawn this frame and visible in its scroll area.
    pub(super) fn keyboard(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let under_pointer = ctx
            .input(|i| i.pointer.hover_pos())
            .and_then(|p| self.chart_at(p));
        for command in UiCommand::iter() {
            if typing && !command.works_while_typing() {
                continue;
            }
            if command.acts_on_pointer() && under_pointer.is_none() {
                continue;
            }
            let pressed = command
                .shortcuts()
                .iter()
                .any(|s| ctx.input_mut(|i| i.consume_shortcut(s)));
            if pressed {
                self.commands
                    .push(match (ChartExport::of(command), under_pointer) {
                        (Some(how), Some(c)) => Command::Export(c, how),
                        _ => Command::Ui(command),
                    });
            }
        }
    }

    /// The chart whose visible part, as drawn this frame, holds `p`.
    pub(crate) fn chart_at(&self, p: egui::Pos2) -> Option<ChartId> {
        self.drawn
            .iter()
            .find(|(_, d)| d.visible.contains(p))
            .map(|(c, _)| *c)
    }

    /// Runs the queued commands in order. They run after the layout, so
    /// the frame that shows their effect is the next one: ask for it.
    pub(super) fn run_commands(&mut self, ctx: &egui::Context) {
        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            ctx.request_repaint();
        }
        for command in commands {
            self.run(ctx, command);
        }
    }

    fn run(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Ui(c) => self.run_ui(ctx, c),
            Command::Select(i) => self.select_event(i),
            Command::SelectFigure(f) => self.selection = Selection::Figure(f),
            Command::SelectOther(s) => self.selection = s,
            Command::ZoomTo(a, b) => self.view = TimeView::fit(a, b),
            Command::Open(path) => self.open(ctx, crate::document::DataSource::File(path)),
            Command::Export(chart, how) => self.export_chart(ctx, chart, how),
            Command::SaveTo(super::SaveAs::NewDataset(a, b), path) => {
                self.write_new_dataset(ctx, &path, (a, b));
            }
            Command::SaveTo(what, path) => self.export_to(ctx, what, path),
            Command::SetFilters(filters) => {
                self.state.filters = filters;
                if let Some(doc) = &mut self.doc {
                    doc.apply_filters(&self.state.filters);
                }
            }
            Command::Promote(i) => self.start_promote(i),
        }
    }

    fn run_ui(&mut self, ctx: &egui::Context, command: UiCommand) {
        match command {
            UiCommand::Open => self.ask_open(ctx),
            UiCommand::AddStatistics => self.ask_add_statistics(ctx),
            UiCommand::AddLayer => self.ask_add_layer(ctx),
            UiCommand::Reload => self.reload(ctx),
            UiCommand::OpenBundled => self.open(ctx, crate::document::DataSource::Bundled),
            UiCommand::ToggleTheme => {
                self.state.dark_mode = !self.state.dark_mode;
                crate::theme::apply(ctx, self.state.dark_mode);
            }
            UiCommand::FitAll => {
                if let Some(doc) = &self.doc {
                    self.view = fit_view(doc);
                }
            }
            UiCommand::ZoomIn => self.view.zoom(1.5, self.view.center()),
            UiCommand::ZoomOut => self.view.zoom(1.0 / 1.5, self.view.center()),
            UiCommand::SelectNext
            | UiCommand::SelectPrevious
            | UiCommand::SelectFirst
            | UiCommand::SelectLast => {
                if let Some(i) = self.step_selection(command) {
                    self.select_event(i);
                }
            }
            UiCommand::SelectLaneAbove | UiCommand::SelectLaneBelow => {
                if let Some((event, lane)) = self.step_lane(command == UiCommand::SelectLaneBelow) {
                    self.select_event(event);
                    self.lane_cursor = Some(lane);
                }
            }
            UiCommand::NextLanes => {
                let mut filters = self.state.filters.clone();
                let all = crate::document::LaneBy::ALL;
                let at = all.iter().position(|&b| b == filters.lanes).unwrap_or(0);
                filters.lanes = all[(at + 1) % all.len()];
                self.commands.push(Command::SetFilters(filters));
            }
            UiCommand::NewDataset => {
                self.new_dataset = Some(super::new_dataset::NewDataset::default())
            }
            UiCommand::ClearSelection => self.selection = Selection::None,
            UiCommand::ToggleWarnings => self.show_warnings = !self.show_warnings,
            UiCommand::ToggleExport2x => self.state.export_2x = !self.state.export_2x,
            UiCommand::ToggleEras => self.state.show_eras = !self.state.show_eras,
            UiCommand::ToggleCaption => self.state.export_caption = !self.state.export_caption,
            UiCommand::ExportSheet => self.ask_path(ctx, super::SaveAs::Sheet),
            UiCommand::ToggleEventLines => {
                self.state.show_event_lines = !self.state.show_event_lines;
            }
            // Reached from a chart's buttons, which name their chart; from
            // the keyboard these become `Command::Export` of the chart under
            // the pointer.
            UiCommand::SaveChartImage | UiCommand::CopyChartImage | UiCommand::SaveChartData => {}
        }
    }

    fn select_event(&mut self, i: usize) {
        self.selection = Selection::Event(i);
        self.reveal(i);
    }

    /// The event to select for a next/previous/first/last command, among the
    /// events the timeline shows, in time order.
    fn step_selection(&self, command: UiCommand) -> Option<usize> {
        let doc = self.doc.as_ref()?;
        let order = &doc.index.order;
        if order.is_empty() {
            return None;
        }
        let ds = &doc.dataset;
        let current = self
            .selection
            .event()
            .and_then(|s| doc.index.position(ds, s));
        let pos = match (command, current) {
            (UiCommand::SelectFirst, _) => 0,
            (UiCommand::SelectLast, _) => order.len() - 1,
            (UiCommand::SelectNext, Some(p)) => (p + 1).min(order.len() - 1),
            (UiCommand::SelectPrevious, Some(p)) => p.saturating_sub(1),
            // Nothing selected: start from what is in view.
            (UiCommand::SelectNext, None) => order
                .partition_point(|&i| ds.events[i as usize].when.sort_key() < self.view.start)
                .min(order.len() - 1),
            (UiCommand::SelectPrevious, None) => order
                .partition_point(|&i| ds.events[i as usize].when.sort_key() < self.view.end)
                .saturating_sub(1),
            _ => return None,
        };
        Some(order[pos] as usize)
    }

    /// The event nearest in time to the selected one in the next lane
    /// below (or above) that shows any, and that lane. From the lane the
    /// last such step went to, else the first lane the event is in; with
    /// nothing selected, from the middle of the view.
    fn step_lane(&self, down: bool) -> Option<(usize, usize)> {
        let doc = self.doc.as_ref()?;
        let lanes = &doc.index.lanes;
        let ds = &doc.dataset;
        let selected = self.selection.event();
        let t = selected
            .and_then(|i| ds.events.get(i))
            .map_or(self.view.center(), |e| e.when.span_days().0);
        let holds = |lane: usize, event: usize| {
            let l = &lanes[lane];
            let from = l.lower_bound(t);
            l.events[from..]
                .iter()
                .zip(&l.starts[from..])
                .take_while(|(_, s)| **s <= t)
                .any(|(&e, _)| e as usize == event)
        };
        let from = match selected {
            Some(e) => self
                .lane_cursor
                .filter(|&l| l < lanes.len() && holds(l, e))
                .or_else(|| (0..lanes.len()).find(|&l| holds(l, e))),
            None => None,
        };
        let candidates: Vec<usize> = match (from, down) {
            (Some(f), true) => (f + 1..lanes.len()).collect(),
            (Some(f), false) => (0..f).rev().collect(),
            (None, true) => (0..lanes.len()).collect(),
            (None, false) => (0..lanes.len()).rev().collect(),
        };
        let target = candidates
            .into_iter()
            .find(|&l| !lanes[l].starts.is_empty())?;
        let l = &lanes[target];
        let at = l.lower_bound(t);
        // The nearer of the events either side of t.
        let pick = match (at.checked_sub(1), (at < l.starts.len()).then_some(at)) {
            (Some(a), Some(b)) => {
                if t - l.starts[a] <= l.starts[b] - t {
                    a
                } else {
                    b
                }
            }
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => return None,
        };
        Some((l.events[pick] as usize, target))
    }

    /// Pans so that event `i` is in view, keeping the zoom.
    fn reveal(&mut self, i: usize) {
        let Some(e) = self.doc.as_ref().and_then(|d| d.dataset.events.get(i)) else {
            return;
        };
        let (s, t) = e.when.span_days();
        if !self.view.overlaps(s, t) {
            let mid = 0.5 * (s + t.min(s + self.view.span() * 0.5));
            self.view.pan(mid - self.view.center());
        }
    }
}

//! The layout of one frame: top bar, filter bar, status bar, diagnostics,
//! detail panel, and in the middle the timeline over the charts. Each panel
//! returns what the user did; it is queued here as a [`Command`] and run
//! after the frame. Two things are outputs of the frame rather than commands:
//! where each chart was drawn (for `S`/`C` and screenshots) and the chart
//! period under the pointer (highlighted on the timeline next frame).

use super::command::Command;
use super::{DrawnChart, EntenteApp};
use crate::charts::{self, ChartAction, ChartContext, ChartId};
use crate::command::UiCommand;
use crate::document::Selection;
use crate::format::{day_label, plural};
use crate::panels::details::{self, DetailAction};
use crate::panels::{diagnostics, filters, indicators};
use crate::timeline::TimelineAction;
use crate::timeline::widget::TimelineInput;

impl EntenteApp {
    /// Lays out every panel for one frame and queues the commands they return.
    pub(super) fn show(&mut self, ui: &mut egui::Ui) {
        self.drawn.clear();
        self.details_rect = None;
        self.top_bar(ui);
        self.filter_bar(ui);
        self.status_bar(ui);
        if let Some(problems) = self
            .problems
            .as_ref()
            .filter(|p| p.failed || self.show_warnings)
        {
            let kept = self.doc.is_some();
            egui::Panel::bottom("diagnostics")
                .resizable(true)
                .show(ui, |ui| {
                    diagnostics::diagnostics_panel(ui, problems, kept && problems.failed)
                });
        }
        self.details_panel(ui);
        egui::CentralPanel::default().show(ui, |ui| self.central(ui));
        self.show_save_dialog(&ui.ctx().clone());
        self.show_new_dataset(&ui.ctx().clone());
        self.show_add_statistics(&ui.ctx().clone());
        self.show_promote(&ui.ctx().clone());
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        let mut asked = Vec::new();
        let mut layer_actions = Vec::new();
        let mut relabel = false;
        let (layer_list, scope) = (self.layer_list(), self.state.layer_scope);
        egui::Panel::top("top-bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(crate::tr!("ui-entente"));
                ui.menu_button(crate::tr!("ui-file"), |ui| {
                    for c in [
                        UiCommand::NewDataset,
                        UiCommand::Open,
                        UiCommand::AddStatistics,
                        UiCommand::AddLayer,
                        UiCommand::Reload,
                        UiCommand::OpenBundled,
                        UiCommand::ExportSheet,
                    ] {
                        if c.menu_item(ui) {
                            asked.push(Command::Ui(c));
                        }
                    }
                    ui.separator();
                    ui.menu_button(crate::tr!("ui-window-language"), |ui| {
                        let current = self.state.ui_language;
                        if ui
                            .radio(current.is_none(), crate::tr!("ui-follow-the-system"))
                            .clicked()
                        {
                            self.state.ui_language = None;
                            crate::i18n::set_ui_language(crate::i18n::UiLang::of_system());
                            relabel = true;
                        }
                        for lang in crate::i18n::UiLang::ALL {
                            if ui.radio(current == Some(lang), lang.name()).clicked() {
                                self.state.ui_language = Some(lang);
                                crate::i18n::set_ui_language(lang);
                                relabel = true;
                            }
                        }
                    });
                    ui.weak(crate::tr!("ui-recent-files"));
                    if self.state.recent.is_empty() {
                        ui.weak(crate::tr!("ui-none-yet"));
                    }
                    for p in &self.state.recent {
                        if ui.button(p).clicked() {
                            asked.push(Command::Open(p.into()));
                        }
                    }
                });
                if let Some(doc) = &self.doc {
                    layer_actions = super::layers::layers_menu(ui, &layer_list, scope);
                    let langs = doc.dataset.languages.clone();
                    if let Some(lang) = super::layers::language_switch(
                        ui,
                        &langs,
                        self.state.display_language.as_deref(),
                    ) {
                        crate::model::lang::set_display(lang.as_deref());
                        self.state.display_language = lang;
                        relabel = true;
                    }
                }
                if let Some((name, done)) = self.layers_reading() {
                    ui.label(crate::tr!("status-reading-layer", name = name.clone()));
                    ui.add(
                        egui::ProgressBar::new(done)
                            .desired_width(160.0)
                            .show_percentage(),
                    );
                }
                if let Some(doc) = &self.doc {
                    ui.separator();
                    ui.label(doc.dataset.title.as_str());
                    ui.weak(doc.source.display_name());
                }
                // With nothing shown yet, the progress is under the preview.
                if let Some(stage) = self.load.stage().filter(|_| self.doc.is_some()) {
                    ui.separator();
                    ui.label(crate::tr!(
                        "status-loading",
                        name = self.load.source().display_name()
                    ));
                    ui.add(
                        egui::ProgressBar::new(stage.fraction())
                            .desired_width(290.0)
                            .text(stage.label()),
                    );
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    let theme = if self.state.dark_mode {
                        crate::tr!("theme-light")
                    } else {
                        crate::tr!("theme-dark")
                    };
                    // Right to left: the first added is rightmost.
                    let buttons = [
                        (UiCommand::ToggleTheme, theme),
                        (UiCommand::FitAll, UiCommand::FitAll.label()),
                        (UiCommand::ZoomOut, UiCommand::ZoomOut.label()),
                        (UiCommand::ZoomIn, UiCommand::ZoomIn.label()),
                    ];
                    for (c, text) in buttons {
                        if c.button(ui, &text) {
                            asked.push(Command::Ui(c));
                        }
                    }
                });
            });
        });
        self.commands.extend(asked);
        let ctx = ui.ctx().clone();
        self.layer_actions(&ctx, layer_actions);
        if relabel && let Some(doc) = &mut self.doc {
            doc.relabel(&self.state.filters);
        }
    }

    fn filter_bar(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = &self.doc else { return };
        let (shown, total) = (doc.index.len(), doc.dataset.events.len());
        let mut edited = None;
        let mut toggled = false;
        let has_eras = !doc.dataset.eras.is_empty();
        let show_eras = self.state.show_eras;
        egui::Panel::top("filters").show(ui, |ui| {
            let layers = |ui: &mut egui::Ui| {
                if has_eras {
                    ui.add(egui::Separator::default().spacing(4.0));
                    toggled = UiCommand::ToggleEras.toggle(ui, show_eras);
                }
            };
            edited = filters::filter_bar(
                ui,
                &self.state.filters,
                (&doc.dataset.kind_table, &doc.kinds),
                shown,
                total,
                layers,
                &doc.layer_roots(),
            );
        });
        if let Some(f) = edited {
            self.commands.push(Command::SetFilters(f));
        }
        if toggled {
            self.commands.push(Command::Ui(UiCommand::ToggleEras));
        }
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let mut asked = Vec::new();
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let s = self.timeline.last_stats;
                ui.weak(crate::tr!(
                    "status-showing",
                    from = day_label(self.view.start),
                    to = day_label(self.view.end)
                ));
                if let Some(p) = self.problems.as_ref().filter(|p| !p.failed) {
                    let c = UiCommand::ToggleWarnings;
                    let text = plural(p.diagnostics.len(), "warning");
                    if ui
                        .selectable_label(self.show_warnings, text)
                        .on_hover_text(c.tooltip_with_shortcut(ui.ctx()))
                        .clicked()
                    {
                        asked.push(Command::Ui(c));
                    }
                }
                if s.clusters > 0 {
                    ui.weak(crate::tr!(
                        "status-clusters",
                        clusters = plural(s.clusters, "cluster"),
                        events = plural(s.clustered_events, "event")
                    ));
                }
                if s.dense_lanes > 0 {
                    ui.weak(crate::tr!(
                        "status-density",
                        lanes = plural(s.dense_lanes, "lane"),
                        events = plural(s.dense_events, "event")
                    ));
                }
                if let Some(status) = &self.status {
                    let color = if status.error {
                        ui.visuals().error_fg_color
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.separator();
                    ui.colored_label(color, &status.text);
                }
                if self.exporter.in_flight() + self.save_paths.asking() > 0 {
                    ui.spinner();
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    for (c, on) in [
                        (UiCommand::ToggleExport2x, self.state.export_2x),
                        (UiCommand::ToggleCaption, self.state.export_caption),
                        (UiCommand::ToggleEventLines, self.state.show_event_lines),
                    ] {
                        if c.toggle(ui, on) {
                            asked.push(Command::Ui(c));
                        }
                    }
                    // The keys where they fit; else on demand.
                    let hints = crate::command::navigation_hints(ui.ctx());
                    let width = ui.fonts_mut(|f| {
                        f.layout_no_wrap(
                            hints.clone(),
                            egui::TextStyle::Body.resolve(ui.style()),
                            egui::Color32::WHITE,
                        )
                        .size()
                        .x
                    });
                    if width + 12.0 <= ui.available_width() {
                        ui.weak(hints);
                    } else {
                        ui.weak(crate::tr!("ui-keys")).on_hover_text(hints);
                    }
                });
            });
        });
        self.commands.extend(asked);
    }

    fn details_panel(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = &self.doc else { return };
        if self.selection.is_none() {
            return;
        }
        let selection = self.selection;
        let mut actions = Vec::new();
        let range = super::state::DETAILS_WIDTH;
        let panel = egui::Panel::right("details")
            .resizable(true)
            .default_size(self.state.details_width.clamp(range.min, range.max))
            .size_range(range.min..=range.max)
            .show(ui, |ui| {
                // The panel is as wide as the user left it, whatever it
                // shows: it fills its width, and wider content wraps or is
                // clipped, so selecting another event never moves its edge.
                ui.set_min_width(ui.available_width());
                egui::ScrollArea::vertical()
                    .auto_shrink([false, true])
                    .show(ui, |ui| {
                        actions = match selection {
                            Selection::Event(i) => match doc.layer_event(i) {
                                Some((part, n)) => {
                                    crate::panels::layer_details::layer_details(ui, part, n)
                                }
                                None => details::event_details(ui, &doc.dataset, i),
                            },
                            Selection::Figure(f) => details::figure_details(ui, &doc.dataset, f),
                            Selection::Era(i) => details::era_details(ui, &doc.dataset, i),
                            Selection::Value { indicator, value } => {
                                details::value_details(ui, &doc.dataset, indicator, value)
                            }
                            Selection::None => Vec::new(),
                        };
                    });
            });
        self.details_rect = Some(panel.response.rect);
        let width = panel.response.rect.width();
        if (width - self.state.details_width).abs() >= 0.5 {
            self.state.details_width = width;
        }
        for a in actions {
            self.commands.push(match a {
                DetailAction::SelectEvent(i) => Command::Select(i),
                DetailAction::Close => Command::Ui(UiCommand::ClearSelection),
                DetailAction::Promote(i) => Command::Promote(i),
            });
        }
    }

    fn central(&mut self, ui: &mut egui::Ui) {
        let Some(doc) = &self.doc else {
            if let (Some(density), Some(stage)) = (self.load.density(), self.load.stage()) {
                let name = self.load.source().display_name();
                let heading = if self.load.rereading() {
                    crate::tr!("status-reading-again", name = name.clone())
                } else {
                    crate::tr!("status-opening", name = name.clone())
                };
                crate::panels::loading::loading_preview(
                    ui,
                    &density,
                    &heading,
                    stage.fraction(),
                    &stage.label(),
                );
                return;
            }
            ui.centered_and_justified(|ui| {
                if self.is_loading() {
                    ui.spinner();
                } else {
                    ui.label(crate::tr!("ui-no-data-loaded-fix-the"));
                }
            });
            return;
        };
        if !doc.dataset.description.is_empty() {
            ui.add(
                egui::Label::new(egui::RichText::new(doc.dataset.description.marked()).weak())
                    .wrap(),
            );
            ui.add_space(4.0);
        }
        // The timeline over the charts, a handle between them.
        let avail = ui.available_height();
        let room = self.timeline_room(avail);
        let mut chart_actions = self.timeline_view(ui, room);
        self.split_handle(ui, avail);
        // By default the charts in view fit whole, Figures rows included:
        // when the timeline needs more than its share, their plots shrink.
        let plot_height = self.state.timeline_share.is_none().then(|| {
            charts::plot_height_for(ui.available_height(), super::split::charts_in_view(avail))
        });
        let Some(doc) = &self.doc else { return };
        let ctx = ChartContext {
            plot_height,
            dataset: &doc.dataset,
            index: &doc.index,
            selection: self.selection,
            for_export: false,
            show_markers: self.state.show_event_lines,
            markers: Default::default(),
        };
        // The charts mark events where the timeline just laid them out
        // (unless it drew density: then they draw a strip of their own).
        if self.timeline.last_stats.dense_lanes == 0 {
            let _ = ctx.markers.set(charts::EventMarks::Lines(
                self.timeline.markers.as_slice().into(),
            ));
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                chart_actions.extend(charts::all_charts(ui, &mut self.view, &ctx));
                indicators::indicator_cards(ui, &doc.dataset);
            });
        self.hover_span = None;
        for a in chart_actions {
            self.chart_action(a);
        }
    }

    /// The timeline's title row and the timeline; queues what was done in
    /// it and returns its export buttons' actions and where it was drawn.
    fn timeline_view(&mut self, ui: &mut egui::Ui, room: f32) -> Vec<ChartAction> {
        let Some(doc) = &self.doc else {
            return Vec::new();
        };
        // The timeline takes at most `room`, so that the charts stay in
        // view: its lanes give up height (one row of labels, then none) when
        // there are many.
        let era_rows = if self.state.show_eras {
            crate::timeline::widget::era_parties(&doc.dataset).len()
        } else {
            0
        };
        let lane_height =
            crate::timeline::widget::lane_height_for(room, doc.index.lanes.len(), era_rows);
        let input = TimelineInput {
            dataset: &doc.dataset,
            index: &doc.index,
            selected: self.selection.event(),
            highlight: self.hover_span.or_else(|| match self.selection {
                Selection::Figure(f) => {
                    let ob = doc.dataset.trade.get(f.series)?.observations.get(f.obs)?;
                    Some(ob.parsed_period.span_days())
                }
                Selection::Era(i) => {
                    let era = doc.dataset.eras.get(i)?;
                    Some(era.span_days(self.view.end))
                }
                _ => None,
            }),
            eras: self.state.show_eras,
            selected_era: match self.selection {
                Selection::Era(i) => Some(i),
                _ => None,
            },
            lane_height,
        };
        let mut chart_actions = Vec::new();
        ui.horizontal(|ui| {
            ui.label(crate::theme::title(crate::tr!("timeline-title")));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                charts::export_buttons(ui, ChartId::Timeline, &mut chart_actions);
            });
        });
        let timeline_actions = self.timeline.show(ui, &mut self.view, &input);
        if let Some(rect) = self.timeline.last_rect {
            chart_actions.push(ChartAction::Drawn {
                chart: ChartId::Timeline,
                rect,
                visible: rect.intersect(ui.clip_rect()),
                labels: Vec::new(),
            });
        }
        for a in timeline_actions {
            self.commands.push(match a {
                TimelineAction::Select(i) => Command::Select(i),
                TimelineAction::SelectEra(i) => Command::SelectOther(Selection::Era(i)),
                TimelineAction::ClearSelection => Command::Ui(UiCommand::ClearSelection),
                TimelineAction::ZoomTo(a, b) => Command::ZoomTo(a, b),
                TimelineAction::Export(how) => Command::Export(ChartId::Timeline, how),
            });
        }
        chart_actions
    }

    fn chart_action(&mut self, a: ChartAction) {
        match a {
            ChartAction::SelectFigure(f) => self.commands.push(Command::SelectFigure(f)),
            ChartAction::SelectValue { indicator, value } => self
                .commands
                .push(Command::SelectOther(Selection::Value { indicator, value })),
            ChartAction::HoverSpan(a, b) => self.hover_span = Some((a, b)),
            ChartAction::Export(c, how) => self.commands.push(Command::Export(c, how)),
            ChartAction::Drawn {
                chart,
                rect,
                visible,
                labels,
            } => {
                self.drawn.insert(
                    chart,
                    DrawnChart {
                        rect,
                        visible,
                        labels,
                    },
                );
            }
        }
    }
}

//! The timeline widget: paints lanes, ticks, events and clusters, and turns
//! pointer input into view changes (its own state) and actions (for the app).

use super::axis::{self, TimeView};
use super::layout::{self, Item};
use crate::document::{Lane, TimelineIndex};
use crate::format::{date_with_precision, day_label, plural, thousands};
use crate::model::{Dataset, Event, Precision};
use crate::theme::{
    AXIS_HEIGHT, ERA_ROW_HEIGHT, GUTTER, LANE_HEIGHT, era_color, lane_color, text_on,
};
use egui::text::{LayoutJob, TextWrapping};
use egui::{
    Align2, Color32, CornerRadius, FontId, Rect, Role, Sense, Stroke, StrokeKind, Ui, Vec2,
    WidgetInfo, pos2, vec2,
};

/// What the user asked for in the timeline this frame.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub(crate) enum TimelineAction {
    /// Select an event (dataset index).
    Select(usize),
    /// Select an era (dataset index).
    SelectEra(usize),
    /// Clear the selection (click on empty space).
    ClearSelection,
    /// Zoom to a span of epoch days (a clicked cluster).
    ZoomTo(f64, f64),
    /// Save the timeline as a PNG (from its context menu).
    Save,
    /// Copy the timeline's image (from its context menu).
    Copy,
    /// Save the events shown as CSV (from its context menu).
    SaveData,
}

const MARKER_Y: f32 = 16.0;
const LABEL_ROWS: [f32; 2] = [28.0, 44.0];
const MAX_LABEL_WIDTH: f32 = 240.0;

/// Reusable buffers and per-frame results of the timeline.
#[derive(Default)]
pub(crate) struct Timeline {
    items: Vec<Item>,
    /// Event markers of the last frame: the charts draw these instead of
    /// laying the lanes out again.
    pub markers: Vec<Marker>,
    /// Where the timeline was drawn last frame (for screenshots and tests).
    pub last_rect: Option<Rect>,
    /// Counts from the last frame: drawn singles, clusters, events in clusters.
    pub last_stats: FrameStats,
    /// The labels drawn last frame.
    pub last_labels: Vec<DrawnLabel>,
    /// The axis labels drawn last frame: text, x of the grid line, rect.
    pub last_ticks: Vec<(String, f32, Rect)>,
    /// The eras drawn last frame: dataset index, band, whether labelled.
    pub last_eras: Vec<(usize, Rect, bool)>,
    /// Events per density column of the lane being drawn (reused).
    density: Vec<f32>,
    /// The lanes drawn as density last frame: lane number, band, busiest
    /// column's count (rounded).
    pub last_density: Vec<(usize, Rect, u32)>,
    /// Where a Shift+drag that zooms to a range started, and where it
    /// was last (epoch days).
    range_from: Option<(f64, f64)>,
}

/// An event (or a cluster of them) as the charts mark it: a thin line in
/// its lane's colour where it starts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    pub t: f64,
    pub color: Color32,
    pub weight: f32,
    pub of: MarkerOf,
}

/// What a marker stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarkerOf {
    /// An event, by dataset index.
    Event(usize),
    /// A cluster of `count` events in lane number `lane` of the index.
    Cluster { count: u32, lane: usize },
}

impl Marker {
    /// The marker of a laid-out item of lane number `lane_no`.
    pub(crate) fn of(
        item: &Item,
        lane_no: usize,
        lane: &Lane,
        view: &TimeView,
        dark: bool,
    ) -> Self {
        let (s, _) = item.span();
        let (weight, of) = match *item {
            Item::Single { event, .. } => (1.0, MarkerOf::Event(event as usize)),
            Item::Cluster { count, .. } => (
                2.5,
                MarkerOf::Cluster {
                    count,
                    lane: lane_no,
                },
            ),
        };
        Self {
            t: s.max(view.start),
            color: lane_color(lane.head.color, dark).gamma_multiply(0.55),
            weight,
            of,
        }
    }

    /// What it stands for, in words: the event's title and date, or the
    /// count of a cluster and its lane.
    pub fn describe(&self, ds: &Dataset, index: &TimelineIndex) -> String {
        match self.of {
            MarkerOf::Event(i) => ds.events.get(i).map_or_else(String::new, |e| {
                format!("{} · {}", e.title, date_with_precision(&e.when))
            }),
            MarkerOf::Cluster { count, lane } => format!(
                "{} ({})",
                plural(count as usize, "event"),
                index
                    .lanes
                    .get(lane)
                    .map_or(String::new(), |l| l.head.label.clone())
            ),
        }
    }
}

/// A label as drawn: where, whether it was cut with "…", how wide it is in
/// full, and the room it had up to the next mark of its lane (or the edge).
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnLabel {
    pub event: usize,
    pub rect: Rect,
    pub truncated: bool,
    pub full_width: f32,
    pub room: f32,
}

/// What the last frame drew (read by tests and the status line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FrameStats {
    pub singles: usize,
    pub clusters: usize,
    pub clustered_events: usize,
    pub labels: usize,
    /// Lanes drawn as density, and the events they hold in view.
    pub dense_lanes: usize,
    pub dense_events: usize,
}

/// Inputs of one frame of the timeline.
pub(crate) struct TimelineInput<'a> {
    pub dataset: &'a Dataset,
    pub index: &'a TimelineIndex,
    pub selected: Option<usize>,
    /// A span to highlight (e.g. a hovered chart period), epoch days.
    pub highlight: Option<(f64, f64)>,
    /// Draw the dataset's eras in rows above the lanes.
    pub eras: bool,
    /// The selected era, if any.
    pub selected_era: Option<usize>,
}

impl TimelineInput<'_> {
    /// The rows of eras drawn: none when eras are hidden.
    fn era_rows(&self) -> Vec<(usize, String)> {
        if self.eras {
            era_parties(self.dataset)
        } else {
            Vec::new()
        }
    }
}

/// The parties that have eras, in the dataset's order, with their number
/// (0 or 1): one row of eras each; then (number 2, party "") the eras of
/// the whole relationship, such as imported TimelineJS eras.
pub fn era_parties(ds: &Dataset) -> Vec<(usize, String)> {
    let (a, b) = &ds.parties;
    let empty = String::new();
    [a, b, &empty]
        .into_iter()
        .enumerate()
        .filter(|(i, p)| (*i == 2 || !p.is_empty()) && ds.eras.iter().any(|e| &e.party == *p))
        .map(|(i, p)| (i, p.clone()))
        .collect()
}

/// The height of the timeline for `lanes` lanes and `era_rows` rows of eras.
pub fn timeline_height(lanes: usize, era_rows: usize) -> f32 {
    lanes.max(2) as f32 * LANE_HEIGHT + era_rows as f32 * ERA_ROW_HEIGHT + AXIS_HEIGHT
}

impl Timeline {
    /// Shows the timeline in all of `ui`'s available space.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        view: &mut TimeView,
        input: &TimelineInput<'_>,
    ) -> Vec<TimelineAction> {
        let mut actions = Vec::new();
        let era_rows = input.era_rows();
        let height = timeline_height(input.index.lanes.len(), era_rows.len());
        let lanes_top_offset = era_rows.len() as f32 * ERA_ROW_HEIGHT;
        let (rect, bg) =
            ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::click_and_drag());
        self.last_rect = Some(rect);
        bg.widget_info(|| {
            WidgetInfo::labeled(
                Role::Canvas,
                true,
                format!("Timeline, {} events shown", input.index.len()),
            )
        });
        let plot = Rect::from_min_max(pos2(rect.left() + GUTTER, rect.top()), rect.right_bottom());
        let (left, right) = (plot.left(), plot.right());
        let width = plot.width().max(1.0);

        // Input: drag to pan, Shift+drag to zoom to a range, wheel to pan,
        // ctrl/cmd+wheel or pinch to zoom.
        let pointer_t = |p: egui::Pos2| view.t_of(p.x.clamp(left, right), left, right);
        if bg.drag_started() && ui.input(|i| i.modifiers.shift) {
            // From where the button went down, not where the drag was noticed.
            let origin = ui.input(|i| i.pointer.press_origin());
            self.range_from = origin
                .or(bg.interact_pointer_pos())
                .map(|p| (pointer_t(p), pointer_t(p)));
        }
        let mut range = None;
        if let Some((from, last)) = self.range_from {
            let to = ui.input(|i| i.pointer.latest_pos()).map_or(last, pointer_t);
            self.range_from = Some((from, to));
            range = Some((from.min(to), from.max(to)));
            if bg.drag_stopped() || !bg.dragged() {
                self.range_from = None;
                // A range narrower than a few pixels is a slip, not a zoom.
                if let Some((a, b)) = range.take()
                    && (b - a) * view.px_per_day(width) >= 4.0
                {
                    actions.push(TimelineAction::ZoomTo(a, b));
                }
            }
        } else if bg.dragged() {
            let dx = f64::from(bg.drag_delta().x);
            view.pan(-dx / view.px_per_day(width));
        }
        if ui.rect_contains_pointer(rect) {
            let (zoom, scroll, pointer) = ui.input(|i| {
                (
                    i.zoom_delta(),
                    i.smooth_scroll_delta(),
                    i.pointer.hover_pos(),
                )
            });
            let anchor = pointer.map_or(view.center(), |p| view.t_of(p.x, left, right));
            if zoom != 1.0 {
                view.zoom(f64::from(zoom), anchor);
            } else if scroll != Vec2::ZERO {
                let dx = if scroll.x.abs() > scroll.y.abs() {
                    scroll.x
                } else {
                    scroll.y
                };
                view.pan(-f64::from(dx) / view.px_per_day(width));
            }
        }
        if bg.clicked() {
            actions.push(TimelineAction::ClearSelection);
        }
        bg.context_menu(|ui| {
            if ui.button("Save image…").clicked() {
                actions.push(TimelineAction::Save);
            }
            if ui.button("Copy image").clicked() {
                actions.push(TimelineAction::Copy);
            }
            if ui.button("Save data as CSV…").clicked() {
                actions.push(TimelineAction::SaveData);
            }
        });

        let dark = ui.visuals().dark_mode;
        let painter = ui.painter_at(rect);
        let visuals = ui.visuals().clone();
        painter.rect_filled(rect, 0.0, visuals.extreme_bg_color);
        let plot_painter = painter.with_clip_rect(plot);

        // Ticks and grid.
        let font = FontId::proportional(12.0);
        let char_px = ui.fonts_mut(|f| f.glyph_width(&font, '0')).max(5.0);
        let ticks = axis::ticks(view, width, char_px);
        self.last_ticks.clear();
        let axis_y = rect.bottom() - AXIS_HEIGHT;
        let grid = visuals.widgets.noninteractive.bg_stroke.color;
        for tick in &ticks {
            let x = view.x_of(tick.t, left, right);
            let stroke = Stroke::new(if tick.major { 1.0 } else { 0.5 }, grid);
            plot_painter.line_segment([pos2(x, rect.top()), pos2(x, axis_y)], stroke);
            // Centred under its grid line, as the charts' axes (egui_plot)
            // write theirs: one convention along the shared time axis.
            let half = 0.5 * tick.label.chars().count() as f32 * char_px;
            if x - half < left || x + half > right {
                continue;
            }
            let label = plot_painter.text(
                pos2(x, axis_y + 6.0),
                crate::theme::TICK_LABEL_ALIGN,
                &tick.label,
                font.clone(),
                visuals.text_color(),
            );
            self.last_ticks.push((tick.label.clone(), x, label));
        }
        painter.line_segment(
            [pos2(left, axis_y), pos2(right, axis_y)],
            Stroke::new(1.0, visuals.widgets.noninteractive.fg_stroke.color),
        );

        if let Some((a, b)) = input.highlight
            && view.overlaps(a, b)
        {
            let x0 = view.x_of(a, left, right).max(left);
            let x1 = view.x_of(b, left, right).min(right);
            plot_painter.rect_filled(
                Rect::from_min_max(pos2(x0, rect.top()), pos2(x1.max(x0 + 2.0), axis_y)),
                0.0,
                visuals.selection.bg_fill.gamma_multiply(0.35),
            );
        }

        self.last_eras.clear();
        for (row, (party_no, party)) in era_rows.iter().enumerate() {
            let top = rect.top() + row as f32 * ERA_ROW_HEIGHT;
            self.era_row(
                ui,
                &painter,
                &bg,
                view,
                input,
                (top, plot),
                (*party_no, party),
                &mut actions,
            );
        }

        let mut stats = FrameStats::default();
        self.markers.clear();
        self.last_labels.clear();
        self.last_density.clear();
        for (lane_no, lane) in input.index.lanes.iter().enumerate() {
            let top = rect.top() + lanes_top_offset + lane_no as f32 * LANE_HEIGHT;
            let lane_rect = Rect::from_min_max(
                pos2(rect.left(), top),
                pos2(rect.right(), top + LANE_HEIGHT),
            );
            if lane_no % 2 == 1 {
                painter.rect_filled(lane_rect, 0.0, visuals.faint_bg_color);
            }
            let color = lane_color(lane.head.color, dark);
            let lane_label = lane.head.label.as_str();

            let dense = layout::is_dense(lane, view, width);
            if dense {
                self.items.clear();
                self.paint_density(
                    ui,
                    &plot_painter,
                    (&bg, lane, lane_no),
                    view,
                    (left, right, top),
                    color,
                    &mut actions,
                    &mut stats,
                );
            } else {
                layout::layout_lane(lane, view, width, &mut self.items);
            }
            for item in &self.items {
                self.markers
                    .push(Marker::of(item, lane_no, lane, view, dark));
            }
            let mut row_right = [f32::NEG_INFINITY; 2];
            let mut hidden = 0usize;
            for n in 0..self.items.len() {
                let item = self.items[n];
                match item {
                    Item::Single { event, .. } => {
                        stats.singles += 1;
                        let event_no = event as usize;
                        let e = &input.dataset.events[event_no];
                        let selected = input.selected == Some(event_no);
                        let marker = paint_event(
                            &plot_painter,
                            view,
                            left,
                            right,
                            top,
                            e,
                            color,
                            selected,
                            &visuals,
                        );
                        // Label: first free row, else hidden and counted. It
                        // may run up to the next mark of the lane (at least
                        // MAX_LABEL_WIDTH); near the right edge it ends at
                        // the edge instead.
                        let start_x = (marker.center().x - 4.0).max(left + 2.0);
                        let next_x = self.items.get(n + 1).map_or(right, |next| {
                            view.x_of(next.span().0.max(view.start), left, right)
                        });
                        let room = (next_x - start_x - 8.0).min(right - 4.0 - start_x);
                        let max_width = room.max(MAX_LABEL_WIDTH);
                        let galley = label_galley(
                            ui,
                            &e.title,
                            selected,
                            visuals.text_color(),
                            max_width,
                            12.5,
                        );
                        let label_x = (marker.center().x - 4.0)
                            .min(right - 4.0 - galley.size().x)
                            .max(left + 2.0);
                        let mut hit = marker.expand(3.0);
                        let row = (0..2).find(|&r| label_x > row_right[r] + 8.0);
                        match row {
                            Some(r) => {
                                let pos = pos2(label_x, top + LABEL_ROWS[r]);
                                let label_rect = Rect::from_min_size(pos, galley.size());
                                row_right[r] = label_rect.right();
                                let full_width = if galley.elided {
                                    label_galley(
                                        ui,
                                        &e.title,
                                        false,
                                        Color32::BLACK,
                                        f32::INFINITY,
                                        12.5,
                                    )
                                    .size()
                                    .x
                                } else {
                                    galley.size().x
                                };
                                self.last_labels.push(DrawnLabel {
                                    event: event_no,
                                    rect: label_rect,
                                    truncated: galley.elided,
                                    full_width,
                                    room,
                                });
                                plot_painter.galley(pos, galley, visuals.text_color());
                                hit = hit.union(label_rect);
                                stats.labels += 1;
                            }
                            None => hidden += 1,
                        }
                        let hit = hit.intersect(plot);
                        if hit.is_positive() {
                            let id = bg.id.with(("event", lane_no, event_no));
                            let r = ui.interact(hit, id, Sense::click());
                            let title = e.title.clone();
                            r.widget_info(|| {
                                WidgetInfo::selected(Role::Button, true, selected, &title)
                            });
                            if r.hovered() {
                                plot_painter.circle_stroke(
                                    marker.center(),
                                    9.0,
                                    Stroke::new(1.5, visuals.widgets.hovered.fg_stroke.color),
                                );
                            }
                            let r = r.on_hover_ui(|ui| event_tooltip(ui, e));
                            if r.clicked() {
                                actions.push(TimelineAction::Select(event_no));
                            }
                        }
                    }
                    Item::Cluster { count, start, end } => {
                        stats.clusters += 1;
                        stats.clustered_events += count as usize;
                        let x0 = view.x_of(start.max(view.start), left, right);
                        let x1 = view.x_of(end.min(view.end), left, right);
                        let text = thousands(count as usize);
                        let w = layout::pill_px(count as usize).max(x1 - x0);
                        let r = Rect::from_min_size(pos2(x0, top + MARKER_Y - 8.0), vec2(w, 16.0));
                        plot_painter.rect_filled(
                            r,
                            CornerRadius::same(8),
                            color.gamma_multiply(0.85),
                        );
                        plot_painter.text(
                            pos2(x0 + 5.0, r.center().y),
                            Align2::LEFT_CENTER,
                            &text,
                            FontId::proportional(11.0),
                            text_on(color),
                        );
                        let hit = r.intersect(plot);
                        if hit.is_positive() {
                            let id = bg.id.with(("cluster", lane_no, start.to_bits()));
                            let resp = ui.interact(hit, id, Sense::click());
                            let label =
                                format!("{} events in {lane_label}", thousands(count as usize),);
                            resp.widget_info(|| WidgetInfo::labeled(Role::Button, true, &label));
                            let resp = resp.on_hover_ui(|ui| {
                                ui.strong(format!(
                                    "{}: {lane_label}",
                                    plural(count as usize, "event"),
                                ));
                                ui.label(format!(
                                    "{} – {}",
                                    day_label(start),
                                    day_label(end - 1.0)
                                ));
                                ui.weak("Click to zoom in");
                            });
                            if resp.clicked() {
                                actions.push(TimelineAction::ZoomTo(start, end));
                            }
                        }
                    }
                }
            }

            // Lane label in the gutter (the legend).
            let gutter = Rect::from_min_size(lane_rect.min, vec2(GUTTER, LANE_HEIGHT));
            painter.rect_filled(gutter, 0.0, visuals.panel_fill);
            painter.rect_filled(
                Rect::from_min_size(
                    pos2(gutter.left() + 8.0, top + MARKER_Y - 5.0),
                    vec2(10.0, 10.0),
                ),
                CornerRadius::same(2),
                color,
            );
            let name = label_galley(
                ui,
                lane_label,
                false,
                visuals.strong_text_color(),
                GUTTER - 30.0,
                13.0,
            );
            painter.galley(
                pos2(gutter.left() + 24.0, top + MARKER_Y - name.size().y / 2.0),
                name,
                visuals.strong_text_color(),
            );
            let shown = lane.starts.len();
            let mut sub = plural(shown, "event");
            if dense {
                sub.push_str(" · density");
            }
            // One line each, cut to the gutter: never over the lane.
            let hidden_text =
                (!dense && hidden > 0).then(|| format!("{} hidden", plural(hidden, "label")));
            for (k, text) in std::iter::once(&sub).chain(&hidden_text).enumerate() {
                let line = label_galley(
                    ui,
                    text,
                    false,
                    visuals.weak_text_color(),
                    GUTTER - 30.0,
                    11.0,
                );
                let y = top + MARKER_Y + 16.0 + 13.0 * k as f32;
                painter.galley(
                    pos2(gutter.left() + 24.0, y - line.size().y / 2.0),
                    line,
                    visuals.weak_text_color(),
                );
            }
            // The whole name and counts, however long the name.
            let id = bg.id.with(("gutter", lane_no));
            ui.interact(gutter, id, Sense::hover()).on_hover_ui(|ui| {
                ui.strong(lane_label);
                ui.label(match &hidden_text {
                    Some(h) => format!("{sub}, {h}"),
                    None => sub.clone(),
                });
            });
        }
        // The range a Shift+drag is choosing, over the lanes.
        if let Some((a, b)) = range {
            let x0 = view.x_of(a, left, right);
            let x1 = view.x_of(b, left, right);
            plot_painter.rect(
                Rect::from_min_max(pos2(x0, rect.top()), pos2(x1, axis_y)),
                0.0,
                visuals.selection.bg_fill.gamma_multiply(0.35),
                Stroke::new(1.0, visuals.selection.stroke.color),
                StrokeKind::Inside,
            );
        }
        if input.index.is_empty() {
            painter.text(
                plot.center(),
                Align2::CENTER_CENTER,
                "No events to show",
                FontId::proportional(15.0),
                visuals.weak_text_color(),
            );
        }
        painter.line_segment(
            [pos2(left, rect.top()), pos2(left, rect.bottom())],
            Stroke::new(1.0, grid),
        );
        self.last_stats = stats;
        actions
    }
}

impl Timeline {
    /// One row of eras of `party`: bands over their spans, labelled where
    /// the name fits; hover names the era, a click selects it. The party's
    /// name is in the gutter.
    #[expect(clippy::too_many_arguments)]
    fn era_row(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        bg: &egui::Response,
        view: &TimeView,
        input: &TimelineInput<'_>,
        (top, plot): (f32, Rect),
        (party_no, party): (usize, &str),
        actions: &mut Vec<TimelineAction>,
    ) {
        let visuals = ui.visuals();
        let dark = visuals.dark_mode;
        let (left, right) = (plot.left(), plot.right());
        let row = Rect::from_min_max(
            pos2(plot.left(), top),
            pos2(plot.right(), top + ERA_ROW_HEIGHT),
        );
        let plot_painter = painter.with_clip_rect(row);
        // An open era runs to the right edge of the view.
        let open_until = view.end.max(view.start);
        let font = FontId::proportional(11.5);
        let eras = input
            .dataset
            .eras
            .iter()
            .enumerate()
            .filter(|(_, e)| e.party == party);
        for (nth, (i, era)) in eras.enumerate() {
            let (a, b) = era.span_days(open_until);
            if !view.overlaps(a, b) {
                continue;
            }
            let x0 = view.x_of(a, left, right).max(left - 2.0);
            let x1 = view.x_of(b, left, right).min(right + 2.0);
            let band = Rect::from_min_max(
                pos2(x0, top + 2.0),
                pos2(x1.max(x0 + 2.0), top + ERA_ROW_HEIGHT - 2.0),
            );
            let fill = era_color(party_no, nth, dark);
            plot_painter.rect_filled(band, CornerRadius::same(2), fill);
            let selected = input.selected_era == Some(i);
            if selected {
                plot_painter.rect_stroke(
                    band,
                    CornerRadius::same(2),
                    Stroke::new(2.0, visuals.strong_text_color()),
                    StrokeKind::Inside,
                );
            }
            // The full name where it fits, else the surname, else nothing.
            let visible = band.intersect(row);
            let surname = era.name.rsplit(' ').next().unwrap_or(&era.name);
            let mut labelled = false;
            for text in [era.name.as_str(), surname] {
                let galley = ui.fonts_mut(|f| {
                    f.layout_no_wrap(text.to_string(), font.clone(), visuals.text_color())
                });
                if galley.size().x + 10.0 <= visible.width() {
                    let pos = pos2(
                        visible.left() + 5.0,
                        visible.center().y - 0.5 * galley.size().y,
                    );
                    plot_painter.galley(pos, galley, text_on(fill));
                    labelled = true;
                    break;
                }
            }
            self.last_eras.push((i, band, labelled));
            let hit = visible.intersect(plot);
            if hit.is_positive() {
                let r = ui.interact(hit, bg.id.with(("era", i)), Sense::click());
                let name = era.name.clone();
                r.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &name));
                if r.hovered() {
                    plot_painter.rect_stroke(
                        band,
                        CornerRadius::same(2),
                        Stroke::new(1.5, visuals.widgets.hovered.fg_stroke.color),
                        StrokeKind::Inside,
                    );
                }
                let r = r.on_hover_ui(|ui| {
                    ui.strong(&era.name);
                    if era.party.is_empty() {
                        ui.label(capitalised(&era.kind));
                    } else {
                        ui.label(format!("{} of {}", capitalised(&era.kind), era.party));
                    }
                    ui.label(era.dates());
                    ui.weak("Click for details");
                });
                if r.clicked() {
                    actions.push(TimelineAction::SelectEra(i));
                }
            }
        }
        let gutter =
            Rect::from_min_size(pos2(row.left() - GUTTER, top), vec2(GUTTER, ERA_ROW_HEIGHT));
        painter.rect_filled(gutter, 0.0, visuals.panel_fill);
        painter.text(
            pos2(gutter.left() + 8.0, gutter.center().y),
            Align2::LEFT_CENTER,
            if party.is_empty() { "Eras" } else { party },
            FontId::proportional(11.5),
            visuals.weak_text_color(),
        );
    }
}

impl Timeline {
    /// Paints a lane too dense for marks as its density: a bar per column
    /// of [`layout::DENSITY_COLUMN_PX`], its height the square root of the
    /// column's share of the busiest (so one event still shows), the
    /// busiest column's count written beside it. Hovering a column names
    /// its count and days; a click zooms to it.
    #[expect(clippy::too_many_arguments)]
    fn paint_density(
        &mut self,
        ui: &Ui,
        painter: &egui::Painter,
        (bg, lane, lane_no): (&egui::Response, &Lane, usize),
        view: &TimeView,
        (left, right, top): (f32, f32, f32),
        color: Color32,
        actions: &mut Vec<TimelineAction>,
        stats: &mut FrameStats,
    ) {
        let visuals = ui.visuals();
        let width = right - left;
        layout::density(lane, view, width, &mut self.density);
        let counts = &self.density;
        let col_px = layout::DENSITY_COLUMN_PX;
        let col_days = view.span() / counts.len().max(1) as f64;
        let band_top = top + 6.0;
        let base = top + LANE_HEIGHT - 6.0;
        let band = Rect::from_min_max(pos2(left, band_top), pos2(right, base));
        let (busiest, max) =
            counts.iter().enumerate().fold(
                (0, 0.0f32),
                |(bi, bn), (i, &n)| if n > bn { (i, n) } else { (bi, bn) },
            );
        let total = layout::in_view(lane, view, usize::MAX);
        stats.dense_lanes += 1;
        stats.dense_events += total;
        self.last_density.push((lane_no, band, max.round() as u32));
        if max <= 0.0 {
            return;
        }
        let fill = color.gamma_multiply(0.85);
        let height = base - band_top;
        let bar = |c: usize, n: f32| {
            let h = ((n / max).sqrt() * height).max(2.0);
            let x0 = left + c as f32 * col_px;
            Rect::from_min_max(pos2(x0, base - h), pos2((x0 + col_px).min(right), base))
        };
        // A column with less than a hundredth of an event is empty: what
        // is left of a year-long date spread thin is not drawn as an event.
        // One mesh for the lane: hundreds of bars cost one shape.
        let mut mesh = egui::Mesh::default();
        for (c, &n) in counts.iter().enumerate() {
            if n >= 0.01 {
                mesh.add_colored_rect(bar(c, n), fill);
            }
        }
        painter.add(egui::Shape::mesh(mesh));
        // The busiest column's count, beside its bar (to the left near the
        // right edge), on the background so it reads over other bars.
        let text = count_text(max);
        let galley = painter.layout_no_wrap(
            text,
            FontId::proportional(11.0),
            visuals.strong_text_color(),
        );
        let x = left + busiest as f32 * col_px;
        let size = galley.size();
        let at = if x + col_px + 4.0 + size.x < right {
            pos2(x + col_px + 4.0, band_top)
        } else {
            pos2(x - 4.0 - size.x, band_top)
        };
        let label = Rect::from_min_size(at, size).expand2(vec2(3.0, 1.0));
        painter.rect_filled(
            label,
            CornerRadius::same(3),
            visuals.extreme_bg_color.gamma_multiply(0.85),
        );
        painter.galley(at, galley, visuals.strong_text_color());

        let id = bg.id.with(("density", lane_no));
        let r = ui.interact(band, id, Sense::click());
        let name = lane.head.label.clone();
        r.widget_info(|| {
            WidgetInfo::labeled(
                Role::Image,
                true,
                format!(
                    "{name}: {} in view, drawn as density; busiest column {}",
                    plural(total, "event"),
                    count_text(max)
                ),
            )
        });
        let Some(p) = r.hover_pos() else { return };
        let c = (((p.x - left) / col_px).floor().max(0.0) as usize).min(counts.len() - 1);
        let (t0, t1) = (
            view.start + c as f64 * col_days,
            view.start + (c + 1) as f64 * col_days,
        );
        painter.rect_stroke(
            Rect::from_min_max(
                pos2(left + c as f32 * col_px, band_top),
                pos2(left + (c + 1) as f32 * col_px, base),
            ),
            0.0,
            Stroke::new(1.0, visuals.widgets.hovered.fg_stroke.color),
            StrokeKind::Outside,
        );
        let n = counts[c];
        let r = r.on_hover_ui_at_pointer(|ui| {
            let events = if n.round() == 1.0 { "event" } else { "events" };
            ui.strong(format!("{} {events}: {name}", count_text(n)));
            ui.label(span_label(t0, t1));
            ui.weak("Dates known to the month or year count across it");
            ui.weak("Click to zoom in · Shift+drag to zoom to a range");
        });
        if r.clicked() {
            actions.push(TimelineAction::ZoomTo(t0, t1));
        }
    }
}

/// A density count: whole events as "4,972", a fraction of one as "< 1".
fn count_text(n: f32) -> String {
    if n > 0.0 && n < 0.5 {
        "< 1".to_string()
    } else {
        thousands(n.round() as usize)
    }
}

/// "3 Mar 2001 – 9 Mar 2001", or one day when the span is within a day.
fn span_label(t0: f64, t1: f64) -> String {
    let (a, b) = (t0.floor(), (t1.ceil() - 1.0).max(t0.floor()));
    if a >= b {
        day_label(a)
    } else {
        format!("{} – {}", day_label(a), day_label(b))
    }
}

/// "Presidency" from "presidency".
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn label_galley(
    ui: &Ui,
    title: &str,
    selected: bool,
    color: Color32,
    max_width: f32,
    size: f32,
) -> std::sync::Arc<egui::Galley> {
    let mut job =
        LayoutJob::simple_singleline(title.to_string(), FontId::proportional(size), color);
    if selected {
        job.sections[0].format.underline = Stroke::new(1.0, color);
    }
    job.wrap = TextWrapping {
        max_width,
        max_rows: 1,
        break_anywhere: true,
        overflow_character: Some('…'),
    };
    ui.fonts_mut(|f| f.layout_job(job))
}

/// Paints one event and returns its marker's rect. Exact days are filled
/// dots (or bars for ranges); month and year precision are a faint span with
/// a hollow marker, so they never look like a precise day.
#[expect(clippy::too_many_arguments)]
fn paint_event(
    painter: &egui::Painter,
    view: &TimeView,
    left: f32,
    right: f32,
    top: f32,
    e: &Event,
    color: Color32,
    selected: bool,
    visuals: &egui::Visuals,
) -> Rect {
    let (s, t) = e.when.span_days();
    let x0 = view.x_of(s, left, right);
    let x1 = view.x_of(t, left, right);
    let y = top + MARKER_Y;
    let exact = e.when.precision() == Precision::Day && !e.when.approximate;
    let center;
    if e.when.end.is_none() && exact {
        center = pos2(
            x0.max(left - 20.0).min(right + 20.0) + 0.5 * (x1 - x0).min(4.0),
            y,
        );
        painter.circle_filled(center, 5.0, color);
    } else if exact {
        // A range known to the day: a solid bar.
        let bar = Rect::from_min_max(pos2(x0, y - 4.0), pos2(x1.max(x0 + 4.0), y + 4.0));
        painter.rect_filled(bar, CornerRadius::same(3), color);
        center = pos2(bar.left().max(left) + 4.0, y);
    } else {
        // Uncertain: a faint band over the whole span and a hollow marker.
        let band = Rect::from_min_max(pos2(x0, y - 8.0), pos2(x1.max(x0 + 2.0), y + 8.0));
        painter.rect_filled(band, CornerRadius::same(2), color.gamma_multiply(0.18));
        painter.rect_stroke(
            band,
            CornerRadius::same(2),
            Stroke::new(1.0, color.gamma_multiply(0.5)),
            StrokeKind::Inside,
        );
        center = pos2(0.5 * (band.left().max(left) + band.right().min(right)), y);
        painter.circle_filled(center, 5.0, visuals.extreme_bg_color);
        painter.circle_stroke(center, 4.5, Stroke::new(2.0, color));
    }
    if selected {
        painter.circle_stroke(center, 8.5, Stroke::new(2.0, visuals.strong_text_color()));
    }
    Rect::from_center_size(center, Vec2::splat(12.0))
}

/// Title, date with its precision, kind and place.
fn event_tooltip(ui: &mut Ui, e: &Event) {
    ui.strong(e.title.as_str());
    ui.label(date_with_precision(&e.when));
    let mut line = e.kind.singular().to_string();
    if let Some(place) = &e.place {
        line.push_str(" · ");
        line.push_str(place);
    }
    ui.weak(line);
}

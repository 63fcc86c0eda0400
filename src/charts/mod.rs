//! Trade charts on the timeline's time axis, built on egui_plot: one file per
//! chart (`annual`, `comparison`, `growth`), sharing [`time_plot`] here for
//! the axis, navigation and event markers, `labels` for text that never
//! overlaps, `header` for what surrounds a plot, and `chart_id` for the
//! charts' order, names and dispatch.

pub mod annual;
mod chart_id;
pub mod comparison;
pub mod growth;
mod header;
pub mod indicator;
mod labels;

pub use chart_id::ChartId;
pub use header::ExportTips;
pub(crate) use header::{Swatch, chart_header, export_buttons, export_menu, figure_buttons};
pub(crate) use labels::Labels;

use crate::document::{Selection, TimelineIndex};
use crate::model::{Dataset, FigureRef};
use crate::theme::GUTTER;
use crate::timeline::layout;
use crate::timeline::widget::Marker;
use crate::timeline::{TimeView, axis};
use egui::{Color32, Ui};
use egui_plot::{GridMark, Plot, PlotPoint, PlotUi, Span, VLine};

/// A plot's vertical axis: its label, the values it must show, its height.
pub(crate) struct YAxis {
    pub label: String,
    pub range: (f64, f64),
    /// Height of the plot in points.
    pub height: f32,
}

/// Height of a trade chart's plot, in points.
pub(crate) const CHART_HEIGHT: f32 = 190.0;

/// What the user asked for in a chart.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum ChartAction {
    SelectFigure(FigureRef),
    /// Select value `value` (oldest first) of indicator `indicator`.
    SelectValue {
        indicator: usize,
        value: usize,
    },
    /// The pointer is over a period: highlight it on the timeline.
    HoverSpan(f64, f64),
    /// Save the chart as a PNG (asks where).
    Save(ChartId),
    /// Copy the chart's image to the clipboard.
    Copy(ChartId),
    /// Save the figures the chart shows as CSV (asks where).
    SaveData(ChartId),
    /// Where the chart was drawn this frame (title to axis labels), and the
    /// part of it that is visible in the scroll area.
    Drawn {
        chart: ChartId,
        rect: egui::Rect,
        visible: egui::Rect,
        /// Where its text labels were drawn.
        labels: Vec<egui::Rect>,
    },
}

/// What every chart needs to know.
pub struct ChartContext<'a> {
    pub dataset: &'a Dataset,
    /// The events shown on the timeline (after filters), for the markers.
    pub index: &'a TimelineIndex,
    pub selection: Selection,
    /// Drawing for an exported image: no buttons, no figure list.
    pub for_export: bool,
    /// Tooltips of the export buttons.
    pub export_tips: ExportTips,
    /// Event markers for this frame, computed by the first chart that needs
    /// them and shared by the others.
    pub markers: std::cell::OnceCell<EventMarks>,
    /// Whether events are marked on the charts at all.
    pub show_markers: bool,
}

impl<'a> ChartContext<'a> {
    /// For an exported image: nothing selected, no buttons.
    pub fn for_export(dataset: &'a Dataset, index: &'a TimelineIndex, show_markers: bool) -> Self {
        Self {
            dataset,
            index,
            selection: Default::default(),
            for_export: true,
            export_tips: Default::default(),
            markers: Default::default(),
            show_markers,
        }
    }
}

/// How the charts mark the events in view: a thin line each (or per
/// cluster) when few are in view, else a density strip along the axis.
#[derive(Clone, Debug)]
pub enum EventMarks {
    Lines(std::rc::Rc<[Marker]>),
    /// Events per column of [`layout::DENSITY_COLUMN_PX`], every lane
    /// together.
    Strip(std::rc::Rc<[f32]>),
}

impl EventMarks {
    /// The marks of the events `index` shows in `view`, on a plot `width`
    /// pixels wide: lines while they could be told apart, else a strip.
    pub(crate) fn of(index: &TimelineIndex, view: &TimeView, width: f32, dark: bool) -> Self {
        let fit = layout::marks_that_fit(width);
        let mut in_view = 0;
        for lane in &index.lanes {
            in_view += layout::in_view(lane, view, fit.saturating_sub(in_view));
        }
        if in_view > fit {
            let mut sum: Vec<f32> = Vec::new();
            let mut one = Vec::new();
            for lane in &index.lanes {
                layout::density(lane, view, width, &mut one);
                if sum.is_empty() {
                    sum = one.clone();
                } else {
                    sum.iter_mut().zip(&one).for_each(|(a, b)| *a += b);
                }
            }
            return Self::Strip(sum.into());
        }
        let mut out = Vec::new();
        let mut items = Vec::new();
        for (n, lane) in index.lanes.iter().enumerate() {
            layout::layout_lane(lane, view, width, &mut items);
            out.extend(
                items
                    .iter()
                    .map(|item| Marker::of(item, n, lane, view, dark)),
            );
        }
        Self::Lines(out.into())
    }

    fn lines(&self) -> &[Marker] {
        match self {
            Self::Lines(m) => m,
            Self::Strip(_) => &[],
        }
    }
}

/// What a time plot reports back.
pub(crate) struct TimePlotResponse {
    /// Time under the pointer, when hovered.
    pub hover_t: Option<f64>,
    /// The event line under the pointer.
    pub hover_marker: Option<Marker>,
    pub clicked: bool,
    pub response: egui::Response,
    /// The plot with its axis labels (for screenshots).
    pub image_rect: egui::Rect,
    /// Where the chart's text labels were drawn.
    pub labels: Vec<egui::Rect>,
}

/// A plot whose x axis is the shared time view: dates on the axis, pan by
/// dragging or scrolling and zoom with ctrl/cmd+wheel or pinch (the same
/// gestures as the timeline), event markers in their lane colours, and the
/// selected event's span highlighted.
pub(crate) fn time_plot<'a>(
    ui: &mut Ui,
    chart: ChartId,
    y: YAxis,
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
    build: impl FnOnce(&mut PlotUi<'a>, &mut Labels) + 'a,
) -> TimePlotResponse {
    let dark = ui.visuals().dark_mode;
    let v = *view;
    let width = ui.available_width();
    let labels_in = std::rc::Rc::new(std::cell::RefCell::new(Vec::<axis::Tick>::new()));
    let labels_out = labels_in.clone();
    // Event markers: the same clustering as the timeline, so cost follows
    // width; computed once a frame for all charts.
    // Shared, not copied, between the charts, and between a chart's drawing
    // and its hover.
    let marks = if ctx.show_markers {
        ctx.markers
            .get_or_init(|| EventMarks::of(ctx.index, &v, width - GUTTER, dark))
            .clone()
    } else {
        EventMarks::Lines(std::rc::Rc::from([]))
    };
    let markers = marks.clone();
    let hover_markers = marks.clone();
    let selected_span = ctx
        .selection
        .event()
        .and_then(|i| ctx.dataset.events.get(i))
        .map(|e| e.when.span_days());
    let id = format!("{chart:?}");
    let labels_sink = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let labels_placed = labels_sink.clone();
    let scope = ui.scope(|ui| {
        Plot::new(id)
            .height(y.height)
            .y_axis_min_width(GUTTER - 1.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_crosshair(false)
            .y_axis_label(y.label)
            .x_grid_spacer(move |input| {
                // The plot is as wide as the timeline's axis: use the same ticks,
                // and remember their labels for the axis formatter.
                let span = input.bounds.1 - input.bounds.0;
                let px = width - GUTTER;
                let view = TimeView {
                    start: input.bounds.0,
                    end: input.bounds.1,
                };
                let ticks = axis::ticks(&view, px.max(100.0), 7.0);
                let marks = ticks
                    .iter()
                    .map(|t| GridMark {
                        value: t.t,
                        step_size: if t.major { span / 4.0 } else { span / 12.0 },
                    })
                    .collect();
                *labels_in.borrow_mut() = ticks;
                marks
            })
            .x_axis_formatter(move |mark, _| {
                labels_out
                    .borrow()
                    .iter()
                    .find(|t| (t.t - mark.value).abs() < 0.5)
                    .map(|t| t.label.clone())
                    .unwrap_or_default()
            })
            .y_grid_spacer(nice_y_marks)
            .label_formatter(|_| None)
            .show(ui, move |plot_ui| {
                plot_ui.set_plot_bounds_x(v.start..=v.end);
                let (y0, y1) = y.range;
                let pad = (y1 - y0).max(1e-9) * 0.18;
                plot_ui.set_plot_bounds_y(y0.min(0.0)..=y1 + pad);
                if let Some((a, b)) = selected_span {
                    plot_ui.add(
                        Span::new("Selected event", a..=b.max(a + v.span() / 150.0))
                            .fill(Color32::from_rgba_unmultiplied(120, 120, 255, 40))
                            .border_width(1.0),
                    );
                }
                for m in markers.lines() {
                    plot_ui.add(
                        VLine::new("", m.t)
                            .color(m.color)
                            .width(m.weight)
                            .allow_hover(false),
                    );
                }
                // In a strip the selected event still has its line.
                if let (EventMarks::Strip(_), Some((a, _))) = (&markers, selected_span) {
                    plot_ui.add(
                        VLine::new("Selected event", a.max(v.start))
                            .color(Color32::from_rgb(90, 90, 230))
                            .width(1.5)
                            .allow_hover(false),
                    );
                }
                let mut labels = Labels {
                    frame: *plot_ui.transform().frame(),
                    x: (v.start, v.end),
                    y: (y0.min(0.0), y1 + pad),
                    placed: Vec::new(),
                };
                build(plot_ui, &mut labels);
                *labels_sink.borrow_mut() = labels.placed;
            })
    });
    let image_rect = scope.response.rect;
    let response = scope.inner;
    if let EventMarks::Strip(counts) = &marks {
        paint_strip(ui, *response.transform.frame(), counts);
    }
    // Navigation, like the timeline's.
    let r = &response.response;
    let frame = *response.transform.frame();
    if r.dragged() {
        view.pan(-f64::from(r.drag_delta().x) / view.px_per_day(frame.width()));
    }
    let mut hover_t = None;
    let mut hover_marker = None;
    if let Some(pos) = r.hover_pos() {
        let t = response.transform.value_from_position(pos).x;
        hover_t = Some(t);
        // An event line within a few pixels of the pointer names its event.
        let px = view.px_per_day(frame.width());
        hover_marker = hover_markers
            .lines()
            .iter()
            .map(|m| ((m.t - t).abs() * px, m))
            .filter(|(d, _)| *d <= 4.0)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, m)| *m);
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta()));
        if zoom != 1.0 {
            view.zoom(f64::from(zoom), t);
        } else if scroll.x != 0.0 {
            view.pan(-f64::from(scroll.x) / view.px_per_day(frame.width()));
        }
    }
    TimePlotResponse {
        hover_t,
        hover_marker,
        clicked: r.clicked(),
        response: response.response.clone(),
        image_rect,
        labels: labels_placed.take(),
    }
}

/// The density of the events in view as a strip along the bottom of the
/// plot: a column each, darker where more events are, the square root of
/// its share of the busiest so a single event still shows.
fn paint_strip(ui: &Ui, frame: egui::Rect, counts: &[f32]) {
    let max = counts.iter().copied().fold(0.0f32, f32::max);
    if max <= 0.0 {
        return;
    }
    let ink = ui.visuals().text_color();
    let painter = ui.painter().with_clip_rect(frame);
    let col = frame.width() / counts.len().max(1) as f32;
    let (y0, y1) = (frame.bottom() - 6.0, frame.bottom() - 1.0);
    let mut mesh = egui::Mesh::default();
    for (c, &n) in counts.iter().enumerate() {
        if n < 0.01 {
            continue;
        }
        let a = 0.15 + 0.85 * (n / max).sqrt();
        let x0 = frame.left() + c as f32 * col;
        mesh.add_colored_rect(
            egui::Rect::from_min_max(egui::pos2(x0, y0), egui::pos2(x0 + col, y1)),
            ink.gamma_multiply(a),
        );
    }
    painter.add(egui::Shape::mesh(mesh));
}

/// About five labelled marks on a 1-2-5 step (0, 2, 4, 6, 8, 10), rather
/// than egui_plot's powers of ten, which label only 0 and 10 on a 0–10 axis.
fn nice_y_marks(input: egui_plot::GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let raw = ((hi - lo) / 5.0).max(1e-9);
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(raw);
    let first = (lo / step).ceil() * step;
    (0..100)
        .map(|i| first + f64::from(i) * step)
        .take_while(|v| *v <= hi)
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// A point in plot coordinates.
pub(crate) fn pt(x: f64, y: f64) -> PlotPoint {
    PlotPoint::new(x, y)
}

/// Shows every chart for `ds` one under the other, in [`ChartId::all`]'s
/// order; returns their actions.
pub(crate) fn all_charts(
    ui: &mut Ui,
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    for chart in ChartId::all(ctx.dataset) {
        if chart == ChartId::Timeline {
            continue;
        }
        actions.extend(chart.draw(ui, view, ctx));
        if matches!(chart, ChartId::Annual(_)) {
            ui.add_space(8.0);
        }
    }
    actions
}

/// What every chart does after drawing its plot: the period under the
/// pointer is highlighted (and its figures shown in a tooltip), a click
/// selects it, the export menu and the chart's rect are registered, and the
/// figures are listed as buttons.
#[expect(clippy::too_many_arguments)]
pub(crate) fn finish_chart(
    ui: &mut Ui,
    ctx: &ChartContext<'_>,
    s: usize,
    chart: ChartId,
    header: egui::Rect,
    resp: &TimePlotResponse,
    observations: &[usize],
    figures: &[(FigureRef, String)],
) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    let series = &ctx.dataset.trade[s];
    let hovered = resp.hover_t.and_then(|t| {
        observations.iter().copied().find(|&o| {
            let (a, b) = series.observations[o].parsed_period.span_days();
            t >= a && t < b
        })
    });
    if let Some(m) = resp.hover_marker {
        resp.response.clone().on_hover_ui_at_pointer(|ui| {
            ui.label(m.describe(ctx.dataset, ctx.index));
        });
    } else if let Some(o) = hovered {
        let (a, b) = series.observations[o].parsed_period.span_days();
        actions.push(ChartAction::HoverSpan(a, b));
        resp.response
            .clone()
            .on_hover_ui_at_pointer(|ui| figure_tooltip(ui, ctx, s, o));
        if resp.clicked {
            actions.push(ChartAction::SelectFigure(FigureRef { series: s, obs: o }));
        }
    }
    export_menu(&resp.response, chart, &mut actions);
    let rect = header.union(resp.image_rect);
    let visible = rect.intersect(ui.clip_rect());
    actions.push(ChartAction::Drawn {
        chart,
        rect,
        visible,
        labels: resp.labels.clone(),
    });
    figure_buttons(ui, ctx, chart, figures, &mut actions);
    actions
}

/// Exact figures, period, reporter and sources of one observation.
fn figure_tooltip(ui: &mut Ui, ctx: &ChartContext<'_>, s: usize, o: usize) {
    let series = &ctx.dataset.trade[s];
    let ob = &series.observations[o];
    ui.strong(format!("{} · {}", ob.parsed_period, series.caption()));
    for (name, v) in [
        ("Turnover", ob.turnover),
        ("Exports", ob.exports),
        ("Imports", ob.imports),
    ] {
        ui.label(match v {
            Some(v) => format!(
                "{name}: {}{}",
                if ob.approximate { "about " } else { "" },
                series.money(v)
            ),
            None => format!("{name}: not reported"),
        });
    }
    source_footer(ui, ctx.dataset, &ob.sources);
}

/// The end of a figure's tooltip: its sources, and that a click tells more.
pub(crate) fn source_footer(ui: &mut Ui, ds: &Dataset, ids: &[String]) {
    let sources: Vec<String> = ids
        .iter()
        .filter_map(|id| ds.source(id).map(|s| s.short()))
        .collect();
    ui.weak(format!("Source: {}", sources.join("; ")));
    ui.weak("Click for details");
}

#[cfg(test)]
mod marks_tests {
    use super::*;

    #[test]
    fn many_events_in_view_are_a_strip_and_few_are_lines() {
        let mut ds = crate::generate::generate(20_000, 3);
        crate::load::validate::validate(&mut ds);
        let index = TimelineIndex::build(&ds, |_| true);
        let (a, b) = index.extent.unwrap();
        let all = TimeView { start: a, end: b };
        match EventMarks::of(&index, &all, 1000.0, false) {
            EventMarks::Strip(counts) => {
                assert_eq!(counts.len(), 500);
                let total: f32 = counts.iter().sum();
                assert!((total - 20_000.0).abs() < 1.0, "{total}");
            }
            EventMarks::Lines(_) => panic!("20,000 events in view should be a strip"),
        }
        let bundled = crate::load::load_str(crate::BUNDLED_DATA).unwrap().dataset;
        let index = TimelineIndex::build(&bundled, |_| true);
        let (a, b) = index.extent.unwrap();
        let view = TimeView { start: a, end: b };
        assert!(matches!(
            EventMarks::of(&index, &view, 1000.0, false),
            EventMarks::Lines(l) if !l.is_empty()
        ));
    }
}

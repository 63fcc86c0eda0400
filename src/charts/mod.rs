//! Trade charts on the timeline's time axis, built on egui_plot: one file per
//! chart, sharing [`time_plot`] for the axis, navigation and event markers.

pub mod annual;
pub mod comparison;
pub mod growth;

use crate::model::Dataset;
use crate::timeline::layout::{self, Item, TimelineIndex};
use crate::timeline::style::kind_color;
use crate::timeline::{TimeView, axis};
use egui::{Color32, Ui};
use egui_plot::{GridMark, Plot, PlotPoint, PlotUi, Span, VLine};

/// One figure: observation `obs` of trade series `series`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FigureRef {
    pub series: usize,
    pub obs: usize,
}

/// What the user asked for in a chart.
#[derive(Clone, Debug, PartialEq)]
#[must_use]
pub enum ChartAction {
    SelectFigure(FigureRef),
    /// The pointer is over a period: highlight it on the timeline.
    HoverSpan(f64, f64),
}

/// What every chart needs to know.
pub struct ChartContext<'a> {
    pub dataset: &'a Dataset,
    /// The events shown on the timeline (after filters), for the markers.
    pub index: &'a TimelineIndex,
    pub selected_event: Option<usize>,
    pub selected_figure: Option<FigureRef>,
}

/// Colours of the flows, readable in both themes.
pub fn exports_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(86, 180, 233)
    } else {
        Color32::from_rgb(0, 114, 178)
    }
}

pub fn imports_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(240, 180, 80)
    } else {
        Color32::from_rgb(213, 120, 0)
    }
}

pub fn turnover_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(200)
    } else {
        Color32::from_gray(70)
    }
}

/// What a time plot reports back.
pub struct TimePlotResponse {
    /// Time under the pointer, when hovered.
    pub hover_t: Option<f64>,
    pub clicked: bool,
    pub response: egui::Response,
}

/// A plot whose x axis is the shared time view: dates on the axis, pan by
/// dragging or scrolling and zoom with ctrl/cmd+wheel or pinch (the same
/// gestures as the timeline), event markers in their lane colours, and the
/// selected event's span highlighted.
pub fn time_plot<'a>(
    ui: &mut Ui,
    id: &str,
    y_label: String,
    y_range: (f64, f64),
    view: &mut TimeView,
    ctx: &ChartContext<'_>,
    build: impl FnOnce(&mut PlotUi<'a>) + 'a,
) -> TimePlotResponse {
    let dark = ui.visuals().dark_mode;
    let v = *view;
    let width = ui.available_width();
    let labels_in = std::rc::Rc::new(std::cell::RefCell::new(Vec::<axis::Tick>::new()));
    let labels_out = labels_in.clone();
    // Event markers: the same clustering as the timeline, so cost follows width.
    let mut markers: Vec<(f64, Color32, f32)> = Vec::new();
    let mut items = Vec::new();
    for lane in &ctx.index.lanes {
        let Some(kind) = lane.kind else { continue };
        layout::layout_lane(lane, &v, width, &mut items);
        let color = kind_color(kind, dark).gamma_multiply(0.55);
        for item in &items {
            let (s, _) = item.span();
            let w = match item {
                Item::Single { .. } => 1.0,
                Item::Cluster { .. } => 2.5,
            };
            markers.push((s.max(v.start), color, w));
        }
    }
    let selected_span = ctx
        .selected_event
        .and_then(|i| ctx.dataset.events.get(i))
        .map(|e| e.when.span_days());
    let response = Plot::new(id)
        .height(190.0)
        .y_axis_min_width(crate::timeline::widget::GUTTER - 1.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_crosshair(false)
        .y_axis_label(y_label)
        .x_grid_spacer(move |input| {
            // egui_plot asks for marks with its own idea of the width: use
            // the timeline's ticks, and remember their labels for the axis.
            let span = input.bounds.1 - input.bounds.0;
            let px = (span / input.base_step_size.max(1e-9) * 12.0) as f32;
            let view = TimeView {
                start: input.bounds.0,
                end: input.bounds.1,
            };
            let ticks = axis::ticks(&view, px.clamp(100.0, 4000.0), 7.0);
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
        .label_formatter(|_| None)
        .show(ui, move |plot_ui| {
            plot_ui.set_plot_bounds_x(v.start..=v.end);
            let (y0, y1) = y_range;
            let pad = (y1 - y0).max(1e-9) * 0.18;
            plot_ui.set_plot_bounds_y(y0.min(0.0)..=y1 + pad);
            if let Some((a, b)) = selected_span {
                plot_ui.add(
                    Span::new("Selected event", a..=b.max(a + v.span() / 150.0))
                        .fill(Color32::from_rgba_unmultiplied(120, 120, 255, 40))
                        .border_width(1.0),
                );
            }
            for (x, color, w) in markers {
                plot_ui.add(VLine::new("", x).color(color).width(w).allow_hover(false));
            }
            build(plot_ui);
        });
    // Navigation, like the timeline's.
    let r = &response.response;
    let frame = *response.transform.frame();
    if r.dragged() {
        view.pan(-f64::from(r.drag_delta().x) / view.px_per_day(frame.width()));
    }
    let mut hover_t = None;
    if let Some(pos) = r.hover_pos() {
        let t = response.transform.value_from_position(pos).x;
        hover_t = Some(t);
        let (zoom, scroll) = ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta()));
        if zoom != 1.0 {
            view.zoom(f64::from(zoom), t);
        } else if scroll.x != 0.0 {
            view.pan(-f64::from(scroll.x) / view.px_per_day(frame.width()));
        }
    }
    TimePlotResponse {
        hover_t,
        clicked: r.clicked(),
        response: response.response.clone(),
    }
}

/// A point in plot coordinates.
pub fn pt(x: f64, y: f64) -> PlotPoint {
    PlotPoint::new(x, y)
}

/// Shows every chart for `ds` one under the other; returns their actions.
pub fn all_charts(ui: &mut Ui, view: &mut TimeView, ctx: &ChartContext<'_>) -> Vec<ChartAction> {
    let mut actions = Vec::new();
    for s in 0..ctx.dataset.trade.len() {
        actions.extend(annual::annual_chart(ui, s, view, ctx));
        ui.add_space(8.0);
    }
    for s in 0..ctx.dataset.trade.len() {
        actions.extend(comparison::comparison_chart(ui, s, view, ctx));
    }
    for s in 0..ctx.dataset.trade.len() {
        actions.extend(growth::growth_chart(ui, s, view, ctx));
    }
    actions
}

/// How a legend entry is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    Filled,
    Outlined,
    Line,
    Dot,
    Diamond,
}

/// The chart's title, the reporter and unit, and the legend, above the plot
/// so that the legend never covers a bar.
pub fn chart_header(ui: &mut Ui, title: &str, caption: &str, legend: &[(&str, Color32, Swatch)]) {
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(title).strong().size(15.0));
        ui.weak(caption);
    });
    ui.horizontal_wrapped(|ui| {
        for &(name, color, swatch) in legend {
            let (r, _) = ui.allocate_exact_size(egui::vec2(14.0, 12.0), egui::Sense::hover());
            let p = ui.painter();
            let c = r.center();
            match swatch {
                Swatch::Filled => {
                    p.rect_filled(r.shrink(1.0), 1.0, color);
                }
                Swatch::Outlined => {
                    p.rect_stroke(
                        r.shrink(1.5),
                        1.0,
                        egui::Stroke::new(1.5, color),
                        egui::StrokeKind::Inside,
                    );
                }
                Swatch::Line => {
                    p.line_segment(
                        [c - egui::vec2(7.0, 0.0), c + egui::vec2(7.0, 0.0)],
                        egui::Stroke::new(2.5, color),
                    );
                }
                Swatch::Dot => {
                    p.circle_filled(c, 5.0, color);
                }
                Swatch::Diamond => {
                    let pts = vec![
                        c + egui::vec2(0.0, -6.0),
                        c + egui::vec2(6.0, 0.0),
                        c + egui::vec2(0.0, 6.0),
                        c + egui::vec2(-6.0, 0.0),
                    ];
                    p.add(egui::Shape::closed_line(pts, egui::Stroke::new(1.5, color)));
                }
            }
            ui.label(name);
            ui.add_space(8.0);
        }
    });
}

/// Buttons naming each figure: an accessible, keyboard-reachable way to
/// select what the plot draws.
pub fn figure_buttons(
    ui: &mut Ui,
    figures: &[(FigureRef, String)],
    selected: Option<FigureRef>,
    actions: &mut Vec<ChartAction>,
) {
    ui.horizontal_wrapped(|ui| {
        ui.weak("Figures:");
        for (f, label) in figures {
            if ui.selectable_label(selected == Some(*f), label).clicked() {
                actions.push(ChartAction::SelectFigure(*f));
            }
        }
    });
}

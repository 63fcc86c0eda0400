//! The plot every trade chart is drawn on: its x axis is the shared time
//! view (the timeline's ticks and labels), navigation is the timeline's
//! (drag, wheel, Ctrl/⌘+wheel), the events are marked as lines (or a
//! density strip), and the chart's own items and labels are drawn by the
//! chart.

use super::{ChartContext, ChartId, EventMarks, Labels, YAxis};
use crate::theme::GUTTER;
use crate::timeline::widget::Marker;
use crate::timeline::{TimeView, axis};
use egui::{Color32, Ui};
use egui_plot::{GridMark, Plot, PlotUi, Span, VLine};

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
        time_axis(Plot::new(id), width)
            .height(y.height)
            .y_axis_min_width(GUTTER - 1.0)
            .allow_drag(false)
            .allow_zoom(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_crosshair(false)
            .y_axis_label(y.label)
            .y_grid_spacer(nice_y_marks)
            .label_formatter(|_| None)
            .show(ui, move |plot_ui| {
                plot_marks(plot_ui, &v, y.range, &markers, selected_span);
                let (y0, y1) = y.range;
                let pad = (y1 - y0).max(1e-9) * 0.18;
                let mut labels = Labels {
                    frame: *plot_ui.transform().frame(),
                    x: (v.start, v.end),
                    y: (y0.min(0.0), y1 + pad),
                    placed: Vec::new(),
                    bars: Vec::new(),
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
    let (hover_t, hover_marker) = navigate(ui, view, &response, &hover_markers);
    TimePlotResponse {
        hover_t,
        hover_marker,
        clicked: response.response.clicked(),
        response: response.response.clone(),
        image_rect,
        labels: labels_placed.take(),
    }
}

/// The plot's x axis: the timeline's ticks for the plot's width (the plot
/// is as wide as the timeline's axis), labelled as the timeline labels them.
fn time_axis(plot: Plot<'_>, width: f32) -> Plot<'_> {
    let labels_in = std::rc::Rc::new(std::cell::RefCell::new(Vec::<axis::Tick>::new()));
    let labels_out = labels_in.clone();
    plot.x_grid_spacer(move |input| {
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
}

/// The plot's bounds (the view, the values with room above), the selected
/// event's span and the event lines.
fn plot_marks(
    plot_ui: &mut PlotUi<'_>,
    v: &TimeView,
    (y0, y1): (f64, f64),
    markers: &EventMarks,
    selected_span: Option<(f64, f64)>,
) {
    plot_ui.set_plot_bounds_x(v.start..=v.end);
    let pad = (y1 - y0).max(1e-9) * 0.18;
    plot_ui.set_plot_bounds_y(y0.min(0.0)..=y1 + pad);
    if let Some((a, b)) = selected_span {
        plot_ui.add(
            Span::new(
                crate::tr!("plot-selected-event"),
                a..=b.max(a + v.span() / 150.0),
            )
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
    if let (EventMarks::Strip(_), Some((a, _))) = (markers, selected_span) {
        plot_ui.add(
            VLine::new(crate::tr!("plot-selected-event"), a.max(v.start))
                .color(Color32::from_rgb(90, 90, 230))
                .width(1.5)
                .allow_hover(false),
        );
    }
}

/// Navigation, like the timeline's: drag to pan, Ctrl/⌘+wheel or a pinch
/// to zoom at the pointer, a sideways wheel to pan. Returns the time under
/// the pointer and the event line within a few pixels of it.
fn navigate(
    ui: &Ui,
    view: &mut TimeView,
    response: &egui_plot::PlotResponse<()>,
    markers: &EventMarks,
) -> (Option<f64>, Option<Marker>) {
    let r = &response.response;
    let frame = *response.transform.frame();
    if r.dragged() {
        view.pan(-f64::from(r.drag_delta().x) / view.px_per_day(frame.width()));
    }
    let Some(pos) = r.hover_pos() else {
        return (None, None);
    };
    let t = response.transform.value_from_position(pos).x;
    // An event line within a few pixels of the pointer names its event.
    let px = view.px_per_day(frame.width());
    let hover_marker = markers
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
    (Some(t), hover_marker)
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

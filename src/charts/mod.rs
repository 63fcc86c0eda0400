//! Trade charts on the timeline's time axis, built on egui_plot: one file per
//! chart (`annual`, `comparison`, `growth`, `indicator`), sharing `plot`
//! for the axis, navigation and event markers, `finish` for what follows a
//! plot, `labels` for text that never overlaps, `header` for what surrounds
//! a plot, and `chart_id` for the charts' order, names and dispatch.

pub mod annual;
mod chart_id;
pub mod comparison;
mod finish;
pub mod growth;
mod header;
pub mod indicator;
mod labels;
pub mod mirror;
mod plot;
pub mod products;

pub use chart_id::ChartId;
pub(crate) use finish::{finish_chart, source_footer};
pub(crate) use header::{Swatch, chart_header, export_buttons, export_menu, figure_buttons};
pub(crate) use labels::Labels;
pub(crate) use plot::{TimePlotResponse, time_plot};

use crate::document::{Selection, TimelineIndex};
use crate::model::{Dataset, FigureRef};
use crate::timeline::TimeView;
use crate::timeline::layout;
use crate::timeline::widget::Marker;
use egui::Ui;
use egui_plot::PlotPoint;

/// A plot's vertical axis: its label, the values it must show, its height.
pub(crate) struct YAxis {
    pub label: String,
    pub range: (f64, f64),
    /// Height of the plot in points.
    pub height: f32,
}

/// Height of a trade chart's plot, in points.
pub(crate) const CHART_HEIGHT: f32 = 190.0;

/// A trade chart from its title to the space under its Figures row, with a
/// plot of [`CHART_HEIGHT`].
pub(crate) const CHART_BLOCK: f32 = 270.0;

/// The lowest a plot is made to fit the window.
const MIN_PLOT_HEIGHT: f32 = 110.0;

/// The plot height that makes `in_view` charts, Figures rows included, fit
/// in `room` points (never above [`CHART_HEIGHT`] nor under a readable
/// least).
pub(crate) fn plot_height_for(room: f32, in_view: f32) -> f32 {
    let short = CHART_BLOCK - room / in_view.max(1.0);
    (CHART_HEIGHT - short.max(0.0)).clamp(MIN_PLOT_HEIGHT, CHART_HEIGHT)
}

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
    /// Save or copy the chart, or save its figures.
    Export(ChartId, crate::command::ChartExport),
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
    /// Event markers for this frame, computed by the first chart that needs
    /// them and shared by the others.
    pub markers: std::cell::OnceCell<EventMarks>,
    /// Whether events are marked on the charts at all.
    pub show_markers: bool,
    /// The trade charts' plot height, when the window has less room than
    /// [`CHART_HEIGHT`] (`None`: that height).
    pub plot_height: Option<f32>,
}

impl<'a> ChartContext<'a> {
    /// The height of a trade chart's plot: [`CHART_HEIGHT`] unless the
    /// window has less room.
    pub(crate) fn plot_height(&self) -> f32 {
        self.plot_height.unwrap_or(CHART_HEIGHT)
    }

    /// For an exported image: nothing selected, no buttons.
    pub fn for_export(dataset: &'a Dataset, index: &'a TimelineIndex, show_markers: bool) -> Self {
        Self {
            dataset,
            index,
            selection: Default::default(),
            for_export: true,
            markers: Default::default(),
            show_markers,
            plot_height: None,
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
